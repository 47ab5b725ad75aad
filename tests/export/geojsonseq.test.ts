import { check } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { toGeoJSON, toGeoJSONSeq } from '../../src/export/index.js';
import { loadFixture } from './helpers.js';

describe('toGeoJSONSeq', () => {
  it('frames one Feature per record with RS … LF (RFC 8142) by default', () => {
    const fc = loadFixture();
    const out = toGeoJSONSeq(fc);
    const records = out.split('\x1e');
    expect(records[0]).toBe('');
    expect(records.slice(1)).toHaveLength(fc.features.length);
    for (const [i, rec] of records.slice(1).entries()) {
      expect(rec.endsWith('\n')).toBe(true);
      expect(rec.slice(0, -1)).not.toContain('\n');
      const feature = check(rec);
      expect(feature.type).toBe('Feature');
      expect((feature as unknown as { properties: { event_id: string } }).properties.event_id).toBe(
        fc.features[i].properties.event_id,
      );
    }
  });

  it('writes newline-delimited GeoJSON with { rs: false }', () => {
    const fc = loadFixture();
    const out = toGeoJSONSeq(fc, { rs: false });
    expect(out).not.toContain('\x1e');
    const lines = out.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(fc.features.length);
  });

  it('serialises the same features as toGeoJSON', () => {
    const fc = loadFixture();
    const fromCollection = toGeoJSON(fc)
      .split('\n')
      .slice(1, -2)
      .map((l) => l.replace(/,$/, ''));
    expect(toGeoJSONSeq(fc, { rs: false }).trimEnd().split('\n')).toEqual(fromCollection);
  });

  it('cannot be broken by RS or newlines inside data, and is empty for no events', () => {
    const fc = loadFixture();
    fc.features[0].properties.notes = 'a\x1eb\nc';
    expect(toGeoJSONSeq(fc).split('\x1e')).toHaveLength(fc.features.length + 1);
    expect(toGeoJSONSeq({ type: 'FeatureCollection', features: [] })).toBe('');
  });
});
