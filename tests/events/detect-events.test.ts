import { check } from '@placemarkio/check-geojson';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEFAULT_MIN_CONFIDENCE, detectEvents } from '../../src/events/detect-events.js';
import { COUNTRIES, COUNTRY_PLACES, fakeGeo, mentionsFor, type PlaceSpec, testArticle } from './helpers.js';

const article = (text: string, published = '2025-06-11') => testArticle(text, { published });
const PLACES: PlaceSpec[] = [
  { text: 'Daraya', geonameid: 1, lat: 33.46, lon: 36.24, countryCode: 'SY' },
  { text: 'Douma', geonameid: 2, lat: 33.57, lon: 36.4, countryCode: 'SY' },
  ...COUNTRY_PLACES,
];
const run = (text: string, opts = {}) =>
  detectEvents(article(text), mentionsFor(text, PLACES), { geo: fakeGeo({ countries: COUNTRIES }), ...opts });

describe('detectEvents', () => {
  test('output is deterministic and independent of mention order', () => {
    const text = 'Shelling hit Daraya on Monday. Clashes erupted in Douma on Tuesday, killing four fighters.';
    const a = run(text);
    const mentions = mentionsFor(text, PLACES).reverse();
    const b = detectEvents(article(text), mentions, { geo: fakeGeo({ countries: COUNTRIES }) });
    expect(b).toEqual(a);
    expect(a.events.features.map((f) => f.properties.location)).toEqual(['Daraya', 'Douma']);
    expect(new Set(a.events.features.map((f) => f.properties.event_id)).size).toBe(2);
    expect(a.events.features[1].properties.fatalities).toBe(4);
  });

  test('sentences without a trigger, or with a place only mentioned, make no event', () => {
    expect(run('Residents of Daraya returned home on Monday.').events.features).toEqual([]);
    expect(run('The Syrian embassy in Daraya said talks would resume.').events.features).toEqual([]);
    expect(run('Officials warned that strikes on Douma could resume.').events.features).toEqual([]);
  });

  test('no date phrase: the report week, precision 2', () => {
    const p = run('Shelling hit Daraya.').events.features[0].properties;
    expect([p.date_start, p.date_end, p.time_precision]).toEqual(['2025-06-05', '2025-06-11', 2]);
  });

  test('data problems become issues, not exceptions', () => {
    const text = 'Shelling hit Daraya on Monday.';
    const bad = [{ start: 0, end: 5, text: 'Nowhere', role: 'place' as const, place: null, alternatives: [] }];
    const r = detectEvents(article(text), [...bad, ...mentionsFor(text, PLACES)]);
    expect(r.issues.some((i) => i.severity === 'warning' && i.message.includes('does not match'))).toBe(true);
    expect(r.events.features).toHaveLength(1);
    const undated = detectEvents(article(text, ''), mentionsFor(text, PLACES));
    expect(undated.events.features).toEqual([]);
    expect(undated.issues[0].severity).toBe('error');
  });

  test('minConfidence drops weak events', () => {
    const text = 'The army deployed troops in Daraya on Monday.';
    expect(run(text).events.features).toHaveLength(1);
    expect(run(text, { minConfidence: 0.9 }).events.features).toHaveLength(0);
    expect(DEFAULT_MIN_CONFIDENCE).toBeGreaterThan(0);
  });

  test('any text: valid GeoJSON, evidence is a slice of the text, confidence in 0..1 (property)', () => {
    const words = [
      'Shelling',
      'hit',
      'Daraya',
      'clashes',
      'in',
      'Douma',
      'on',
      'Monday',
      'killed',
      'three',
      'the',
      'raid',
      'Syria',
      ',',
      '.',
      '\n',
      '“',
      '”',
      'and',
      'protesters',
      'south',
      'of',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), (ws) => {
        const text = ws.join(' ');
        const r = run(text);
        check(JSON.stringify(r.events));
        for (const f of r.events.features) {
          const p = f.properties;
          expect(text.slice(p.evidence.start, p.evidence.end)).toBe(p.evidence.text);
          expect(p.confidence).toBeGreaterThanOrEqual(0);
          expect(p.confidence).toBeLessThanOrEqual(1);
          expect(p.date_start <= p.date_end).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
