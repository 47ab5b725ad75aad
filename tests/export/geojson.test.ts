import { check } from '@placemarkio/check-geojson';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ringArea2 } from '../../src/export/common.js';
import { toGeoJSON, toGeoJSONSeq } from '../../src/export/index.js';
import type { EventCollection, EventProperties } from '../../src/types.js';
import { loadFixture } from './helpers.js';

type Parsed = FeatureCollection<Point, EventProperties & { area?: Polygon | MultiPolygon | null }>;

const parse = (s: string) => JSON.parse(s) as Parsed;

describe('toGeoJSON', () => {
  it('is valid RFC 7946 GeoJSON (check-geojson) with every event, in input order', () => {
    const fc = loadFixture();
    const out = toGeoJSON(fc);
    expect(() => check(out)).not.toThrow();
    const parsed = parse(out);
    expect(parsed.type).toBe('FeatureCollection');
    expect(parsed.features.map((f) => f.properties.event_id)).toEqual(fc.features.map((f) => f.properties.event_id));
    expect(out).not.toContain('"crs"');
    expect(out.endsWith('\n')).toBe(true);
  });

  it('rounds coordinates and latitude/longitude to 6 decimals, [lon, lat] order', () => {
    const f = parse(toGeoJSON(loadFixture())).features[0];
    expect(f.geometry.coordinates).toEqual([36.610412, 35.813499]);
    expect(f.properties.longitude).toBe(36.610412);
    expect(f.properties.latitude).toBe(35.813499);
    const area = parse(toGeoJSON(loadFixture())).features[1].properties.area as Polygon;
    for (const [x, y] of area.coordinates[0]) {
      expect(Math.round(x * 1e6) / 1e6).toBe(x);
      expect(Math.round(y * 1e6) / 1e6).toBe(y);
    }
  });

  it('puts a bbox [minLon, minLat, maxLon, maxLat] on the collection and none when empty', () => {
    const parsed = parse(toGeoJSON(loadFixture()));
    expect(parsed.bbox).toEqual([-4.5533, -1.6792, 37.8028, 48.0159]);
    const empty = toGeoJSON({ type: 'FeatureCollection', features: [] });
    expect(empty).toBe('{"type":"FeatureCollection","features":[]}\n');
    expect(() => check(empty)).not.toThrow();
  });

  it('rewinds area polygons to the right-hand rule (exterior CCW, holes CW) without touching the input', () => {
    const fc = loadFixture();
    const input = fc.features[1].properties.area as Polygon;
    expect(ringArea2(input.coordinates[0])).toBeLessThan(0); // the fixture is clockwise on purpose
    const before = JSON.stringify(fc);
    const area = parse(toGeoJSON(fc)).features[1].properties.area as Polygon;
    expect(area.type).toBe('Polygon');
    expect(ringArea2(area.coordinates[0])).toBeGreaterThan(0);
    expect(area.coordinates[0][0]).toEqual(area.coordinates[0][area.coordinates[0].length - 1]);
    expect(JSON.stringify(fc)).toBe(before);

    const square = (x: number, y: number, s: number, ccw: boolean) => {
      const r = [
        [x, y],
        [x + s, y],
        [x + s, y + s],
        [x, y + s],
        [x, y],
      ];
      return ccw ? r : r.reverse();
    };
    fc.features[1].properties.area = {
      type: 'MultiPolygon',
      coordinates: [[square(0, 0, 10, false), square(2, 2, 2, true)], [square(20, 20, 1, false)]],
    };
    const multi = parse(toGeoJSON(fc)).features[1].properties.area as MultiPolygon;
    expect(multi.coordinates.map((p) => p.map((r) => Math.sign(ringArea2(r))))).toEqual([[1, -1], [1]]);
  });

  it('keeps nested objects as JSON and dates as ISO strings', () => {
    const fc = loadFixture();
    (fc.features[0].properties as unknown as Record<string, unknown>).event_date = new Date('2024-03-05T00:00:00Z');
    const f = parse(toGeoJSON(fc)).features;
    expect(f[0].properties.event_date).toBe('2024-03-05');
    expect(f[0].properties.evidence).toEqual(loadFixture().features[0].properties.evidence);
    expect(f[0].properties.alternatives).toHaveLength(2);
    expect(f[3].properties.alternatives).toEqual([]);
    expect(f[3].properties.geonameid).toBeNull();
    expect(f[4].properties.corrections?.[0]).toEqual({
      field: 'fatalities',
      from: 8,
      to: 9,
      at: '2024-05-03T10:00:00Z',
    });
  });

  it('keeps untrusted text intact (JSON escaping only)', () => {
    const fc = loadFixture();
    const f = parse(toGeoJSON(fc)).features[2];
    expect(f.properties.evidence.text).toBe(fc.features[2].properties.evidence.text);
    expect(f.properties.notes).toBe(fc.features[2].properties.notes);
  });

  it('is deterministic: same input → identical bytes, whatever the key insertion order', () => {
    const fc = loadFixture();
    expect(toGeoJSON(fc)).toBe(toGeoJSON(fc));
    const shuffled: EventCollection = {
      type: 'FeatureCollection',
      features: fc.features.map((f) => {
        const entries = Object.entries(f.properties).reverse();
        const props = Object.fromEntries(
          entries.map(([k, v]) => [k, k === 'evidence' ? Object.fromEntries(Object.entries(v).reverse()) : v]),
        );
        return { properties: props as unknown as EventProperties, geometry: f.geometry, type: 'Feature' };
      }),
    };
    expect(toGeoJSON(shuffled)).toBe(toGeoJSON(fc));
    expect(toGeoJSONSeq(shuffled)).toBe(toGeoJSONSeq(fc));
  });

  it('replaces lone surrogates so the output is valid UTF-8', () => {
    const fc = loadFixture();
    fc.features[0].properties.notes = 'broken \uD800 pair';
    expect(parse(toGeoJSON(fc)).features[0].properties.notes).toBe('broken \uFFFD pair');
  });
});
