// `geoevents geoparse --focus CC[,CC]`: the analyst's area of interest decides an ambiguous name the text leaves open.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';

const cli = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, ['bin/geoevents.js', ...args], { input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const textFile = (text: string) => {
  const file = join(tempDir('focus'), 'a.txt');
  writeFileSync(file, text);
  return file;
};

const countryOf = (out: string, name: string) =>
  (JSON.parse(out) as { text: string; countryCode: string }[]).find((t) => t.text === name)?.countryCode;

describe('geoevents geoparse --focus', () => {
  const file = textFile('Fighting was reported in Tripoli on Monday.');

  it('without a focus, Tripoli alone is the Libyan capital', () => {
    const r = cli(['geoparse', '--json', file]);
    expect(r.code).toBe(0);
    expect(countryOf(r.out, 'Tripoli')).toBe('LY');
  });

  it('with --focus LB, Tripoli is the Lebanese city', () => {
    const r = cli(['geoparse', '--json', '--focus', 'LB', file]);
    expect(r.code).toBe(0);
    expect(countryOf(r.out, 'Tripoli')).toBe('LB');
  });

  it('applies to every line in --jsonl mode', () => {
    const input = `${JSON.stringify({ id: 'a', text: 'Shelling hit Tripoli.' })}\n`;
    const r = cli(['geoparse', '--jsonl', '--focus', 'lb,sy'], input);
    expect(r.code).toBe(0);
    const row = JSON.parse(r.out.trim()) as { id: string; toponyms: { text: string; countryCode: string }[] };
    expect(row.toponyms.find((t) => t.text === 'Tripoli')?.countryCode).toBe('LB');
  });

  it('rejects a code that is not ISO alpha-2 with one line and exit code 2', () => {
    const r = cli(['geoparse', '--focus', 'Lebanon', file]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('--focus');
  });
});
