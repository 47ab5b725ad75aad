// Building the index: a user's own GeoNames dump is added, the build is deterministic, and --if-stale skips.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGazetteerFiles } from '../../src/gazetteer/build-files.js';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { tempDir } from '../temp-dir.js';

describe('gazetteer build', () => {
  const dir = tempDir('gaz');
  const first = buildGazetteerFiles({ outDir: dir, geonames: ['tests/fixtures/gazetteer/mini-SY.txt'] });

  it('adds the places of a GeoNames-format dump given with --geonames', () => {
    const gaz = loadGazetteer(dir);
    expect(first.stats.records).toBeGreaterThan(200_000);
    const c = gaz.lookup('Herbanafsa')[0];
    expect(c).toMatchObject({ geonameid: 99000001, countryCode: 'SY', admin1: 'SY.10', featureCode: 'PPL' });
    expect(gaz.lookup('Khan al-Shih')[0].geonameid).toBe(99000002);
    expect(gaz.lookup('Wadi Fixture')[0].kind).toBe('line');
  });

  it('skips the build when nothing changed (--if-stale)', () => {
    const again = buildGazetteerFiles({
      outDir: dir,
      geonames: ['tests/fixtures/gazetteer/mini-SY.txt'],
      ifStale: true,
    });
    expect(again.skipped).toBe(true);
  });

  it('rebuilds an index of an older format even when its inputs did not change (--if-stale)', () => {
    const manifest = join(dir, 'manifest.json');
    const m = JSON.parse(readFileSync(manifest, 'utf8'));
    writeFileSync(manifest, JSON.stringify({ ...m, version: m.version - 1 }));
    const again = buildGazetteerFiles({
      outDir: dir,
      geonames: ['tests/fixtures/gazetteer/mini-SY.txt'],
      ifStale: true,
    });
    expect(again.skipped).toBeFalsy();
    expect(JSON.parse(readFileSync(manifest, 'utf8')).version).toBe(m.version);
  });

  it('writes byte-identical files for the same inputs', () => {
    const other = tempDir('gaz');
    buildGazetteerFiles({ outDir: other, geonames: ['tests/fixtures/gazetteer/mini-SY.txt'] });
    for (const f of ['gazetteer.bin', 'geometries.json', 'countries.json']) {
      expect(readFileSync(join(other, f)).equals(readFileSync(join(dir, f))), f).toBe(true);
    }
  });

  it('rejects a file that is not a GeoNames dump with a message naming the line', () => {
    expect(() => buildGazetteerFiles({ outDir: dir, geonames: ['tests/fixtures/gazetteer/README.md'] })).toThrow(
      /README\.md:1: expected 19 tab-separated GeoNames columns/,
    );
  });
});
