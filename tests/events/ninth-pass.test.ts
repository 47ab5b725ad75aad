/**
 * Rules from the ninth hand review (eight invented page captures outside the Middle East: Ukraine, Myanmar, DR Congo,
 * the Sahel, Nigeria, Pakistan, Ethiopia, Haiti/Colombia/Mexico). Invented sentences; the wire-test towns where the
 * rule needs no real gazetteer, the real pipeline where it does.
 */
import { describe, expect, test } from 'vitest';
import { aftermathCaption } from '../../src/events/aftermath-caption.js';
import { findActors } from '../../src/events/actors.js';
import { countFatalities } from '../../src/events/fatalities.js';
import { COUNTRY_PLACES, eventsIn, type PlaceSpec, rolesIn as roles, SY_TOWN, testArticle } from './helpers.js';
import { capture, captureEvents, pipelineEvents } from './pipeline-helpers.js';

const eventsOf = pipelineEvents;
const dated = (text: string, places?: PlaceSpec[]) =>
  eventsIn(text, places, testArticle(text)).map(
    (p) => `${p.sub_event_type} @ ${p.location} ${p.date_start} ${p.actor1} > ${p.actor2} f${p.fatalities}`,
  );
const names = (text: string, iso2 = '') => findActors(text, iso2).map((h) => h.name);

describe("a country-wide lead's total and its details (summary-lead.ts)", () => {
  const text = capture(
    'Russian barrage hits the power grid, killing four',
    'Rescuers work at the site of a missile strike. (AFP)',
    '19 November 2025',
    ['Blackouts reported in several regions'],
    [
      "KYIV: Russia launched a massive drone and missile attack on Ukraine's power grid overnight into Tuesday, killing four people and cutting electricity across several regions, officials said.",
      'Two people were killed when a missile struck a building in the city of Dnipro, the regional governor said.',
      'Another man was killed in Kherson when Russian artillery shelled the city, local authorities said.',
      'In the Poltava region, a drone hit an electricity substation near Kremenchuk, causing a fire but no casualties.',
    ],
  );
  test('a lead with no day of its own still gives its attacker, and its total to no detail', () => {
    const lines = captureEvents(text.replace(' overnight into Tuesday', ''))
      .map((e) => `${e.location} ${e.actor1} f${e.fatalities}`)
      .sort();
    expect(lines).toEqual([
      'Dnipro Military Forces of Russia f2',
      'Kherson Military Forces of Russia f1',
      'Kremenchuk Military Forces of Russia f0',
    ]);
  });
  test("the details keep their own tolls, take the lead's day and attacker; the total is no event", () => {
    const lines = captureEvents(text)
      .map((e) => `${e.location} ${e.date_start} ${e.actor1} f${e.fatalities}`)
      .sort();
    expect(lines).toEqual([
      'Dnipro 2025-11-18 Military Forces of Russia f2',
      'Kherson 2025-11-18 Military Forces of Russia f1',
      'Kremenchuk 2025-11-18 Military Forces of Russia f0',
    ]);
  });
});

describe('a definite trigger that opens the body refers back to nothing (detect-events.ts)', () => {
  test('"one of its largest drone attacks in weeks … overnight into Tuesday" is dated Tuesday', () => {
    const text =
      'Russia launched one of its largest drone attacks in weeks on Tel Nour overnight into Tuesday, killing four people, officials said.';
    expect(eventsIn(text, undefined, testArticle(text, { published: '2016-05-11' }))[0].date_start).toBe('2016-05-10');
  });
});

describe('"another man was killed" (fatalities.ts)', () => {
  test('counts one', () => {
    expect(countFatalities('Another man was killed in the town when artillery shelled it.')).toBe(1);
  });
});

describe('a reference back dated by its impact verb (when.ts)', () => {
  test('"The strike hit the monastery … early on Wednesday" dates the lead whose day was only the statement\'s', () => {
    const text = capture(
      'Air strike on monastery kills 18',
      'People gather at a damaged monastery after an air strike in Sagaing region. (AFP)',
      '14 March 2025',
      ['Strike hit a village in Sagaing region where displaced families were sheltering'],
      [
        "YANGON: A Myanmar military air strike killed at least 18 civilians in the country's central Sagaing region, residents said on Thursday.",
        'The strike hit the monastery in a village of Sagaing township early on Wednesday, where displaced people had fled.',
      ],
    );
    const [e, ...rest] = captureEvents(text);
    expect(rest).toEqual([]);
    expect([e.date_start, e.actor1, e.fatalities]).toEqual(['2025-03-12', 'Military Forces of Myanmar', 18]);
  });
});

describe('security forces reported by the military (military-source.ts)', () => {
  test('"security forces killed …, the military said" are the military', () => {
    expect(
      roles('Security forces killed eight militants in a raid in Tel Nour on Wednesday, the military said.'),
    ).toEqual(['Armed clash @ Tel Nour: Military Forces of Syria > Unidentified Armed Group (Syria)']);
  });
});

describe('a reference sentence dates the event before it (reference-date.ts)', () => {
  test('"The operation was carried out on Wednesday night" dates the raid the military reported on Thursday', () => {
    expect(
      dated(
        'Security forces killed eight militants in a raid on a hideout in Tel Nour, the military said on Thursday. The operation was carried out on Wednesday night near the border.',
      ),
    ).toEqual(['Armed clash @ Tel Nour 2016-05-04 Military Forces of Syria > Unidentified Armed Group (Syria) f8']);
  });
});

describe('what the attackers did next at the same place (absorb.ts)', () => {
  test('"The attackers stormed X late Monday and set homes on fire" is the same attack and dates it', () => {
    expect(
      dated(
        'Gunmen killed at least 40 people in attacks on villages in Tel Nour, police said on Tuesday. The attackers stormed Tel Nour late Monday and set homes on fire, a spokesman said.',
      ),
    ).toEqual(['Attack @ Tel Nour 2016-05-09 Unidentified Armed Group (Syria) > Civilians (Syria) f40']);
  });
  test('"The attackers also burned several homes" is no looting event of its own', () => {
    const events = eventsOf(
      'BUNIA: Fighters from the Allied Democratic Forces killed at least 25 people in an attack on a church in Komanda in northeastern Congo on Sunday. The attackers also burned several homes and shops in the town before fleeing into the forest.',
      '2025-07-28',
    );
    expect(events.map((e) => e.sub_event_type)).toEqual(['Attack']);
  });
});

describe('people killed when attackers stormed a place (taxonomy.json, raid variants)', () => {
  test('"eight people were killed when attackers stormed a market" is an attack on civilians', () => {
    expect(roles('In Tel Nour, eight people were killed when attackers stormed a market on Monday.')).toEqual([
      'Attack @ Tel Nour: Unidentified Armed Group (Syria) > Civilians (Syria)',
    ]);
  });
});

describe("a source's title is no party (data/actors.json, generic police)", () => {
  test('"police spokesman X said", "police commissioner", "police sources" name no police', () => {
    expect(names('The attackers set homes on fire, police spokesman Alabo Alfred said.', 'NG')).not.toContain(
      'Police Forces of Nigeria',
    );
    expect(names('The police commissioner confirmed the toll.', 'NG')).toEqual([]);
  });
});

describe("a province owned by a relative area's country (where.ts)", () => {
  test('"in Komanda in northeastern Congo\'s Ituri province" is Ituri, not northeastern Congo', () => {
    const [e] = eventsOf(
      "BUNIA: Fighters from the Allied Democratic Forces killed at least 25 people in an attack on a church in Komanda in northeastern Congo's Ituri province early on Sunday.",
      '2025-07-28',
    );
    expect(e.location).toBe('Ituri');
  });
});

describe('a caption of ruins after an attack (aftermath-caption.ts)', () => {
  test('"Villagers look at burnt houses after an attack in X" gives no event', () => {
    expect(aftermathCaption('Villagers look at burnt houses after an attack in Plateau state. (AFP)')).toBe(true);
    expect(aftermathCaption('Smoke rises after an attack on a village. (AFP)')).toBe(false);
  });
});

describe('a claim names unidentified attackers (follow-ups.ts)', () => {
  test('"Jihadist fighters killed 50 soldiers … JNIM claimed responsibility" → JNIM > the military', () => {
    expect(
      roles(
        'Jihadist fighters killed more than 50 soldiers in an attack on a military base in Tel Nour on Sunday. The Group to Support Islam and Muslims (JNIM) claimed responsibility for the attack on Monday.',
      ),
    ).toEqual(['Armed clash @ Tel Nour: JNIM: Jamaat Nusrat al-Islam wal-Muslimin > Military Forces of Syria']);
  });
});

describe('an army convoy or base is the military (data/actors.json, generic military)', () => {
  test('"Fano militiamen attacked a federal army convoy near X" → Fano > the military', () => {
    expect(roles('Fano militiamen attacked a federal army convoy near Tel Nour on Monday.')).toEqual([
      'Armed clash @ Tel Nour: Fano Militia > Military Forces of Syria',
    ]);
  });
});

describe('armed groups named outside the Middle East (data/actors.json)', () => {
  test('BLA, KIA, MNDAA, the Arakan Army, cartels, Viv Ansanm', () => {
    expect(names('separatists of the Baloch Liberation Army (BLA)')).toContain('BLA: Baloch Liberation Army');
    expect(names('the Kachin Independence Army (KIA)')).toContain('KIA: Kachin Independence Army');
    expect(names('MNDAA fighters')).toEqual(['MNDAA: Myanmar National Democratic Alliance Army']);
    expect(names('The Arakan Army said its fighters took the base')).toEqual(['Arakan Army']);
    expect(names('gunmen of the Sinaloa Cartel', 'MX')).toContain('Sinaloa Cartel');
    expect(names('the Jalisco New Generation Cartel')).toEqual(['CJNG: Jalisco New Generation Cartel']);
    expect(names('members of the Viv Ansanm coalition')).toEqual(['Viv Ansanm']);
  });
});

describe('a front-matter toll joins the body violence at its place (group.ts)', () => {
  test('"Medics say most of those killed were in X" is no attack of its own', () => {
    const text = capture(
      'Strikes kill 30 across Gaza, medics say',
      'Palestinians inspect the rubble of a house. (AFP)',
      '10 June 2025',
      ['Medics say most of those killed were in Khan Younis'],
      [
        'GAZA CITY: Israeli strikes killed at least 30 Palestinians across the Gaza Strip on Monday, health officials said.',
        'An air strike on a house in Khan Younis killed 12 people, medics said.',
      ],
    );
    expect(captureEvents(text).filter((e) => e.sub_event_type === 'Attack')).toEqual([]);
  });
});

describe('two nearby towns with their own tolls (group.ts)', () => {
  const places: PlaceSpec[] = [
    { text: 'Tel Nour', geonameid: 21, lat: 35.0, lon: 37.0, admin1: '01', ...SY_TOWN },
    { text: 'Ain Zeit', geonameid: 24, lat: 35.05, lon: 37.0, admin1: '01', ...SY_TOWN },
    ...COUNTRY_PLACES,
  ];
  test('"12 killed in X … eight killed in Y" 6 km apart are two events', () => {
    expect(
      eventsIn(
        'An air strike on a house in Tel Nour killed 12 people on Monday. In Ain Zeit, a strike on a tent camp killed eight people on Monday evening.',
        places,
      ).map((p) => `${p.location} f${p.fatalities}`),
    ).toEqual(['Tel Nour f12', 'Ain Zeit f8']);
  });
});
