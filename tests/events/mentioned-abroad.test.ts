// A place where hostages or prisoners are "held" is only mentioned: it does not put an event there (a rally in
// another city demanding their release); a country that qualifies someone ("a UK-based monitor") is not the
// attacker. Invented sentences and places.
import { describe, expect, test } from 'vitest';
import { detectEvents } from '../../src/events/detect-events.js';
import { COUNTRIES, COUNTRY_PLACES, fakeGeo, mentionsFor, type PlaceSpec, testArticle } from './helpers.js';

const PS = { countryCode: 'PS', featureClass: 'P', featureCode: 'PPL', admin1: '01' };
const PLACES: PlaceSpec[] = [
  { text: 'Beit Zara', geonameid: 41, lat: 31.42, lon: 34.35, ...PS },
  { text: 'Khirbet Nur', geonameid: 42, lat: 31.3, lon: 34.3, ...PS },
  { text: 'Tel Nof', geonameid: 51, lat: 32.08, lon: 34.78, countryCode: 'IL', featureClass: 'P', featureCode: 'PPLA' },
  ...COUNTRY_PLACES,
];
const TEXT = [
  'Israeli air strikes killed nine people in Khirbet Nur on Sunday, medics said.',
  'Tanks shelled the edge of Beit Zara on Sunday, residents said.',
  'Hundreds of protesters rallied in Tel Nof on Saturday demanding the release of hostages still held in Beit Zara.',
].join('\n');

function protestPlaces(text: string): string[] {
  const events = detectEvents(testArticle(text, { published: '2025-07-14' }), mentionsFor(text, PLACES), {
    geo: fakeGeo({ countries: COUNTRIES }),
  }).events.features;
  return events.filter((f) => f.properties.event_type === 'Protests').map((f) => f.properties.location);
}

describe('places merely mentioned', () => {
  test('hostages "still held in" a place do not put the rally there', () => {
    expect(protestPlaces(TEXT)).toEqual(['Tel Nof']);
  });

  test('a rally held in a place is there (the rule is about captives, not the word "held")', () => {
    expect(protestPlaces(TEXT.replace('still held in Beit Zara', 'held in Beit Zara last week'))).toEqual(['Tel Nof']);
    expect(protestPlaces('A rally was held in Beit Zara on Saturday against the strikes.')).toEqual(['Beit Zara']);
  });
});

describe('countries that qualify someone else', () => {
  const gb: PlaceSpec = {
    text: 'UK',
    geonameid: 2635167,
    featureClass: 'A',
    featureCode: 'PCLI',
    countryCode: 'GB',
    lat: 54,
    lon: -2,
    kind: 'area',
  };
  const actor1 = (text: string) =>
    detectEvents(testArticle(text, { published: '2025-03-10' }), mentionsFor(text, [...PLACES, gb]), {
      geo: fakeGeo({ countries: COUNTRIES }),
    }).events.features.map((f) => f.properties.actor1);

  test('"a UK-based monitor reports hundreds killed" has no British attacker', () => {
    expect(actor1('A UK-based monitor reports hundreds killed in Beit Zara since Thursday.')).toEqual(['']);
  });

  test('the country as the subject still is the attacker', () => {
    expect(actor1('The UK bombed Beit Zara on Sunday.')).toEqual(['Military Forces of the United Kingdom']);
  });
});
