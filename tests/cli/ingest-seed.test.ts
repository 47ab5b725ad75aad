// `geoevents ingest` on the seed articles: real GeoJSON that GDAL reads, with the events at Naqura and Dumayr.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';

describe('geoevents ingest on the seed articles', () => {
  const dir = tempDir('seed');
  const out = join(dir, 'events.geojson');
  const r = spawnSync(process.execPath, ['bin/geoevents.js', 'ingest', 'data/articles', '--out', out], {
    encoding: 'utf8',
  });

  it('exits 0 and writes valid RFC 7946 GeoJSON', () => {
    expect(r.status, r.stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(() => check(text)).not.toThrow();
  });

  it('has events at Naqura and at Dumayr, with evidence that slices the article text exactly', () => {
    const fc = JSON.parse(readFileSync(out, 'utf8'));
    const ids = fc.features.map((f: { properties: { geonameid: number } }) => f.properties.geonameid);
    expect(ids).toContain(278832);
    expect(ids).toContain(170589);
    const articles = [
      '01-lebanon-israel-hold-first-direct-talks-in-decades',
      '02-us-raid-allegedly-killed-syrian-undercover-agent-instead-of',
    ].map((f) => JSON.parse(readFileSync(`data/articles/${f}.json`, 'utf8')));
    for (const f of fc.features) {
      const a = articles.find((x) => x.id === f.properties.article_id);
      expect(a.text.slice(f.properties.evidence.start, f.properties.evidence.end)).toBe(f.properties.evidence.text);
    }
  });

  it('is read by GDAL', () => {
    const info = spawnSync('ogrinfo', ['-ro', '-al', '-so', out], { encoding: 'utf8' });
    expect(info.status, info.stderr).toBe(0);
    expect(info.stdout).toMatch(/Feature Count: [1-9]/);
  });

  it('is byte-identical on a second run', () => {
    const again = join(dir, 'again.geojson');
    spawnSync(process.execPath, ['bin/geoevents.js', 'ingest', 'data/articles', '--out', again, '--quiet'], {
      encoding: 'utf8',
    });
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(out, 'utf8'));
  });
});
