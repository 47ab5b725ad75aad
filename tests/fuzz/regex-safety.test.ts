/**
 * Adversarial inputs for catastrophic backtracking and quadratic scans in every text-scanning step (ingest, tokenize,
 * recognition, sentences and clauses, taxonomy, fatalities, actors, dates, the whole pipeline and the exports).
 *
 * A synchronous hang cannot be interrupted by vitest's timeout, so each input runs in a worker thread
 * (regex-runner.mjs) on a fresh compile of src/; a step that does not return within HANG_MS is reported as hung and the
 * worker is terminated, then the remaining steps continue in a new worker. HANG_MS is a hang detector, not a
 * benchmark: a linear step takes a few seconds at most on these inputs, even on a busy machine.
 * Each step must also not throw (an InputError from parseInput is allowed).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
// A hang detector, not a timing test: generous so a loaded CI machine never trips it, far below what quadratic
// work on these inputs takes (minutes to hours).
const HANG_MS = Number(process.env.HANG_MS ?? 60_000);
const KB = 1024;
const MB = 1024 * KB;

const fill = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);

/** The inputs: name → text. */
const CASES: [string, () => string][] = [
  [
    '1 MB single line of prose naming places',
    () => fill('Officials in Beirut and Damascus met on Monday to discuss water. ', MB),
  ],
  [
    '1 MB single line of event reports',
    () => fill('Shelling hit Tripoli on Monday and clashes killed 3 in Aleppo ', MB),
  ],
  ['1 MB single word', () => 'a'.repeat(MB)],
  ["200k '<'", () => '<'.repeat(200_000)],
  ["200k '&#'", () => '&#'.repeat(200_000)],
  ["200k 'a-'", () => 'a-'.repeat(200_000)],
  ["200k '('", () => '('.repeat(200_000)],
  ['200k capital letters', () => 'A'.repeat(200_000)],
  ['100k capital letters with spaces', () => 'A '.repeat(100_000)],
  ['150k capitalised place names', () => 'Aleppo '.repeat(150_000)],
  ['capitalised word soup', () => fill('Tripoli Naqura Dumayr Aleppo Washington Qxz Al-Bab ', MB)],
  ["200k 'U.S.' in prose", () => 'U.S. '.repeat(200_000)],
  ["200k 'U.S.' without spaces", () => 'U.S.'.repeat(200_000)],
  ['50k nested tags', () => `${'<div>'.repeat(50_000)}Clashes in Homs${'</div>'.repeat(50_000)}`],
  ['50k unclosed comments', () => '<!--'.repeat(50_000)],
  ['50k unclosed <script>', () => '<script>'.repeat(50_000)],
  ['100k unterminated <p', () => '<p '.repeat(100_000)],
  ['30k unclosed <article><p><b>', () => '<article class="article-body"><p><b>Clashes in Homs. '.repeat(30_000)],
  ['100k unterminated <link', () => '<link rel="canonical" '.repeat(20_000)],
  ['50k <item> without closing tags', () => `<rss>${'<item><title>t</title>'.repeat(20_000)}</rss>`],
  ["200k '.'", () => '.'.repeat(200_000)],
  ["200k '!?'", () => '!?'.repeat(100_000)],
  ["200k ';' then a comma", () => `Shelling hit Homs${';'.repeat(200_000)}, and clashes erupted in Hama`],
  ["30k ', and '", () => 'Clashes in Homs, and '.repeat(10_000)],
  ['200k spaces inside a sentence', () => `Clashes in Homs${' '.repeat(200_000)}and Hama.`],
  ['1M newlines', () => `${'\n'.repeat(1_000_000)}Clashes in Homs.`],
  ['200k quotes', () => '"“'.repeat(100_000)],
  ["150k 'killed'", () => 'killed '.repeat(150_000)],
  ['digits', () => '1'.repeat(200_000)],
  ['long number words', () => 'twenty-one hundred thousand '.repeat(8_000)],
  ['repeated dates', () => 'on Monday, 3 December 2025 and last week '.repeat(5_000)],
];

let compiled: string;

beforeAll(() => {
  // Compile the current sources (not a possibly stale dist/) inside the package, so data/ and node_modules resolve.
  const cache = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  compiled = mkdtempSync(join(cache, 'geoevents-regex-safety-'));
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json', '--outDir', compiled],
    { cwd: ROOT, encoding: 'utf8' },
  );
  // tsc emits despite type errors; only a missing output is fatal here (typecheck is a separate check).
  if (!existsSync(join(compiled, 'src', 'pipeline.js'))) throw new Error(`tsc failed: ${r.stdout}${r.stderr}`);
}, 180_000);

afterAll(() => {
  if (compiled) rmSync(compiled, { recursive: true, force: true });
});

/** Runs every step on `text`; returns the problems: steps that hung or threw. */
async function runSteps(text: string): Promise<string[]> {
  const problems: string[] = [];
  const root = `${pathToFileURL(compiled).href}/`;
  let from = 0;
  for (;;) {
    const outcome = await new Promise<{ next: number | null }>((resolve) => {
      // A 1 MB stack like the command line's main thread (workers default to 4 MB), so deep recursion or a huge
      // spread (f(...array)) throws here as it would in `geoevents ingest`.
      const worker = new Worker(new URL('./regex-runner.mjs', import.meta.url), {
        workerData: { root, text, from },
        resourceLimits: { stackSizeMb: 1 },
      });
      let current = { index: from, name: '(loading modules)' };
      let timer: NodeJS.Timeout | undefined;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          problems.push(`${current.name}: did not finish within ${HANG_MS / 1000} s (hang or quadratic time)`);
          void worker.terminate();
          resolve({ next: current.index + 1 });
        }, HANG_MS);
      };
      arm();
      worker.on('message', (m: { type: string; index: number; name: string; error?: string | null }) => {
        if (m.type === 'start') {
          current = m;
          arm();
        } else if (m.type === 'end') {
          if (m.error) problems.push(`${m.name}: threw ${m.error}`);
        } else if (m.type === 'done') {
          clearTimeout(timer);
          void worker.terminate();
          resolve({ next: null });
        }
      });
      worker.on('error', (e) => {
        clearTimeout(timer);
        problems.push(`${current.name}: crashed the worker: ${e.message}`);
        resolve({ next: current.index + 1 });
      });
    });
    if (outcome.next === null) return problems;
    from = outcome.next;
  }
}

describe('adversarial inputs never hang or throw', () => {
  for (const [name, make] of CASES) {
    it(name, { timeout: 30 * HANG_MS }, async () => {
      expect(await runSteps(make())).toEqual([]);
    });
  }
});
