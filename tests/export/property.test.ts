/** Property tests: arbitrary (bounded) event collections, including hostile strings, through every serialiser. */
import { check } from '@placemarkio/check-geojson';
import fc from 'fast-check';
import type { Polygon, Position } from 'geojson';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ringArea2 } from '../../src/export/common.js';
import { toCSV, toGeoJSON, toGeoJSONSeq, toKML } from '../../src/export/index.js';
import type { ConflictEvent, EventCollection } from '../../src/types.js';
import { checkXml, KML_ELEMENTS } from './helpers.js';

/** Text mixing markup, CSV/XML metacharacters, control characters and (possibly lone) surrogates. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom('<', '>', '&', '"', "'", ',', '\n', '\r', ']]>', '=', '-', '@', '\x1e', 'é', '🔥', ' ', 'a'),
    maxLength: 20,
  }),
);
const lon = fc.double({ min: -180, max: 180, noNaN: true });
const lat = fc.double({ min: -90, max: 90, noNaN: true });
const day = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const ring: fc.Arbitrary<Position[]> = fc
  .array(fc.tuple(lon, lat), { minLength: 3, maxLength: 6 })
  .map((pts) => [...pts, pts[0]]);

const event: fc.Arbitrary<ConflictEvent> = fc
  .record({
    lon,
    lat,
    text: hostile,
    notes: hostile,
    location: hostile,
    actor: hostile,
    start: day,
    end: day,
    fatalities: fc.nat({ max: 1000 }),
    geonameid: fc.option(fc.integer({ min: -1000, max: 20_000_000 })),
    area: fc.option(ring),
    alternatives: fc.array(fc.record({ name: hostile, score: fc.double({ min: 0, max: 1, noNaN: true }) }), {
      maxLength: 3,
    }),
  })
  .map((r) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [r.lon, r.lat] },
    properties: {
      event_id: 'E',
      event_date: r.start,
      date_start: r.start,
      date_end: r.end,
      time_precision: 1,
      event_type: 'Battles',
      sub_event_type: 'Armed clash',
      actor1: r.actor,
      actor2: '',
      location: r.location,
      admin1: '',
      country: 'Testland',
      iso: '999',
      geo_precision: 1,
      fatalities: r.fatalities,
      notes: r.notes,
      source: 'Test',
      source_url: '',
      article_id: 'a',
      evidence: { text: r.text, start: 0, end: r.text.length },
      geonameid: r.geonameid,
      latitude: r.lat,
      longitude: r.lon,
      confidence: 0.5,
      alternatives: r.alternatives.map((a, k) => ({
        geonameid: k,
        name: a.name,
        countryCode: 'XX',
        featureCode: 'PPL',
        lat: r.lat,
        lon: r.lon,
        score: a.score,
        reasons: [],
      })),
      ...(r.area ? { area: { type: 'Polygon', coordinates: [r.area] } as Polygon } : {}),
    },
  }));

const collection: fc.Arbitrary<EventCollection> = fc.array(event, { maxLength: 8 }).map((features) => ({
  type: 'FeatureCollection',
  features: features.map((f, i) => ({ ...f, properties: { ...f.properties, event_id: `E-${i}` } })),
}));

describe('export properties', () => {
  it('toGeoJSON validates, round-trips text and rounds/rewinds; GeoJSONSeq has one record per event', () => {
    fc.assert(
      fc.property(collection, (events) => {
        const out = toGeoJSON(events);
        check(out);
        const parsed = JSON.parse(out) as EventCollection;
        expect(parsed.features).toHaveLength(events.features.length);
        parsed.features.forEach((f, i) => {
          const [x, y] = f.geometry.coordinates;
          expect(Math.abs(x - events.features[i].geometry.coordinates[0])).toBeLessThanOrEqual(5e-7);
          expect(Math.abs(y - events.features[i].geometry.coordinates[1])).toBeLessThanOrEqual(5e-7);
          expect(f.properties.event_id).toBe(events.features[i].properties.event_id);
          const area = f.properties.area as Polygon | undefined;
          if (area) expect(ringArea2(area.coordinates[0])).toBeGreaterThanOrEqual(0);
        });
        expect(toGeoJSONSeq(events).split('\x1e')).toHaveLength(events.features.length + 1);
        expect(toGeoJSON(events)).toBe(out);
      }),
      { numRuns: 100 },
    );
  });

  it('toCSV parses back with papaparse to one row per event with the same ids and counts', () => {
    fc.assert(
      fc.property(collection, (events) => {
        const parsed = Papa.parse<Record<string, string>>(toCSV(events), { header: true, skipEmptyLines: true });
        expect(parsed.errors).toEqual([]);
        expect(parsed.data).toHaveLength(events.features.length);
        parsed.data.forEach((row, i) => {
          const p = events.features[i].properties;
          expect(row.event_id).toBe(p.event_id);
          expect(Number(row.fatalities)).toBe(p.fatalities);
          expect(row.geonameid).toBe(p.geonameid === null ? '' : String(p.geonameid));
          expect(JSON.parse(row.alternatives)).toHaveLength(p.alternatives.length);
        });
      }),
      { numRuns: 100 },
    );
  });

  it('toKML is well-formed: no data "<", "&" or forbidden character escapes into the markup', () => {
    fc.assert(
      fc.property(collection, (events) => {
        const kml = toKML(events);
        const names = checkXml(kml, KML_ELEMENTS);
        expect(names.filter((n) => n === 'Placemark')).toHaveLength(events.features.length);
      }),
      { numRuns: 100 },
    );
  });
});
