import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  exportAs,
  FORMAT_INFO,
  FORMATS,
  isExportFormat,
  toCSV,
  toGeoJSON,
  toGeoJSONSeq,
  toKML,
  writeFileAtomic,
  writeFileAtomicSync,
} from '../../src/export/index.js';
import type { ExportFormat } from '../../src/export/index.js';
import { loadFixture } from './helpers.js';

describe('exportAs / FORMATS', () => {
  it('dispatches to each serialiser', () => {
    const fc = loadFixture();
    expect(FORMATS).toEqual(['geojson', 'geojsonseq', 'csv', 'kml']);
    expect(exportAs(fc, 'geojson')).toBe(toGeoJSON(fc));
    expect(exportAs(fc, 'geojsonseq')).toBe(toGeoJSONSeq(fc));
    expect(exportAs(fc, 'csv')).toBe(toCSV(fc));
    expect(exportAs(fc, 'kml')).toBe(toKML(fc));
    expect(() => exportAs(fc, 'shp' as ExportFormat)).toThrow(/Unknown export format: shp/);
  });

  it('describes every format and validates names', () => {
    for (const f of FORMATS) expect(FORMAT_INFO[f].extension).toMatch(/^\.[a-z]+$/);
    expect(isExportFormat('csv')).toBe(true);
    expect(isExportFormat('CSV')).toBe(false);
    expect(isExportFormat('toString')).toBe(false);
  });
});

describe('writeFileAtomic', () => {
  const dir = mkdtempSync(join(tmpdir(), 'geoevents-write-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes and replaces a file, leaving no temporary files behind', async () => {
    const file = join(dir, 'events.geojson');
    writeFileSync(file, 'old');
    await writeFileAtomic(file, 'new ✓');
    expect(readFileSync(file, 'utf8')).toBe('new ✓');
    writeFileAtomicSync(file, new TextEncoder().encode('bytes'));
    expect(readFileSync(file, 'utf8')).toBe('bytes');
    expect(readdirSync(dir)).toEqual(['events.geojson']);
  });

  it('fails without touching anything when the directory does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'x.csv'), 'x')).rejects.toThrow(/ENOENT/);
    expect(() => writeFileAtomicSync(join(dir, 'missing', 'x.csv'), 'x')).toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual(['events.geojson']);
  });

  it('cleans up the temporary file when the rename fails', async () => {
    const target = join(dir, 'a-directory');
    mkdirSync(join(target, 'child'), { recursive: true });
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow();
    expect(() => writeFileAtomicSync(target, 'x')).toThrow();
    expect(readdirSync(dir).sort()).toEqual(['a-directory', 'events.geojson']);
  });
});
