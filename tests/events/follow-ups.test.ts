// Follow-up sentences (src/events/follow-ups.ts) and "near" a province named like its town (province-town.ts).
// Invented sentences and place names.
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
  rolesIn as roles,
  testArticle,
  WIRE_PLACES as PLACES,
} from './helpers.js';

describe('an undated detail of a dated lead', () => {
  test('takes the day of the campaign told just before it', () => {
    const ev = events(
      'Turkish air strikes killed 14 people across Syria on Monday, officials said.\nA strike on a house in Tel Nour killed six members of one family.',
    );
    const detail = ev.find((e) => e.location === 'Tel Nour');
    expect(detail).toMatchObject({ date_start: '2016-05-09', date_end: '2016-05-09', time_precision: 1 });
  });
  test('of another kind, or further away, keeps the report week', () => {
    const ev = events(
      'Turkish air strikes killed 14 people in Beit Alam on Monday. Rebels fought troops in Kafr Saba. Fighting was reported elsewhere. A strike on a house in Tel Nour killed six people.',
    );
    expect(ev.find((e) => e.location === 'Kafr Saba')?.time_precision).toBe(2);
    expect(ev.find((e) => e.location === 'Tel Nour')?.time_precision).toBe(2);
  });
});

describe('actors told in the sentences around the event', () => {
  test('a claim of responsibility in the next sentence gives actor1', () => {
    expect(
      roles(
        'A suicide bomber killed seven people at a market in Tel Nour on Sunday. Islamic State claimed responsibility.',
      ),
    ).toEqual(['Suicide bomb @ Tel Nour: Islamic State > Civilians (Syria)']);
  });
  test('a drone strike without an agent stays without one, even in a story of the army’s fighting', () => {
    expect(
      roles(
        'Rebels and Syrian troops fought in Beit Alam on Sunday. A drone strike hit a bus near Tel Nour on Saturday, killing four civilians.',
      ),
    ).toContain('Air/drone strike @ Tel Nour:  > Civilians (Syria)');
  });
  test('the people arrested are civilians; a named group stays the target', () => {
    expect(roles('Police arrested 12 men in Tel Nour on Monday.')).toEqual([
      'Arrests @ Tel Nour: Police Forces of Syria > Civilians (Syria)',
    ]);
    expect(roles('Police arrested five Islamic State suspects in Tel Nour on Monday.')).toEqual([
      'Arrests @ Tel Nour: Police Forces of Syria > Islamic State',
    ]);
  });
  test('demolished buildings belong to civilians', () => {
    expect(roles('Turkish bulldozers demolished 20 buildings in Tel Nour on Monday.')[0]).toMatch(
      /> Civilians \(Syria\)$/,
    );
  });
});

describe('places told before', () => {
  test('arrests "in the operation" take the operation’s place, date and force', () => {
    const ev = events(
      'Turkish troops killed two men during a raid in Tel Nour on Monday. The army said soldiers had arrested 11 suspects in the operation.',
    );
    const arrest = ev.find((e) => e.sub_event_type === 'Arrests');
    expect(arrest).toMatchObject({
      location: 'Tel Nour',
      date_start: '2016-05-09',
      actor1: 'Military Forces of Turkey',
    });
  });
  test('troops deployed to a name told before as a region are placed there', () => {
    const places: PlaceSpec[] = [...PLACES, { text: 'Wadi Zor', geonameid: null }];
    const text =
      'Rebels clashed with troops in the Wadi Zor region near Tel Nour on Monday.\nThe army said on Tuesday it had deployed 4,000 troops to Wadi Zor.';
    const ev = detectIn(text, places).map((f) => f.properties);
    expect(ev.find((e) => e.sub_event_type === 'Other')?.location).toBe(
      ev.find((e) => e.sub_event_type === 'Armed clash')?.location,
    );
  });
  test('"near" a province named like its town is near the town', () => {
    const text = 'Turkish air strikes on two villages near Hama killed three people on Monday.';
    const province: PlaceSpec = {
      text: 'Hama',
      geonameid: 30,
      featureClass: 'A',
      featureCode: 'ADM1',
      countryCode: 'SY',
      admin1: '05',
      lat: 35.2,
      lon: 37.1,
      kind: 'area',
    };
    const town = candidate({ text: 'Hama', geonameid: 31, countryCode: 'SY', lat: 35.13, lon: 36.75 });
    const mentions = mentionsFor(text, [province, ...COUNTRY_PLACES]).map((m) =>
      m.text === 'Hama' ? { ...m, alternatives: [...m.alternatives, town] } : m,
    );
    const [e] = detectEvents(testArticle(text), mentions, { geo: fakeGeo({ countries: COUNTRIES }) }).events.features;
    expect(e.properties).toMatchObject({ geonameid: 31, geo_precision: 2 });
  });
});
