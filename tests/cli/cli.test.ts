// The `geoevents` command as a user runs it: real process, real files, exit codes and one-line errors.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';

const cli = (args: string[], opts: { input?: string; env?: Record<string, string> } = {}) => {
  const r = spawnSync(process.execPath, ['bin/geoevents.js', ...args], {
    input: opts.input,
    encoding: 'utf8',
    env: { ...process.env, ...opts.env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const tmp = () => tempDir('cli');
const oneLineError = (err: string) => {
  expect(err.trim().split('\n')).toHaveLength(1);
  expect(err).not.toMatch(/\n\s+at /);
};

describe('geoevents CLI', () => {
  it('prints help for the command and each subcommand', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['ingest', 'geoparse', 'gazetteer', 'export', 'eval']) expect(r.out).toContain(c);
    for (const c of ['ingest', 'geoparse', 'export', 'eval', 'eval-events'])
      expect(cli([c, '--help']).out).toMatch(/Usage:/);
  });

  it('geoparse --json lists Naqura as GeoNames 278832, with offsets into the input', () => {
    const file = 'data/articles/01-lebanon-israel-hold-first-direct-talks-in-decades.json';
    const text = JSON.parse(readFileSync(file, 'utf8')).text as string;
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), text);
    const r = cli(['geoparse', '--json', join(dir, 'a.txt')]);
    expect(r.code).toBe(0);
    const tops = JSON.parse(r.out) as {
      text: string;
      start: number;
      end: number;
      geonameid: number;
      alternatives: unknown[];
    }[];
    const naqura = tops.find((t) => t.text === 'Naqura');
    expect(naqura?.geonameid).toBe(278832);
    for (const t of tops) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('geoparse --jsonl answers one line per input line, in order', () => {
    const input = [
      '{"id":"a","text":"Clashes in Homs and Hama."}',
      '{"id":"b","text":"Talks in Naqoura, Lebanon."}',
    ].join('\n');
    const r = cli(['geoparse', '--jsonl'], { input });
    expect(r.code).toBe(0);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[1].toponyms.map((t: { geonameid: number }) => t.geonameid)).toContain(278832);
  });

  it('eval scores demonyms by default and leaves them out with --no-demonyms', () => {
    const text = 'Lebanese troops moved into Naqoura on Monday.';
    const at = (name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, name });
    const gold = [
      { ...at('Lebanese'), lat: 33.8, lon: 35.8 },
      { ...at('Naqoura'), lat: 33.12, lon: 35.14 },
    ];
    const dir = tmp();
    writeFileSync(join(dir, 'c.jsonl'), `${JSON.stringify({ id: 'a', text, toponyms: gold })}\n`);
    const recall = (args: string[]) => {
      const r = cli(['eval', join(dir, 'c.jsonl'), '--json', ...args]);
      expect(r.code).toBe(0);
      return JSON.parse(r.out).geoevents.recall as number;
    };
    expect(recall([])).toBe(1);
    expect(recall(['--no-demonyms'])).toBe(0.5);
  });

  it('gazetteer lookup ranks Dmeir → 170589, Badiyat al-Sham as an area, Litani as the Lebanese river', () => {
    expect(JSON.parse(cli(['gazetteer', 'lookup', 'Dmeir', '--json']).out)[0].geonameid).toBe(170589);
    expect(JSON.parse(cli(['gazetteer', 'lookup', 'Badiyat al-Sham', '--json']).out)[0].kind).toBe('area');
    const litani = JSON.parse(cli(['gazetteer', 'lookup', 'Litani', '--json']).out);
    expect(litani[0]).toMatchObject({ countryCode: 'LB', kind: 'line' });
  });

  it('a missing or corrupt index says how to rebuild it', () => {
    const dir = tmp();
    const missing = cli(['gazetteer', 'lookup', 'Homs'], { env: { GEOEVENTS_INDEX_DIR: dir } });
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/geoevents gazetteer build/);
    oneLineError(missing.err);
    writeFileSync(join(dir, 'gazetteer.bin'), 'GEVXgarbage');
    const corrupt = cli(['gazetteer', 'lookup', 'Homs'], { env: { GEOEVENTS_INDEX_DIR: dir } });
    expect(corrupt.code).toBe(2);
    expect(corrupt.err).toMatch(/Rebuild it with `npx geoevents gazetteer build`/);
    oneLineError(corrupt.err);
  });

  it.each([
    ['a missing file', ['ingest', 'no/such.txt'], /no such file/],
    ['an unknown format', ['ingest', 'data/articles', '--format', 'shp'], /unknown format/],
    ['an unknown command', ['frobnicate'], /unknown command/],
    ['an unknown option', ['ingest', '--frob', 'data/articles'], /Unknown option/i],
    ['a bad date', ['ingest', 'data/articles', '--published', '3 Dec'], /YYYY-MM-DD/],
  ])('%s → exit 2 and one clear line', (_n, args, msg) => {
    const r = cli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(msg as RegExp);
    oneLineError(r.err);
  });

  it.each([
    ['binary data', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), /binary/],
    ['invalid UTF-8', Buffer.from([0x61, 0xc3, 0x28, 0x62]), /UTF-8/],
    ['malformed JSON', Buffer.from('{"text": "x"'), /malformed JSON/],
    ['an empty article', Buffer.from('  \n'), /empty/],
  ])('ingest of %s → exit 2, one line, no output file', (_n, bytes, msg) => {
    const dir = tmp();
    const input = join(dir, String(_n).includes('JSON') ? 'in.json' : 'in.txt');
    writeFileSync(input, bytes as Buffer);
    const out = join(dir, 'out.geojson');
    const r = cli(['ingest', input, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(msg as RegExp);
    oneLineError(r.err);
    expect(existsSync(out)).toBe(false);
  });

  it('export of malformed GeoJSON → exit 2 and no output', () => {
    const dir = tmp();
    writeFileSync(
      join(dir, 'bad.geojson'),
      '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[500,1]},"properties":{}}]}',
    );
    const r = cli(['export', join(dir, 'bad.geojson'), '--format', 'csv', '--out', join(dir, 'x.csv')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/invalid coordinates/);
    expect(existsSync(join(dir, 'x.csv'))).toBe(false);
  });
});
