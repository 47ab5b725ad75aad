/**
 * Every kind of bad input through the real command line (`node bin/geoevents.js`, compiled dist/): the exit code,
 * one clear line on stderr (never a stack trace or raw control characters), and nothing left in the --out folder
 * (no output file, no .csvt sidecar, no temporary file). tests/cli/cli.test.ts has the basic cases; these are the rest.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';

const MB = 1024 * 1024;
const tmp = () => tempDir('bad');

interface Run {
  code: number | null;
  out: string;
  err: string;
  timedOut: boolean;
}

function cli(args: string[], opts: { input?: string | Buffer; timeout?: number } = {}): Run {
  const r = spawnSync(process.execPath, ['bin/geoevents.js', ...args], {
    input: opts.input,
    encoding: 'utf8',
    timeout: opts.timeout ?? 60_000,
    maxBuffer: 256 * MB,
    env: { ...process.env, GEOEVENTS_DEBUG: '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr, timedOut: r.signal !== null };
}

/** Exit 2 and exactly one line on stderr, matching `msg`, with no stack frame and no control characters. */
function expectCleanFailure(r: Run, msg: RegExp): void {
  expect(r.timedOut, 'the command did not finish').toBe(false);
  expect(r.code, r.err).toBe(2);
  expect(r.err.endsWith('\n')).toBe(true);
  expect(r.err.trimEnd().split('\n')).toHaveLength(1);
  expect(r.err).not.toMatch(/^\s+at /m);
  expect(r.err.trimEnd()).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  expect(r.err).toMatch(msg);
}

/** A fresh output folder and the file to write in it. */
function outPath(name = 'events.geojson'): { dir: string; file: string } {
  const dir = tmp();
  return { dir, file: join(dir, name) };
}

/** The output folder is exactly as it was: no output, no .csvt, no half-written or temporary file. */
const expectEmpty = (dir: string) => expect(readdirSync(dir)).toEqual([]);

function input(name: string, content: string | Buffer): string {
  const file = join(tmp(), name);
  writeFileSync(file, content);
  return file;
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

describe('geoevents ingest: bad input → exit 2, one line, no output file', () => {
  it.each([
    ['binary data named .json', 'in.json', PNG, /binary/],
    ['binary data named .html', 'in.html', Buffer.concat([Buffer.from('<html>'), PNG]), /binary/],
    ['invalid UTF-8 in HTML', 'in.html', Buffer.from([...Buffer.from('<p>Homs '), 0xff, 0xfe, 0x3c]), /UTF-8/],
    ['an overlong UTF-8 encoding', 'in.txt', Buffer.from([0x41, 0xc0, 0xaf, 0x42]), /UTF-8/],
    ['a UTF-8-encoded lone surrogate', 'in.txt', Buffer.from([0x41, 0xed, 0xa0, 0x80, 0x42]), /UTF-8/],
    ['truncated UTF-8 at the end', 'in.txt', Buffer.from([0x41, 0xe2, 0x82]), /UTF-8/],
    ['an empty .json file', 'in.json', Buffer.alloc(0), /empty/],
    ['a 0-byte .txt file', 'in.txt', Buffer.alloc(0), /empty|no article text/],
    ['a byte-order mark only', 'in.txt', Buffer.from([0xef, 0xbb, 0xbf]), /empty|no article text/],
    ['JSON with an empty text', 'in.json', '{"title":"T","text":""}', /no article text/],
    ['JSON whose text is not a string', 'in.json', '{"title":"T","text":5}', /no "text" string/],
    [
      'a JSON array holding a number',
      'in.json',
      '[{"text":"Clashes in Homs."}, 3]',
      /in\.json\[1\]: expected an article object/,
    ],
    ['JSON null', 'in.json', 'null', /expected an article object/],
    [
      'a JSON line that is broken',
      'in.jsonl',
      '{"text":"Clashes in Homs."}\n{"text": "x\n',
      /in\.jsonl:2: malformed JSON line/,
    ],
    ['malformed JSON quoting control characters', 'in.json', '\u001b[31m\n\u0007{', /malformed JSON/],
    [
      '100k nested JSON arrays',
      'in.json',
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      /expected an article object|malformed JSON/,
    ],
    ['HTML without markup', 'in.html', 'Clashes in Homs on Monday, no tags at all.', /no HTML markup/],
    [
      'HTML with no article text',
      'in.html',
      '<html><body><script>var x = 1;</script></body></html>',
      /no article text/,
    ],
    [
      'an HTML page with an empty body',
      'in.htm',
      '<html><head><title>T</title></head><body>  </body></html>',
      /no article text/,
    ],
    [
      'a feed without items',
      'in.rss',
      '<?xml version="1.0"?><rss><channel><title>F</title></channel></rss>',
      /no <item> or <entry>/,
    ],
    ['a feed whose items are empty', 'in.xml', '<rss><item></item><item> </item></rss>', /no article text/],
  ])('%s', (_name, file, content, msg) => {
    const { dir, file: out } = outPath();
    const r = cli(['ingest', input(file, content), '--out', out, '--published', '2025-12-03']);
    expectCleanFailure(r, msg);
    expectEmpty(dir);
  });

  it('a missing folder, a folder with no articles, a folder of hidden files', () => {
    const { dir, file: out } = outPath();
    expectCleanFailure(cli(['ingest', join(tmp(), 'no-such-folder'), '--out', out]), /no such file or folder/);
    const empty = tmp();
    writeFileSync(join(empty, 'photo.png'), PNG);
    mkdirSync(join(empty, 'sub'));
    writeFileSync(join(empty, 'sub', 'notes.docx'), 'x');
    expectCleanFailure(cli(['ingest', empty, '--out', out]), /the folder has no article files/);
    const hidden = tmp();
    writeFileSync(join(hidden, '.draft.txt'), 'Clashes in Homs.');
    expectCleanFailure(cli(['ingest', hidden, '--out', out]), /the folder has no article files/);
    expectEmpty(dir);
  });

  it('a CSV export that fails leaves neither the .csv nor the .csvt', () => {
    const { dir, file: out } = outPath('events.csv');
    expectCleanFailure(cli(['ingest', input('in.json', PNG), '--format', 'csv', '--out', out]), /binary/);
    expectEmpty(dir);
  });

  it('--out into a missing folder or onto a folder → exit 2 and no temporary file', () => {
    const article = input('a.txt', 'Clashes in Homs.');
    expectCleanFailure(cli(['ingest', article, '--out', join(tmp(), 'missing', 'x.geojson')]), /does not exist/);
    const { dir } = outPath();
    mkdirSync(join(dir, 'taken.geojson'));
    const r = cli(['ingest', article, '--out', join(dir, 'taken.geojson'), '--published', '2025-12-03']);
    expectCleanFailure(r, /taken\.geojson/);
    expect(readdirSync(dir)).toEqual(['taken.geojson']);
    expect(readdirSync(join(dir, 'taken.geojson'))).toEqual([]);
  });

  it('a 50 MB text is refused at once with the 20 MB limit', () => {
    const big = input('big.txt', Buffer.alloc(50 * MB, 'Clashes in Homs. '));
    const { dir, file: out } = outPath();
    const r = cli(['ingest', big, '--out', out], { timeout: 20_000 });
    expectCleanFailure(r, /50\.0 MB is over the 20 MB limit/);
    expectEmpty(dir);
    // The same limit for export and geoparse (file and stdin).
    expectCleanFailure(
      cli(['export', big, '--format', 'csv', '--out', out], { timeout: 20_000 }),
      /over the 20 MB limit/,
    );
    expectCleanFailure(cli(['geoparse', big], { timeout: 20_000 }), /over the 20 MB limit/);
    expectCleanFailure(
      cli(['geoparse', '-'], { input: readFileSync(big), timeout: 20_000 }),
      /stdin: .*over the 20 MB limit/,
    );
    expectEmpty(dir);
  });

  it('article ids and messages with control characters stay on their own line', () => {
    const file = input('in.json', JSON.stringify({ id: 'x\n\u001b[2Jy\u0007', title: 'T', text: 'Clashes in Homs.' }));
    const r = cli(['ingest', file]);
    expect(r.code).toBe(0);
    expect(r.err).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    for (const line of r.err.trimEnd().split('\n')) expect(line).toMatch(/^(warning|error|info): |^\d+ events from/);
  });
});

describe('geoevents ingest: awkward but valid input', () => {
  it('an article with no places → exit 0, an empty FeatureCollection, one summary line at most', () => {
    const file = input('calm.txt', 'A quiet day\n\nThe weather was pleasant and everyone stayed at home.\n');
    const { dir, file: out } = outPath();
    const r = cli(['ingest', file, '--out', out, '--published', '2025-12-03']);
    expect(r.code, r.err).toBe(0);
    expect(r.err.trimEnd().split('\n').length).toBeLessThanOrEqual(1);
    expect(r.err).not.toMatch(/^\s+at /m);
    expect(readdirSync(dir)).toEqual(['events.geojson']);
    const fc = check(readFileSync(out, 'utf8'));
    expect(fc).toMatchObject({ type: 'FeatureCollection', features: [] });
    const stdout = cli(['ingest', file, '--published', '2025-12-03', '--quiet']);
    expect(stdout.code).toBe(0);
    expect(stdout.err).toBe('');
    expect(check(stdout.out)).toMatchObject({ type: 'FeatureCollection', features: [] });
  });

  it('a folder whose sub-folders have no articles, or loop back through a link, is read once', () => {
    const root = tmp();
    writeFileSync(
      join(root, 'a.txt'),
      'Shelling\n\nIsraeli air strikes hit the village of Naqura in southern Lebanon.',
    );
    mkdirSync(join(root, 'images'));
    writeFileSync(join(root, 'images', 'map.png'), PNG);
    symlinkSync(root, join(root, 'loop'));
    symlinkSync(join(root, 'nowhere'), join(root, 'dangling'));
    const r = cli(['ingest', root, '--published', '2025-12-03']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).not.toMatch(/^\s+at /m);
    expect(check(r.out).type).toBe('FeatureCollection');
    expect(r.err).toMatch(/from 1 articles/);
  });

  it('malformed HTML with an unclosed comment and unclosed tags is read quickly as text', () => {
    const html = `<html><body><p>Clashes in Homs.</p>${'<!-- <p '.repeat(100_000)}`;
    const r = cli(['ingest', input('page.html', html), '--published', '2025-12-03'], { timeout: 60_000 });
    expect(r.timedOut).toBe(false);
    expect(r.code, r.err).toBe(0);
    expect(check(r.out).type).toBe('FeatureCollection');
  });

  it('a 1 MB single line → exit 0 or a clean exit 2, never a stack trace or a hang', () => {
    const unit = 'Officials in Beirut and Damascus met on Monday to discuss water and trade. ';
    const line = unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
    const { dir, file: out } = outPath();
    const r = cli(['ingest', input('line.txt', line), '--out', out, '--published', '2025-12-03'], { timeout: 90_000 });
    expect(r.timedOut, '1 MB single line did not finish within 90 s').toBe(false);
    expect([0, 2]).toContain(r.code);
    expect(r.err).not.toMatch(/^\s+at /m);
    if (r.code === 0) expect(check(readFileSync(out, 'utf8')).type).toBe('FeatureCollection');
    else expectEmpty(dir);
  });
});

describe('geoevents export: malformed GeoJSON → exit 2, one line, no output', () => {
  const point = (geometry: unknown, properties: unknown = {}) =>
    JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry, properties }] });
  it.each([
    ['truncated JSON', '{"type":"FeatureCollection","features":[', /malformed JSON/],
    ['an empty file', '', /malformed JSON/],
    [
      'a Feature instead of a collection',
      JSON.stringify({ type: 'Feature', geometry: null, properties: {} }),
      /not a GeoJSON FeatureCollection/,
    ],
    ['features that are not an array', '{"type":"FeatureCollection","features":{}}', /not a GeoJSON FeatureCollection/],
    [
      'a LineString feature',
      point({
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      }),
      /feature 0 is not a Point feature/,
    ],
    ['a null geometry', point(null), /feature 0 is not a Point feature/],
    ['text coordinates', point({ type: 'Point', coordinates: ['36.7', '34.7'] }), /feature 0 has invalid coordinates/],
    ['a one-number position', point({ type: 'Point', coordinates: [36.7] }), /feature 0 has invalid coordinates/],
    ['null properties', point({ type: 'Point', coordinates: [36.7, 34.7] }, null), /feature 0 has no properties/],
    ['binary data', PNG, /binary/],
    ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0x7d]), /UTF-8/],
  ])('%s', (_name, content, msg) => {
    for (const format of ['csv', 'kml']) {
      const { dir, file: out } = outPath(`events.${format}`);
      expectCleanFailure(cli(['export', input('in.geojson', content), '--format', format, '--out', out]), msg);
      expectEmpty(dir);
    }
  });

  it('a missing file or a folder', () => {
    const { dir, file: out } = outPath();
    expectCleanFailure(cli(['export', join(tmp(), 'none.geojson'), '--out', out]), /no such file/);
    expectCleanFailure(cli(['export', tmp(), '--out', out]), /cannot read \(EISDIR\)/);
    expectEmpty(dir);
  });

  it('odd but well-formed events (hostile keys, a broken area, wrong types) export in every format', () => {
    const props = {
      event_id: 'e1',
      event_date: '2025-12-03',
      constructor: 'x',
      toString: 5,
      area: { type: 'Polygon', coordinates: [[['a', 1]]] },
      alternatives: 'not a list',
      evidence: 'not an object',
      fatalities: '3',
      notes: '=cmd|" /c calc"!A1',
    };
    const file = input(
      'odd.geojson',
      `\uFEFF${point({ type: 'Point', coordinates: [36.7, 34.7] }, props).replace('"constructor"', '"__proto__":{"event_id":"evil"},"constructor"')}`,
    );
    const run = (format: string) => {
      const r = cli(['export', file, '--format', format]);
      expect(r.code, `${format}: ${r.err}`).toBe(0);
      expect(r.err).toBe('');
      return r.out;
    };
    // "__proto__" stays a data member: it never becomes the prototype that event_id would be read from.
    const fc = check(run('geojson')) as unknown as { features: { properties: Record<string, unknown> }[] };
    expect(fc.features[0].properties.event_id).toBe('e1');
    expect(fc.features[0].properties.area).toBeNull();
    expect(JSON.parse(run('geojsonseq').slice(1)).properties.event_id).toBe('e1');
    const csv = Papa.parse<Record<string, string>>(run('csv'), { header: true, skipEmptyLines: true });
    expect(csv.data).toHaveLength(1);
    expect(csv.data[0].event_id).toBe('e1');
    expect(csv.data[0].notes.startsWith("'=")).toBe(true);
    expect(run('kml')).toContain('<Data name="event_id"><value>e1</value></Data>');
  });
});

describe('geoevents geoparse: bad input → exit 2, one line', () => {
  it.each([
    ['a missing file', () => ['geoparse', join(tmp(), 'none.txt')], undefined, /no such file/],
    ['an empty file', () => ['geoparse', input('e.txt', '   \n\t')], undefined, /the text is empty/],
    ['binary stdin', () => ['geoparse', '-'], PNG, /stdin: looks like a binary file/],
    [
      'invalid UTF-8 on stdin',
      () => ['geoparse', '--json', '-'],
      Buffer.from([0x48, 0x6f, 0x6d, 0x73, 0xc3]),
      /stdin: is not valid UTF-8/,
    ],
    [
      'a malformed --jsonl line',
      () => ['geoparse', '--jsonl'],
      '{"id":1,"text":"Homs"}\n{"id":2,',
      /stdin line 2: malformed JSON/,
    ],
    ['a --jsonl line without text', () => ['geoparse', '--jsonl'], '{"id":1}\n', /stdin line 1: no "text" string/],
  ])('%s', (_name, args, stdin, msg) => {
    expectCleanFailure(cli(args(), { input: stdin }), msg);
  });
});

describe('a reader that stops early', () => {
  it('`geoevents … | head`: the command stops quietly with exit code 0, no stack trace', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, ['bin/geoevents.js', 'gazetteer', 'lookup', 'Tripoli', '--limit', '500'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (c) => {
      err += c;
    });
    // Read nothing and close the pipe at once, as `head -0` would.
    child.stdout.destroy();
    const code = await new Promise<number | null>((res) => child.on('close', (c) => res(c)));
    expect(err).toBe('');
    expect(code).toBe(0);
  });
});
