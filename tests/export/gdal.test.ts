/**
 * Round trips through GDAL (gdal-bin): each export is read by ogrinfo, converted to GeoPackage and back to GeoJSON,
 * and every event and scalar value must survive. Skipped with a warning when ogrinfo is missing, except on CI.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvtFor, toCSV, toGeoJSON, toGeoJSONSeq, toKML } from '../../src/export/index.js';
import type { EventCollection } from '../../src/types.js';
import { loadFixture } from './helpers.js';

const HAS_GDAL = ['ogrinfo', 'ogr2ogr'].every((cmd) => spawnSync(cmd, ['--version']).status === 0);
const HAS_LIBKML = HAS_GDAL && /LIBKML/.test(execFileSync('ogrinfo', ['--formats'], { encoding: 'utf8' }));

if (!HAS_GDAL) {
  console.warn(
    'tests/export/gdal.test.ts: GDAL round trips SKIPPED — `ogrinfo`/`ogr2ogr` not found (apt install gdal-bin).',
  );
}

it.runIf(!HAS_GDAL && !!process.env.CI)('GDAL is installed on CI', () => {
  expect.fail('ogrinfo/ogr2ogr are required on CI for the export round-trip tests');
});

type Props = Record<string, unknown>;

function run(cmd: string, args: string[]): string {
  const res = spawnSync(cmd, args, { encoding: 'utf8' });
  if (res.status !== 0 || /\bERROR\b/.test(res.stderr)) {
    throw new Error(`${cmd} ${args.join(' ')} failed (${res.status}):\n${res.stderr}`);
  }
  return res.stdout;
}

/** `ogrinfo -ro -al -so`: feature count and field types. */
function summary(file: string): { count: number; types: Record<string, string>; text: string } {
  const text = run('ogrinfo', ['-ro', '-al', '-so', file]);
  const count = Number(/Feature Count: (\d+)/.exec(text)?.[1]);
  const types = Object.fromEntries([...text.matchAll(/^(\w+): ([\w()]+) \(/gm)].map((m) => [m[1], m[2]]));
  return { count, types, text };
}

/** file → GeoPackage → GeoJSON, parsed. */
function viaGeoPackage(dir: string, file: string): FeatureCollection<Geometry | null, Props> {
  const gpkg = join(dir, `${file.split('/').pop()}.gpkg`);
  const back = `${gpkg}.geojson`;
  run('ogr2ogr', ['-f', 'GPKG', gpkg, file]);
  run('ogr2ogr', ['-f', 'GeoJSON', back, gpkg]);
  return JSON.parse(readFileSync(back, 'utf8'));
}

const isoDay = (v: unknown) => String(v).replace(/\//g, '-').slice(0, 10);
const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);

describe.skipIf(!HAS_GDAL)('GDAL round trips', () => {
  let dir: string;
  let fc: EventCollection;
  /** What we exported, as plain objects: the expected values. */
  let expected: Feature<Geometry, Props>[];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'geoevents-gdal-'));
    fc = loadFixture();
    expected = JSON.parse(toGeoJSON(fc)).features;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function write(name: string, data: string): string {
    const file = join(dir, name);
    writeFileSync(file, data);
    return file;
  }

  const cases = [
    { label: 'GeoJSON', name: 'events.geojson', make: (c: EventCollection) => toGeoJSON(c) },
    { label: 'GeoJSONSeq (RS)', name: 'events.geojsons', make: (c: EventCollection) => toGeoJSONSeq(c) },
    { label: 'GeoJSONSeq (LF)', name: 'events.geojsonl', make: (c: EventCollection) => toGeoJSONSeq(c, { rs: false }) },
  ];

  for (const { label, name, make } of cases) {
    it(`${label}: ogrinfo sees every event with typed fields, and every value survives GPKG and back`, () => {
      const file = write(name, make(fc));
      const s = summary(file);
      expect(s.count).toBe(fc.features.length);
      expect(s.text).toMatch(/Geometry: Point/);
      expect(s.types).toMatchObject({
        event_date: 'Date',
        date_start: 'Date',
        date_end: 'Date',
        fatalities: 'Integer',
        geonameid: 'Integer',
        latitude: 'Real',
        longitude: 'Real',
        evidence: 'String(JSON)',
      });
      const back = viaGeoPackage(dir, file).features;
      expect(back).toHaveLength(expected.length);
      back.forEach((f, i) => {
        const want = expected[i];
        expect(f.geometry).toEqual(want.geometry);
        for (const [key, value] of Object.entries(want.properties)) {
          const got = f.properties[key];
          if (['event_date', 'date_start', 'date_end'].includes(key)) expect(isoDay(got)).toBe(value);
          else if (value !== null && typeof value === 'object') expect(json(got)).toEqual(value);
          else expect(got).toEqual(value);
        }
      });
    });
  }

  it('CSV + .csvt: typed columns, WKT geometry (points and the area polygon), every value survives', () => {
    const file = write('events.csv', toCSV(fc));
    write('events.csvt', csvtFor());
    const s = summary(file);
    expect(s.count).toBe(fc.features.length);
    expect(s.types).toMatchObject({
      event_id: 'String',
      event_date: 'Date',
      year: 'Integer',
      date_start: 'Date',
      date_end: 'Date',
      fatalities: 'Integer',
      latitude: 'Real',
      longitude: 'Real',
      geonameid: 'Integer',
      confidence: 'Real',
      evidence_text: 'String',
    });
    const back = viaGeoPackage(dir, file).features;
    expect(back).toHaveLength(expected.length);
    back.forEach((f, i) => {
      const want = expected[i].properties;
      const p = f.properties;
      const ev = want.evidence as { text: string; start: number; end: number };
      expect(p.event_id).toBe(want.event_id);
      for (const key of ['event_date', 'date_start', 'date_end']) expect(isoDay(p[key])).toBe(want[key]);
      expect(p.year).toBe(Number(String(want.event_date).slice(0, 4)));
      for (const key of ['fatalities', 'latitude', 'longitude', 'geonameid', 'confidence', 'time_precision']) {
        expect(p[key]).toEqual(want[key]);
      }
      for (const key of [
        'event_type',
        'sub_event_type',
        'actor1',
        'actor2',
        'country',
        'iso',
        'admin1',
        'location',
        'source_url',
      ]) {
        expect(p[key]).toBe(want[key]);
      }
      // Formula-like notes carry the documented apostrophe; everything else is verbatim.
      const notes = String(want.notes);
      expect(p.notes).toBe(/^[=+\-@\t\r]/.test(notes) ? `'${notes}` : notes);
      expect(p.evidence_text).toBe(ev.text);
      expect([p.evidence_start, p.evidence_end]).toEqual([ev.start, ev.end]);
      expect(json(p.alternatives)).toEqual(want.alternatives);
      expect(f.geometry).toEqual(want.area ?? expected[i].geometry);
    });
    const area = back[1].geometry as Polygon;
    expect(area.type).toBe('Polygon');
  });

  it('KML: every Placemark read, TimeStamp/TimeSpan understood, ExtendedData values survive GPKG and back', () => {
    const kml = toKML(fc);
    const file = write('events.kml', kml);
    const s = summary(file);
    expect(s.count).toBe(fc.features.length);
    expect(kml).toContain('<TimeSpan><begin>2024-03-10</begin><end>2024-03-16</end></TimeSpan>');
    expect(kml).toContain('<TimeStamp><when>2024-03-05</when></TimeStamp>');
    const back = viaGeoPackage(dir, file).features;
    expect(back).toHaveLength(expected.length);
    back.forEach((f, i) => {
      const want = expected[i].properties;
      const p = f.properties;
      for (const key of ['event_id', 'event_date', 'actor1', 'notes', 'location', 'source_url']) {
        expect(p[key]).toBe(want[key]);
      }
      expect(p.evidence_text).toBe((want.evidence as { text: string }).text);
      for (const key of ['fatalities', 'latitude', 'longitude']) expect(Number(p[key])).toBe(want[key]);
      expect(p.geonameid ?? '').toBe(want.geonameid === null ? '' : String(want.geonameid));
      expect(f.geometry?.type).toBe(want.area ? 'GeometryCollection' : 'Point');
    });
    if (HAS_LIBKML) {
      // The LIBKML driver maps TimeStamp to `timestamp` and TimeSpan to `begin`/`end`.
      expect(s.types).toMatchObject({ timestamp: 'DateTime', begin: 'DateTime', end: 'DateTime' });
      expect(isoDay(back[0].properties.timestamp)).toBe('2024-03-05');
      expect(isoDay(back[1].properties.begin)).toBe('2024-03-10');
      expect(isoDay(back[1].properties.end)).toBe('2024-03-16');
      expect(back[1].properties.timestamp ?? null).toBeNull();
    }
  });
});
