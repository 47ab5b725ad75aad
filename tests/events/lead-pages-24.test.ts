// Rules from six long pages of the twenty-fourth session (south Lebanon, Russian strikes on Ukraine, Kordofan,
// Somalia, Myanmar, north-west Nigeria), each told in sentences of our own:
// - "has stepped up air attacks ahead of the vote": a trend, no event and no evidence for the next one (taxonomy.json
//   guard `cumulative`);
// - "fighters of the SPLM-N, which is allied with the RSF, attacked …": the group in the relative clause is no party
//   (aside-parties.ts); the SPLM-N is in the actors file;
// - "the city" after "weeks after the group seized X": X only dates the story (implicit-places.ts);
// - "said its drones had destroyed a convoy of RSF vehicles …, killing": the object of "destroyed" is the target
//   (roles.ts OBJECT_TAIL);
// - "A missile struck a building in X" after a salvo of drones and missiles that killed two in X: the same strike
//   (mixed-salvo.ts);
// - "killing a vice-principal": one dead (fatalities.ts; pupils, monks and head teachers are civilians too);
// - "regained control of the base": the base's town told before (implicit-places.ts), and "with the help of local
//   clan militias" names allies, not the other side (actors.ts);
// - "launched more than 400 drones and 30 missiles": the launcher of both weapons (launcher-actor.ts);
// - "in the area of X", "the X area": around X, precision 2 (cue-walk.ts, where.ts); "a residential area of X" is in X;
// - "police said they had killed 13 bandits": the police are the speaker and the subject (actors.json).
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

describe('a trend is no event', () => {
  it('"has stepped up air attacks ahead of …" does not join the capture told after it', () => {
    const events = pipelineEvents(
      'Myanmar military air strike on monastery kills 18, resistance group says\n\n' +
        "The strike hit the monastery in Lin Ta Lu village in Sagaing's Tigyaing township at about 1 a.m. on Thursday, " +
        "according to a member of the local People's Defence Force. More than 150 people from nearby villages had been " +
        'sheltering there to escape fighting.\n\n' +
        'The military government did not respond to requests for comment. It has stepped up air attacks ahead of ' +
        'elections it plans to hold next month.\n\n' +
        'In western Rakhine state, the Arakan Army said it had captured a military outpost near Kyaukphyu.',
      '2025-11-28',
    );
    expect(
      events
        .filter((e) => e.location === 'Kyaukpyu')
        .map((e) => [e.sub_event_type, e.actor1, e.evidence.text.slice(0, 20)]),
    ).toEqual([['Non-state actor overtakes territory', 'Arakan Army', 'In western Rakhine s']]);
  });
});

describe('a group named in a relative clause describes the subject', () => {
  const cases: Array<[string, string]> = [
    [
      'In South Kordofan, fighters of the SPLM-N, which is allied with the RSF, attacked army positions around Dilling on Wednesday.',
      "SPLM-N: Sudan People's Liberation Movement-North",
    ],
    [
      "Fighters of the Sudan People's Liberation Movement-North, which is allied with the RSF, shelled Kadugli on Thursday.",
      "SPLM-N: Sudan People's Liberation Movement-North",
    ],
    [
      'The militants, who belong to JNIM, attacked an army post in Douentza on Monday.',
      'JNIM: Jamaat Nusrat al-Islam wal-Muslimin',
    ],
  ];
  for (const [text, actor1] of cases)
    it(text, () => {
      expect(pipelineEvents(text, '2025-11-21').map((e) => e.actor1)).toEqual([actor1]);
    });
});

describe('the city of the story', () => {
  it('"the city" after "weeks after the group seized X" is the city shelled, not X', () => {
    const events = pipelineEvents(
      'The RSF shelled the city of El Obeid on Thursday, killing at least seven civilians, weeks after the group seized El Fasher in Darfur.\n\n' +
        'A medical group said artillery shells landed on a market and a residential district in the city, the capital of North Kordofan state.',
      '2025-11-21',
    );
    expect(events.map((e) => [e.sub_event_type, e.location, e.fatalities])).toEqual([
      ['Shelling/artillery/missile attack', 'El Obeid', 7],
    ]);
  });
});

describe('an event told as what came before', () => {
  it('"It comes a week after 30 people were killed in a bombing in X" is that bombing, at X', () => {
    const events = pipelineEvents(
      'Gunmen killed four soldiers in Kidal on Monday. It comes a week after 30 people were killed in a bombing in Gao.',
      '2025-11-21',
    );
    expect(events.map((e) => e.location)).toContain('Gao');
  });
});

describe('a salvo of drones and missiles', () => {
  it('"A missile struck a building in X" after "launched 400 drones and 30 missiles …, killing two in X" is that strike', () => {
    const events = pipelineEvents(
      'Russia launched more than 400 drones and 30 missiles at Ukraine overnight, killing two people in the city of Dnipro, officials said Tuesday.\n\n' +
        'A missile struck a residential building in Dnipro shortly after 3 a.m., the regional governor said.',
      '2025-11-25',
    );
    expect(events.map((e) => [e.location, e.actor1, e.fatalities])).toEqual([
      ['Dnipro', 'Military Forces of Russia', 2],
    ]);
  });
});

describe('the object of an earlier verb is the target', () => {
  it('"the army said its drones had destroyed a convoy of RSF vehicles …, killing dozens": the army strikes', () => {
    const events = pipelineEvents(
      'The army said its drones had destroyed a convoy of RSF vehicles near the town of Bara on Thursday, killing dozens of fighters.',
      '2025-11-21',
    );
    expect(events.map((e) => [e.sub_event_type, e.actor1, e.actor2])).toEqual([
      ['Air/drone strike', 'Military Forces of Sudan', 'Rapid Support Forces'],
    ]);
  });
});

describe('a school attack', () => {
  it('"killing a vice-principal who tried to stop them" counts one dead', () => {
    const events = pipelineEvents(
      'Gunmen abducted 25 schoolgirls from a boarding school in Maga town on Monday, killing a vice-principal who tried to stop them, police said.',
      '2025-11-17',
    );
    expect(events.map((e) => [e.sub_event_type, e.fatalities])).toEqual([['Abduction/forced disappearance', 1]]);
  });
});

describe('the base retaken', () => {
  it('"regained control of the base with the help of local clan militias": at the base\'s town, the militias allies', () => {
    const events = pipelineEvents(
      'Al-Shabaab militants attacked a military base in the town of Moqokori in Hiiraan region early Saturday, an army officer said. ' +
        'Government forces later regained control of the base with the help of local clan militias, he said.',
      '2025-11-23',
    );
    const regained = events.find((e) => e.sub_event_type === 'Government regains territory');
    // The group that held the base, named before, is actor2 (regain-holder.ts, twenty-fifth session).
    expect([regained?.location, regained?.actor1, regained?.actor2]).toEqual([
      'Hiiraan',
      'Military Forces of Somalia',
      'Al Shabaab',
    ]);
  });
});

describe('the launcher of a salvo', () => {
  it('"launched more than 400 drones and 30 missiles": the launcher of a later missile strike', () => {
    const events = pipelineEvents(
      'Russia launched more than 400 drones and 30 missiles at Ukraine overnight, officials said on Tuesday.\n\n' +
        'In the western Lviv region, a missile hit an energy facility near the town of Stryi, causing a fire.',
      '2025-11-25',
    );
    expect(events.map((e) => [e.location, e.actor1])).toEqual([['Stryi', 'Military Forces of Russia']]);
  });
});

describe('the area of a town', () => {
  const cases: Array<[string, number]> = [
    ['Israeli jets attacked Hezbollah infrastructure in the area of Nabatieh on Sunday.', 2],
    ['Israeli jets struck the Nabatieh area on Sunday.', 2],
    ['A strike hit a residential area of Nabatieh on Sunday, killing two.', 1],
  ];
  for (const [text, precision] of cases)
    it(`${text} → precision ${precision}`, () => {
      expect(pipelineEvents(text, '2025-11-24').map((e) => [e.location, e.geo_precision])).toEqual([
        ['Nabatieh', precision],
      ]);
    });
});

describe('police who say they acted', () => {
  it('"police said they had killed 13 bandits in a gunfight": the police fought', () => {
    const events = pipelineEvents(
      'In Zamfara state, police said they had killed 13 bandits in a gunfight near Tsafe on Sunday.',
      '2025-11-17',
    );
    expect(events.map((e) => [e.actor1, e.actor2, e.fatalities])).toEqual([
      ['Police Forces of Nigeria', 'Unidentified Armed Group (Nigeria)', 13],
    ]);
  });
  it('"Police said gunmen killed three villagers" leaves the police out', () => {
    const events = pipelineEvents('Police said gunmen killed three villagers in Tsafe on Sunday.', '2025-11-17');
    expect(events.map((e) => [e.actor1, e.actor2])).toEqual([
      ['Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)'],
    ]);
  });
});
