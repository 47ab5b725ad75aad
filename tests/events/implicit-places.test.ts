// Issue #5, third wire round: places a clause does not name ("the city", "there"), an agreement placed where it
// was announced, bare "the forces" / "the militants", attacks on police, demolished homes, the object of a verb
// before the trigger, Reuters datelines without a year, a town listed after its province. Invented text and places.
import { describe, expect, test } from 'vitest';
import { countFatalities } from '../../src/events/fatalities.js';
import { detectEvents } from '../../src/events/detect-events.js';
import {
  COUNTRIES,
  COUNTRY_PLACES,
  candidate,
  detectIn,
  fakeGeo,
  mentionsFor,
  type PlaceSpec,
  roleLine,
  SY_TOWN as SY,
  testArticle,
} from './helpers.js';

const PLACES: PlaceSpec[] = [
  { text: 'Tel Nour', geonameid: 21, lat: 35.0, lon: 37.0, admin1: '01', ...SY },
  { text: 'Kafr Zeit', geonameid: 22, lat: 35.5, lon: 37.5, admin1: '01', ...SY },
  { text: 'Doha', geonameid: 23, lat: 25.3, lon: 51.5, countryCode: 'QA', featureClass: 'P', featureCode: 'PPLC' },
  ...COUNTRY_PLACES,
];
const at = (text: string, published = '2016-05-10') =>
  detectIn(text, PLACES, testArticle(text, { published })).map(
    (f) =>
      `${f.properties.sub_event_type} @ ${f.properties.location}/${f.properties.geo_precision} ${f.properties.date_start}`,
  );
const roles = (text: string) => detectIn(text, PLACES).map(roleLine);

describe('anaphoric places', () => {
  test('"the city\'s southern outskirts" is near the city named before (precision 2)', () => {
    expect(
      at(
        'Rebels shelled Tel Nour on Sunday.\nOn Monday, the army repelled a rebel assault on the city’s southern outskirts.',
      ),
    ).toEqual(['Shelling/artillery/missile attack @ Tel Nour/1 2016-05-08', 'Armed clash @ Tel Nour/2 2016-05-09']);
  });
  test('"in the area" is the latest place of the sentence, not the article focus', () => {
    expect(
      at(
        'Kafr Zeit was shelled on Friday. Kafr Zeit was quiet on Saturday. In Tel Nour, troops demolished homes in the area on Monday.',
      ),
    ).toContain('Looting/property destruction @ Tel Nour/1 2016-05-09');
  });
  test('"the town" two sentences later; a ceasefire announced there is an Agreement at the town', () => {
    expect(
      at('Clashes erupted in Kafr Zeit on Sunday. Dozens fled. A ceasefire was announced in the town on Monday.'),
    ).toEqual(['Armed clash @ Kafr Zeit/1 2016-05-08', 'Agreement @ Kafr Zeit/1 2016-05-09']);
  });
  test('"the town" is the town named, not the capital of the province named after it', () => {
    // The province mention's alternatives hold its capital, as the real resolver's do.
    const text =
      'Clashes broke out on Sunday in the town of Tel Nour in Wadi Sahm province. Four fighters were killed on the eastern edge of the town.';
    const province = { text: 'Wadi Sahm', geonameid: 30, lat: 36, lon: 38, admin1: '01', ...SY };
    const mentions = mentionsFor(text, [...PLACES, { ...province, featureClass: 'A', featureCode: 'ADM1' }]).map((m) =>
      m.text === 'Wadi Sahm'
        ? { ...m, alternatives: [...m.alternatives, candidate({ ...province, geonameid: 31, featureCode: 'PPLA' })] }
        : m,
    );
    const got = detectEvents(testArticle(text, { published: '2016-05-10' }), mentions, {
      geo: fakeGeo({ countries: COUNTRIES }),
    }).events.features.map((f) => `${f.properties.location}/${f.properties.geo_precision} ${f.properties.fatalities}`);
    expect(got).toEqual(['Tel Nour/1 4']);
  });
  test('the existential "there were" is no place', () => {
    expect(at('Gunmen killed two farmers, and there were no arrests.')).toEqual([]);
  });
});

describe('agreements placed where they were announced', () => {
  test('"mediators said in Doha" places the truce at Doha, precision 2', () => {
    expect(
      at('Rebels and the government agreed to a truce in the south, Qatari mediators said in Doha on Monday.'),
    ).toEqual(['Agreement @ Doha/2 2016-05-09']);
  });
  test('a speaker’s place is still no place for violence', () => {
    expect(at('Gunmen killed two farmers, officials said in Doha on Monday.')).toEqual([]);
  });
});

describe('actors', () => {
  test('"the forces" take the group named before', () => {
    expect(
      roles('Hezbollah fighters shelled Tel Nour on Monday. The forces also shelled Kafr Zeit on Monday.'),
    ).toEqual([
      'Shelling/artillery/missile attack @ Tel Nour: Hezbollah > ',
      'Shelling/artillery/missile attack @ Kafr Zeit: Hezbollah > ',
    ]);
  });
  test('an attack on a police checkpoint: the police are actor2', () => {
    expect(roles('Gunmen attacked a police checkpoint in Tel Nour on Sunday, killing three policemen.')).toEqual([
      'Armed clash @ Tel Nour: Unidentified Armed Group (Syria) > Police Forces of Syria',
    ]);
  });
  test('the object of a verb before the trigger is not the attacker', () => {
    expect(roles('Militants killed 20 soldiers in an attack on a base in Tel Nour on Sunday.')).toEqual([
      'Armed clash @ Tel Nour: Unidentified Armed Group (Syria) > Military Forces of Syria',
    ]);
  });
  test('demolished homes: their owners, civilians, are actor2', () => {
    expect(roles('Israeli troops demolished three homes in Tel Nour on Monday.')).toEqual([
      'Looting/property destruction @ Tel Nour: Military Forces of Israel > Civilians (Syria)',
    ]);
  });
  test('a territory gain by a non-state group stays a non-state gain', () => {
    expect(roles('Hezbollah seized a military base near Tel Nour on Monday.')[0]).toMatch(
      /^Non-state actor overtakes territory @ Tel Nour: Hezbollah/,
    );
  });
});

describe('dates and counts', () => {
  test('a Reuters dateline without a year is the report date, not the event date', () => {
    expect(at('TEL NOUR, May 10 (Reuters) - Warplanes struck Kafr Zeit on Sunday, killing four people.')).toEqual([
      'Air/drone strike @ Kafr Zeit/1 2016-05-08',
    ]);
  });
  test('the month May is no modal', () => {
    expect(at('On May 8 gunmen attacked a checkpoint in Tel Nour.')).toEqual(['Armed clash @ Tel Nour/1 2016-05-08']);
  });
  test('"said on Monday it had repelled" joins the report that dates the attack', () => {
    expect(
      at('The army said on Monday it had repelled a rebel assault on Tel Nour.\nRebels attacked Tel Nour on Sunday.'),
    ).toEqual(['Armed clash @ Tel Nour/1 2016-05-08']);
  });
  test('"killing three policemen and two civilians" is five deaths', () => {
    expect(countFatalities('killing three policemen and two civilians')).toBe(5);
    expect(countFatalities('killed 3 people and wounded 5 others')).toBe(3);
  });
});
