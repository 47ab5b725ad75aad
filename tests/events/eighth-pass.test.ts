// Rules from the eighth hand review (eight invented page captures in the Arab News format: Sudan, Yemen, Syria,
// Lebanon, Iraq, Gaza/West Bank, Somalia, the Sahel). Invented sentences; the places are the wire-test towns.
import { describe, expect, test } from 'vitest';
import { countFatalities } from '../../src/events/fatalities.js';
import {
  COUNTRY_PLACES,
  eventsIn,
  type PlaceSpec,
  rolesIn as roles,
  SY_TOWN,
  testArticle,
  WIRE_PLACES,
} from './helpers.js';

const where = (text: string, places = WIRE_PLACES) =>
  eventsIn(text, places).map((p) => `${p.sub_event_type} @ ${p.location}`);
const dated = (text: string) =>
  eventsIn(text, undefined, testArticle(text)).map((p) => `${p.sub_event_type} @ ${p.location} ${p.date_start}`);

describe('judicial executions are no political violence (taxonomy.json guards.judicial)', () => {
  test('"was executed in X after being convicted" is no attack', () => {
    expect(where('A man was executed in Tel Nour on Sunday after being convicted of murder.')).toEqual([]);
  });
  test('"hanged N men … after they were convicted" is no attack', () => {
    expect(
      where('The authorities hanged 11 men in Tel Nour on Sunday after they were convicted of terrorism.'),
    ).toEqual([]);
  });
  test('"hanged two men …, carrying out the death sentence" is no attack; a sharia court\'s verdict still is', () => {
    expect(where('The authorities hanged two men in Tel Nour on Monday, carrying out the death sentence.')).toEqual([]);
    expect(where('Militants executed a man in Tel Nour on Monday after a sharia court convicted him.')).toEqual([
      'Attack @ Tel Nour',
    ]);
  });
});

describe("a report's tally over months is no event (taxonomy.json guards.report_tally)", () => {
  test('"the UN said in a report that N people were abducted in X since January"', () => {
    expect(where('The UN said in a report that 120 people were abducted in Tel Nour since January.')).toEqual([]);
  });
  test('"Amnesty said in a report that at least 150 people were executed in X since January"', () => {
    expect(where('Amnesty said in a report that at least 150 people were executed in Tel Nour since January.')).toEqual(
      [],
    );
  });
});

describe('campaign summaries (taxonomy.json guards.cumulative)', () => {
  test('"has carried out near-daily strikes in X since the ceasefire, killing more than 300" is no strike', () => {
    expect(
      where(
        'Israel has carried out near-daily strikes in Tel Nour since the ceasefire took effect, killing more than 300.',
      ),
    ).toEqual([]);
  });
});

describe('a named victim and his companions (fatalities.ts)', () => {
  test('"killed a commander and two of his companions" counts 3', () => {
    expect(countFatalities('A drone strike killed a Hezbollah commander and two of his companions.')).toBe(3);
  });
  test('"A commander of the RSF and three of his aides were killed" counts 4', () => {
    expect(countFatalities('A field commander of the RSF and three of his aides were killed in a strike.')).toBe(4);
  });
  test('"killed a father and his four children" counts 5', () => {
    expect(countFatalities('A strike on a tent killed a father and his four children.')).toBe(5);
  });
});

describe('the countryside of a city and a town in it (countryside.ts)', () => {
  const places: PlaceSpec[] = [
    { text: 'Tel Nour', geonameid: 21, lat: 35.0, lon: 37.0, admin1: '01', ...SY_TOWN, featureCode: 'PPLA' },
    { text: 'Ain Zeit', geonameid: 24, lat: 35.3, lon: 37.25, admin1: '01', ...SY_TOWN },
    ...COUNTRY_PLACES,
  ];
  test('"in the X countryside … near the town of Y": one event, at Y', () => {
    expect(
      where(
        'A drone strike in the Tel Nour countryside killed two people near the town of Ain Zeit on Monday.',
        places,
      ),
    ).toEqual(['Air/drone strike @ Ain Zeit']);
    // A list stays two places.
    expect(where('Shelling hit the Tel Nour countryside and the town of Ain Zeit on Monday.', places).sort()).toEqual([
      'Shelling/artillery/missile attack @ Ain Zeit',
      'Shelling/artillery/missile attack @ Tel Nour',
    ]);
  });
});

describe('an undated sentence going on with a dated lead (continued-date.ts)', () => {
  test('"The forces also arrested …" happened on the lead\'s day', () => {
    expect(
      dated('On Sunday, Syrian forces regained control of Tel Nour. The forces also arrested 30 gunmen in Kafr Saba.'),
    ).toEqual(['Government regains territory @ Tel Nour 2016-05-08', 'Arrests @ Kafr Saba 2016-05-08']);
  });
  test('"Hours later, a drone strike hit Y" happened on the lead\'s day', () => {
    expect(
      dated('Rebels shelled Tel Nour on Sunday. Residents fled. Hours later, a drone strike hit Kafr Saba.')[1],
    ).toBe('Air/drone strike @ Kafr Saba 2016-05-08');
  });
});

describe('"X\'s army said <day> its forces …" (roles.ts)', () => {
  test("the speaker's forces regained the town, the group fought is the other side", () => {
    expect(
      roles(
        "Syria's army said Wednesday its forces had regained control of Tel Nour after fierce fighting with the Islamic State.",
      ),
    ).toEqual(['Government regains territory @ Tel Nour: Military Forces of Syria > Islamic State']);
  });
});

describe('a party killed in a passive is the victim (passive-victims.ts)', () => {
  test('"A commander of the Islamic State and three of his aides were killed in an army air strike"', () => {
    expect(
      roles(
        'A commander of the Islamic State and three of his aides were killed in an army air strike near Tel Nour on Sunday.',
      ),
    ).toEqual(['Air/drone strike @ Tel Nour: Military Forces of Syria > Islamic State']);
  });
});

describe('more tallies and habits (taxonomy.json)', () => {
  test('"have attacked more than 100 ships off X since November" is a tally', () => {
    expect(where('The rebels have attacked more than 100 ships off Tel Nour since November 2015.')).toEqual([]);
  });
  test('"still carry out sporadic attacks in X" is a habit, not an event', () => {
    expect(where('Islamic State remnants still carry out sporadic attacks in Tel Nour.')).toEqual([]);
  });
});

describe('coast guards (actors.json)', () => {
  test('"Syrian coast guards seized …": the coast guard is the state\'s military', () => {
    expect(roles('Syrian coast guards seized a boat carrying weapons off Tel Nour on Saturday.')).toEqual([
      'Disrupted weapons use @ Tel Nour: Military Forces of Syria > ',
    ]);
  });
});

describe('"Residents of X protested" (residents-place.ts)', () => {
  test('the protest of the people of a town is in that town', () => {
    expect(
      where(
        'Rebels shelled Kafr Saba on Sunday. Residents of Tel Nour protested on Monday against the new authorities.',
      ),
    ).toEqual(['Shelling/artillery/missile attack @ Kafr Saba', 'Peaceful protest @ Tel Nour']);
  });
});

describe('a highlight dated outside the report week (group.ts frontFits)', () => {
  test('"despite a November 2014 ceasefire" does not take an undated body shelling with it', () => {
    const bullet = '  • Syrian jets have kept up strikes on Syria despite a November 2014 ceasefire';
    const text = `${bullet}\n\nRebels shelled the outskirts of Tel Nour, residents said.`;
    const article = { ...testArticle(text), front: [{ start: 0, end: bullet.length, kind: 'highlight' as const }] };
    expect(eventsIn(text, undefined, article).map((p) => `${p.sub_event_type} @ ${p.location}`)).toContain(
      'Shelling/artillery/missile attack @ Tel Nour',
    );
  });
});

describe('continuations and victims (continued-date.ts, roles.ts)', () => {
  test('"Syrian artillery also shelled Y": "also" after the trigger noun continues the lead\'s day', () => {
    expect(dated('Rebels attacked Tel Nour on Sunday. Syrian artillery also shelled Kafr Saba.')[1]).toBe(
      'Shelling/artillery/missile attack @ Kafr Saba 2016-05-08',
    );
  });
  test('"killed a father and four of his children": civilians are the target', () => {
    expect(roles('A drone strike on a tent in Tel Nour killed a father and four of his children.')).toEqual([
      'Air/drone strike @ Tel Nour:  > Civilians (Syria)',
    ]);
  });
});
