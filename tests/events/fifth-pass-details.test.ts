// Fifth review, third part: sentences that only add to the incident before them, speakers who are no party, places
// set by a region named first or by "the road between", seizures reported by the force that made them. Invented
// sentences and place names.
import { describe, expect, test } from 'vitest';
import { detectEvents } from '../../src/events/detect-events.js';
import {
  COUNTRIES,
  COUNTRY_PLACES,
  candidate,
  detectIn,
  fakeGeo,
  mentionsFor,
  type PlaceSpec,
  eventsIn as events,
  roleLine,
  rolesIn as roles,
  testArticle,
  WIRE_PLACES as PLACES,
} from './helpers.js';

const WADI: PlaceSpec = {
  text: 'Wadi Kafra',
  name: 'Wadley Kafer',
  geonameid: 91,
  countryCode: 'US',
  lat: 40,
  lon: -75,
};

describe('details of the incident told just before', () => {
  test('weapons "also recovered from the camp" after a raid are part of the battle', () => {
    const text =
      'Troops killed three militants in a raid on a camp near Tel Nour on Friday. Soldiers also recovered two rifles from the camp.';
    expect(events(text).map((p) => p.sub_event_type)).toEqual(['Armed clash']);
  });
  test('"The attackers stormed the school … A guard was killed in the attack": the abduction, with its toll', () => {
    const text =
      'Tel Nour has been tense for weeks.\nGunmen abducted 40 pupils from a school in Tel Nour on Sunday.\nThe attackers stormed the school at night. A guard was killed in the attack.';
    expect(events(text).map((p) => [p.sub_event_type, p.fatalities])).toEqual([['Abduction/forced disappearance', 1]]);
  });
  test('a detail with no place and no date after an event placed abroad goes with it', () => {
    const lead = 'Tel Nour has been tense for weeks. Syrian troops shelled Tel Nour on Sunday.';
    const text = `${lead}\nRebels withdrew from Wadi Kafra on Monday.\nRetreating fighters looted shops and homes.`;
    expect(events(text, [...PLACES, WADI]).map((p) => p.sub_event_type)).toEqual(
      events(lead).map((p) => p.sub_event_type),
    );
  });
});

describe('actors', () => {
  test('"Turkey\'s army said in September that its jets had struck": the speaker is the attacker', () => {
    const text = "Turkey's army said in September that its jets had struck Islamic State hideouts in Tel Nour.";
    const places: PlaceSpec[] = [
      ...PLACES,
      {
        text: 'Turkey',
        geonameid: 298795,
        featureClass: 'A',
        featureCode: 'PCLI',
        countryCode: 'TR',
        lat: 39,
        lon: 35,
      },
    ];
    expect(detectIn(text, places, testArticle(text, { published: '2016-10-10' })).map(roleLine)).toEqual([
      'Air/drone strike @ Tel Nour: Military Forces of Turkey > Islamic State',
    ]);
  });
  test('"shot dead a polio worker and the policeman guarding him": two dead', () => {
    expect(
      events('Gunmen shot dead a polio worker and the policeman guarding him in Tel Nour on Monday.')[0].fatalities,
    ).toBe(2);
  });
  test('", adding that a soldier also died in the exchange of fire": the speaker\'s addition is a clause of its own', () => {
    expect(
      roles(
        "Security forces killed 11 militants in Tel Nour on Wednesday, the army's media wing said, adding that a soldier also died in the exchange of fire.",
      ),
    ).toEqual(['Armed clash @ Tel Nour: Military Forces of Syria > Unidentified Armed Group (Syria)']);
  });
  test('"Police said on Saturday that a priest abducted … last month": no party, dated by its own phrase', () => {
    const p = events(
      'Police said on Saturday that a priest abducted from his parish in Beit Alam last month had been released.',
    );
    expect(p.map((e) => [e.location, e.actor1, e.date_start, e.time_precision])).toEqual([
      ['Beit Alam', '', '2016-04-01', 3],
    ]);
  });
  test('"accusing residents of supporting X": the burned houses are civilians\', X is no party', () => {
    expect(
      roles('Militiamen burned down 30 houses in Tel Nour on Sunday, accusing residents of supporting Islamic State.'),
    ).toEqual(['Looting/property destruction @ Tel Nour: Militia (Syria) > Civilians (Syria)']);
  });
  test('a bomb defused, "police in X province said": the police defused it', () => {
    expect(
      roles('Bomb disposal teams defused a roadside bomb near Tel Nour on Monday, police in Hama province said.'),
    ).toEqual(['Disrupted weapons use @ Tel Nour: Police Forces of Syria > ']);
  });
});

/** Hama province, as the gazetteer's ADM1 entry would give it. */
const HAMA: PlaceSpec = {
  text: 'Hama',
  geonameid: 30,
  featureClass: 'A',
  featureCode: 'ADM1',
  countryCode: 'SY',
  admin1: '05',
  lat: 35.1,
  lon: 36.7,
};

describe('places', () => {
  test('"in X province" then "in the Y district" of it: one event, at the district', () => {
    const hama: PlaceSpec = { ...HAMA, kind: 'area' };
    const district: PlaceSpec = {
      text: 'Kafr Zita',
      geonameid: 31,
      featureClass: 'A',
      featureCode: 'ADM2',
      countryCode: 'SY',
      admin1: '05',
      lat: 35.4,
      lon: 36.6,
      kind: 'area',
    };
    const text =
      'Militants attacked a police station in Hama province on Thursday, killing six policemen.\nDozens of fighters stormed the station in the Kafr Zita district before dawn.';
    const p = events(text, [hama, district, ...COUNTRY_PLACES]);
    expect(p.map((e) => [e.location, e.fatalities])).toEqual([['Kafr Zita', 6]]);
  });
  test('"on the road between X and Y": one event, near X', () => {
    const p = events('A roadside bomb was defused on the road between Tel Nour and Beit Alam on Monday.');
    expect(p.map((e) => [e.location, e.geo_precision])).toEqual([['Tel Nour', 2]]);
  });
  test('"The caches were found near X" places the seizure told at country level', () => {
    const text =
      'Troops seized three weapons caches in Syria on Tuesday. The caches were found in tunnels near Tel Nour.';
    expect(events(text).map((e) => [e.sub_event_type, e.location, e.geo_precision])).toEqual([
      ['Disrupted weapons use', 'Tel Nour', 2],
    ]);
  });
  test('"In the Hama region, … the village of X": a loosely read X abroad takes its namesake inside the region', () => {
    const text = 'In the Hama region, militants abducted a farmer from the village of Dayr Hafa on Monday.';
    const hama = HAMA;
    const abroad: PlaceSpec = {
      text: 'Dayr Hafa',
      name: 'Dar Hafez',
      geonameid: 41,
      countryCode: 'LB',
      lat: 33.9,
      lon: 35.6,
    };
    const home = candidate({
      text: 'Dayr Hafa',
      name: 'Deir Hafer',
      geonameid: 42,
      countryCode: 'SY',
      admin1: '05',
      lat: 35.2,
      lon: 36.9,
    });
    const mentions = mentionsFor(text, [hama, abroad, ...COUNTRY_PLACES]).map((m) =>
      m.text === 'Dayr Hafa' ? { ...m, alternatives: [...m.alternatives, home] } : m,
    );
    const r = detectEvents(testArticle(text), mentions, { geo: fakeGeo({ countries: COUNTRIES }) });
    expect(r.events.features.map((f) => [f.properties.location, f.properties.country])).toEqual([
      ['Deir Hafer', 'Syria'],
    ]);
  });
});
