// Rules from two long pages of the twenty-second session (a Sudan roundup with a Port Sudan dateline, a live page
// on southern Lebanon), each told as a paragraph of our own:
// - ", a day after two rockets were fired toward northern Israel": the rocket fire is an event of its own, a day
//   before the main clause's day ("rockets were fired" was no trigger: taxonomy.json);
// - "In Port Sudan, the government's wartime seat on the Red Sea, explosions shook …": the apposition describes the
//   setting (where.ts describedBySetting);
// - "explosions shook the port area" then "drones had hit a fuel depot near the port": one drone strike
//   (blast-report.ts sameSiteAndDay);
// - 'troops had killed "dozens of militia fighters" in the fighting east of the city on Wednesday': the battle told
//   before, not the dateline's city named since (follow-ups.ts TOLL_OF_REFERENCE across a quotation; the lead before
//   "the city" in detect-events.ts);
// - "families had fled toward Kosti in White Nile state": the destination's container is no event place
//   (exclusion.ts), so the artillery "heard through the night" is no shelling in White Nile;
// - "…killed four people, including a child, and wounded 17 overnight, the governor said on Tuesday": the closing
//   attribution dates the first clause too (attribution-day.ts);
// - "its forces had struck the Saratov oil refinery", "strikes were also reported in the X region", "had pushed back
//   Russian units" are events (taxonomy.json);
// - "retook the town of Moqokori in Hiraan region … the army had withdrawn from the area": "the area" is around the
//   town the gazetteer lacks, coded in its region, not the town of the paragraph before (implicit-places.ts);
// - "handed control of the town of Mogok back to the military" is a non-violent transfer, not a capture;
// - "…, a day after the group hit a bulk carrier with two missiles in the Red Sea": the clause is its own event, the
//   day before ("hit … with missiles" was no trigger: taxonomy.json);
// - "two people were killed in the U.S. strikes in Hodeidah province": the country before the attack noun is the
//   attacker, not a place of the event (where.ts);
// - "killed 104 people across the Gaza Strip on Tuesday, hitting Khan Younis, Nuseirat and Beit Lahia": the towns
//   after the participle are a list, none the container of the Strip (qualifiers.ts CLAUSE_AFTER_COMMA); the toll
//   is split evenly over the three, as ACLED divides a total the source does not break down.
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const brief = (events: ReturnType<typeof pipelineEvents>) =>
  events.map((e) => `${e.sub_event_type} @ ${e.location} ${e.date_start}`).sort();

describe('a clause "a day after" an attack', () => {
  it('the rocket fire is its own event, dated the day before', () => {
    const events = pipelineEvents(
      'On Saturday, the Lebanese army said it had dismantled a rocket launch pad in an orchard near Marjayoun and arrested two people, a day after two rockets were fired toward northern Israel. The rockets fell in open areas, the Israeli military said.',
      '2025-11-09',
    );
    const rockets = events.find((e) => e.sub_event_type === 'Shelling/artillery/missile attack');
    expect(rockets?.date_start).toBe('2025-11-07');
    expect(events.filter((e) => e.sub_event_type === 'Arrests').map((e) => e.location)).toEqual(['Marjayoûn']);
  });
});

describe('a setting with an apposition', () => {
  it('"In Port Sudan, the … seat on the Red Sea, explosions shook …" is in Port Sudan', () => {
    const events = pipelineEvents(
      "In Port Sudan, the army-aligned government's wartime seat on the Red Sea, explosions shook the port area early on Thursday. No casualties were reported.",
      '2025-10-23',
    );
    expect(events.map((e) => e.location)).toEqual(['Port Sudan']);
  });

  it('the explosions and the drones that hit a depot near the port that day are one drone strike', () => {
    const events = pipelineEvents(
      "In Port Sudan, the army-aligned government's wartime seat on the Red Sea, explosions shook the port area early on Thursday. A government official said drones had hit a fuel depot near the southern port and a power station, causing a blackout across much of the city. No casualties were reported.",
      '2025-10-23',
    );
    expect(brief(events)).toEqual(['Air/drone strike @ Port Sudan 2025-10-23']);
  });
});

describe('a Port Sudan dateline over a battle at El Obeid', () => {
  const story = [
    "PORT SUDAN — Sudan's army said on Thursday it had repelled a large assault by the paramilitary Rapid Support Forces on the outskirts of El Obeid, the capital of North Kordofan state, as drones struck fuel depots in Port Sudan for a third consecutive day.",
    'Army spokesman Nabil Abdallah said in a statement that troops had killed "dozens of militia fighters" in the fighting east of the city on Wednesday and seized 14 combat vehicles.',
    'Residents reached by phone said artillery fire could be heard through the night and that hundreds of families had fled toward Kosti in White Nile state.',
  ].join(' ');

  it('the fighting "east of the city" is the El Obeid battle, on Wednesday; no event in White Nile', () => {
    expect(brief(pipelineEvents(story, '2025-10-23'))).toEqual([
      'Air/drone strike @ Port Sudan 2025-10-23',
      'Armed clash @ El Obeid 2025-10-22',
    ]);
  });
});

describe('a Ukraine roundup', () => {
  it('a clause split before "and wounded 17 overnight, the governor said on Tuesday" is still dated Tuesday', () => {
    const events = pipelineEvents(
      'A Russian drone attack on the city of Kharkiv killed four people, including a child, and wounded 17 overnight, the regional governor said on Tuesday.',
      '2025-11-04',
    );
    expect(events.map((e) => [e.location, e.date_start, e.date_end, e.time_precision])).toEqual([
      ['Kharkiv', '2025-11-04', '2025-11-04', 1],
    ]);
  });

  it('"struck the X oil refinery" and "strikes were also reported in the Y region" are strikes', () => {
    const events = pipelineEvents(
      "Ukraine's General Staff said its forces had struck the Saratov oil refinery in southern Russia overnight, causing a fire. Strikes were also reported in the Odesa region, where a power facility was damaged, Ukraine's energy ministry said.",
      '2025-11-04',
    );
    expect(brief(events)).toEqual(['Air/drone strike @ Odessa 2025-11-04', 'Air/drone strike @ Saratov 2025-11-04']);
  });

  it('"had pushed back Russian units" is a clash, on the day of the statement', () => {
    const events = pipelineEvents(
      "Ukraine's military said on Monday it had pushed back Russian units that had infiltrated the northern districts of Pokrovsk.",
      '2025-11-04',
    );
    expect(brief(events)).toEqual(['Armed clash @ Pokrovsk 2025-11-03']);
  });
});

describe('a Somalia and a Myanmar page', () => {
  it('"withdrawn from the area" after a town the gazetteer lacks is in that town\'s region', () => {
    const events = pipelineEvents(
      'The U.S. military said it carried out an airstrike against al-Shabaab near Jilib in the Middle Juba region on Sunday, killing three militants. On Monday, Somali troops retook the town of Moqokori in Hiraan region from the militants after heavy fighting, the government said. Residents said the army had withdrawn from the area in January.',
      '2025-03-18',
    );
    const withdrawal = events.find((e) => e.sub_event_type === 'Non-violent transfer of territory');
    expect(withdrawal?.location).toBe('Hiiraan');
  });

  it('"handed control of the town of X back to the military" is a non-violent transfer', () => {
    const events = pipelineEvents(
      "In Shan state, the Ta'ang National Liberation Army handed control of the town of Mogok back to the military last week under a China-brokered truce, according to local media.",
      '2025-07-11',
    );
    expect(events.map((e) => `${e.sub_event_type} @ ${e.location}`)).toEqual([
      'Non-violent transfer of territory @ Mogok',
    ]);
  });
});

describe('a Yemen page', () => {
  it('"…, a day after the group hit a carrier with two missiles in the Red Sea" is the day before, at sea', () => {
    const events = pipelineEvents(
      'U.S. forces struck Houthi missile launchers near the port city of Hodeidah on Wednesday, the U.S. military said, a day after the Iran-aligned group hit a Greek-owned bulk carrier with two missiles in the southern Red Sea.',
      '2025-01-15',
    );
    expect(brief(events)).toEqual([
      'Air/drone strike @ Al Ḩudaydah 2025-01-15',
      'Shelling/artillery/missile attack @ Red Sea 2025-01-14',
    ]);
  });

  it('"killed in the U.S. strikes in Hodeidah province" is in Hodeidah, not in the United States', () => {
    const events = pipelineEvents(
      'Houthi-run Al Masirah TV said two people were killed in the U.S. strikes in Hodeidah province, including a fisherman.',
      '2025-01-15',
    );
    expect(events.map((e) => [e.location, e.fatalities])).toEqual([['Al Hudaydah', 2]]);
  });
});

describe('a summary toll before a list of towns', () => {
  it('"across the Gaza Strip on Tuesday, hitting X, Y and Z": an event at each town, the toll split', () => {
    const events = pipelineEvents(
      'Israeli strikes killed 104 people across the Gaza Strip on Tuesday, hitting Khan Younis, Nuseirat and Beit Lahia, the health ministry said.',
      '2025-10-29',
    );
    expect(events.map((e) => `${e.location} ${e.fatalities}`).sort()).toEqual([
      'An Nuşayrāt 34',
      'Bayt Lāhyā 34',
      'Khān Yūnis 36',
    ]);
  });
});
