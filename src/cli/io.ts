/** CLI plumbing: usage errors, reading inputs, writing outputs atomically. */
import { readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { existsSync } from 'node:fs';
import { writeFileAtomic } from '../export/write-atomic.js';
import { InputError } from '../ingest/article.js';
import { checkSize, decodeText } from '../ingest/decode.js';

export class UsageError extends Error {}

/**
 * Text from the data (file names, article ids, parser messages quoting the input) made safe for one terminal line:
 * control characters (line breaks, ESC sequences that could rewrite the terminal) become spaces.
 */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
}

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: () => Promise<Uint8Array>;
}

export const processIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  },
};

export async function readInputText(path: string, io: Io): Promise<string> {
  if (path === '-') return decodeText(await io.stdin(), 'stdin');
  if (!existsSync(path)) throw new InputError(`${path}: no such file.`);
  let bytes: Buffer;
  try {
    // Check the size first: a huge file is refused without reading it.
    checkSize(statSync(path).size, path);
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
  }
  return decodeText(bytes, path);
}

/** Write to a file atomically (never a half-written file), or to stdout when `out` is absent or "-". */
export async function writeOutput(out: string | undefined, data: string, io: Io): Promise<void> {
  if (!out || out === '-') {
    io.stdout(data.endsWith('\n') ? data : `${data}\n`);
    return;
  }
  checkOutput(out);
  await writeFileAtomic(out, data);
}

/** Fails early (before any work) when --out cannot be written: a missing folder, or a folder in its place. */
export function checkOutput(out: string | undefined): void {
  if (!out || out === '-') return;
  if (!existsSync(dirname(out) || '.')) throw new InputError(`${out}: the folder ${dirname(out)} does not exist.`);
  if (existsSync(out) && statSync(out).isDirectory()) throw new InputError(`${out}: is a folder; give a file name.`);
}

export function positiveInt(v: string | undefined, name: string, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} takes a whole number ≥ 1, not "${v}".`);
  return n;
}

export function isoDateOption(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`)))
    throw new UsageError(`--published takes a date as YYYY-MM-DD, not "${v}".`);
  return v;
}

/** `--focus SY,LB`: the countries the user's documents are about (ISO 3166-1 alpha-2). */
export function focusOption(v: string | undefined): string[] | undefined {
  if (v === undefined) return undefined;
  const codes = v
    .split(',')
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
  for (const c of codes)
    if (!/^[A-Z]{2}$/.test(c)) throw new UsageError(`--focus takes ISO country codes like SY,LB, not "${c}".`);
  return codes;
}
