// Places of short, headline-like reports: lists of places, containers that correct a misread name, "X’s countryside",
// armed groups whose names hold a place word, and two clauses of one sentence. Invented names, coordinates typed here.
import { describe, expect, test } from 'vitest';
import { detectEvents } from '../../src/events/detect-events.js';
import type { ResolvedMention } from '../../src/types.js';
import { COUNTRIES, COUNTRY_PLACES, candidate, fakeGeo, mentionsFor, type PlaceSpec, testArticle } from './helpers.js';

const article = (text: string) => testArticle(text, { title: text, id: 'h' });
const SY = { countryCode: 'SY', featureClass: 'P' };
const PLACES: PlaceSpec[] = [
  { text: 'Tel Nour', geonameid: 11, lat: 35.0, lon: 37.0, featureCode: 'PPLA', admin1: '01', ...SY },
  { text: 'Beit Alam', geonameid: 12, lat: 34.0, lon: 36.5, featureCode: 'PPLA', admin1: '02', ...SY },
  { text: 'Ras Hilal', geonameid: 13, lat: 36.0, lon: 38.5, featureCode: 'PPLA', admin1: '03', ...SY },
  // A neighbourhood name the resolver read as a town in another country.
  { text: 'Hay Sharq', geonameid: 14, lat: 41.0, lon: 29.0, countryCode: 'TR', featureClass: 'P', featureCode: 'PPL' },
  { text: 'Islam', geonameid: 15, lat: 63.5, lon: 27.2, countryCode: 'FI', featureClass: 'P', featureCode: 'PPL' },
  ...COUNTRY_PLACES,
];
const run = (text: string, mentions: ResolvedMention[] = mentionsFor(text, PLACES)) =>
  detectEvents(article(text), mentions, { geo: fakeGeo({ countries: COUNTRIES }) }).events.features.map((f) => ({
    type: f.properties.sub_event_type,
    location: f.properties.location,
    precision: f.properties.geo_precision,
  }));
const where = (text: string) => run(text).map((e) => e.location);

describe('headline places', () => {
  test('a comma list of places far apart is a list, not a place and its container', () => {
    expect(where('Suicide attacks hit Tel Nour, Beit Alam and Ras Hilal').sort()).toEqual([
      'Beit Alam',
      'Ras Hilal',
      'Tel Nour',
    ]);
  });

  test('"X countryside, Y": a list; the countryside makes X, not Y, approximate', () => {
    const events = run('Shelling on Tel Nour countryside, Beit Alam city and Ras Hilal');
    expect(events.map((e) => `${e.location} ${e.precision}`).sort()).toEqual([
      'Beit Alam 1',
      'Ras Hilal 1',
      'Tel Nour 2',
    ]);
  });

  test('a name read outside its stated container takes its alternative inside it', () => {
    const text = 'Shelling on Hay Sharq neighbourhood in Tel Nour';
    const mentions = mentionsFor(text, PLACES);
    const inside = candidate({ text: 'Hay Sharq', geonameid: 16, lat: 35.02, lon: 37.01, ...SY });
    const m = mentions.find((x) => x.text === 'Hay Sharq')!;
    m.alternatives = [m.place!, inside];
    const events = detectEvents(article(text), mentions).events.features;
    expect(events.map((e) => [e.properties.location, e.properties.iso, e.geometry.coordinates])).toEqual([
      ['Hay Sharq', 'SY', [37.01, 35.02]],
    ]);
  });

  test('without such an alternative the container stands for it', () => {
    expect(where('Shelling on Hay Sharq neighbourhood in Tel Nour')).toEqual(['Tel Nour']);
  });

  test('a country before "in X" is not X’s container', () => {
    expect(where('An Israel drone strike in Tel Nour hit a car')).toEqual(['Tel Nour']);
  });

  test('"X’s countryside" is a place near X, not an owner', () => {
    expect(run('Warplanes target Tel Nour’s countryside')).toEqual([
      { type: 'Air/drone strike', location: 'Tel Nour', precision: 2 },
    ]);
    expect(where('Tel Nour’s governor condemned the shelling')).toEqual([]);
  });

  test('a countryside with a side is that side of the town: a sector, its point 20 km out', () => {
    for (const text of [
      'Warplanes target Tel Nour’s western countryside',
      'Warplanes target the western countryside of Tel Nour',
      'Warplanes target western Tel Nour countryside',
    ]) {
      const [e] = detectEvents(article(text), mentionsFor(text, PLACES), {
        geo: fakeGeo({ countries: COUNTRIES }),
      }).events.features;
      expect(e.properties.location).toBe('Western countryside of Tel Nour');
      expect(e.properties.geo_precision).toBe(2);
      const [lon, lat] = e.geometry.coordinates;
      expect(lat).toBeCloseTo(35.0, 2);
      expect(lon).toBeCloseTo(37.0 - 20 / (111.32 * Math.cos((35 * Math.PI) / 180)), 2);
      expect(e.properties.area?.type).toBe('Polygon');
    }
    // Without a side the town stands for its countryside; "east of" keeps its own 25 km sector.
    expect(where('Clashes in the countryside of Tel Nour')).toEqual(['Tel Nour']);
  });

  test('a place word inside an armed group’s name is not a place', () => {
    expect(where('Clashes between the army and the Army of Islam in Beit Alam')).toEqual(['Beit Alam']);
  });

  test('two triggers of one sentence stay two events, even at the same place', () => {
    const types = run(
      'Nine people dead in a massacre by regime warplanes in Tel Nour and clashes in the south of Tel Nour',
    ).map((e) => e.type);
    expect(types.sort()).toEqual(['Air/drone strike', 'Armed clash']);
  });

  test('a bare event noun shares the place of the next event of its sentence', () => {
    const events = run('Airstrikes and shelling on Beit Alam');
    expect(events.map((e) => `${e.type} ${e.location}`).sort()).toEqual([
      'Air/drone strike Beit Alam',
      'Shelling/artillery/missile attack Beit Alam',
    ]);
  });

  test('"in X and south of Y": the relative area is one more place', () => {
    expect(where('Clashes in Beit Alam and south of Tel Nour').sort()).toEqual(['Beit Alam', 'South of Tel Nour']);
  });
});
