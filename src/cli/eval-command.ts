/** `geoevents eval`: geoparser accuracy on an annotated corpus, optionally beside the population baseline. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type DocResult, type GeoparseMetrics, type GoldToponym, geoparseMetrics } from '../eval/geoparse-metrics.js';
import { populationBaseline } from '../eval/population-baseline.js';
import { loadGazetteer } from '../gazetteer/load.js';
import { resolveIn } from '../geoparse.js';
import { recognize } from '../toponyms/recognize.js';
import { InputError } from '../ingest/article.js';
import type { ResolvedMention } from '../types.js';
import { type Io, UsageError } from './io.js';

export const EVAL_HELP = `Usage: geoevents eval <corpus.jsonl> [--baseline population] [--no-demonyms] [--json] [--limit N]
  Geoparser accuracy on a corpus of {"id","text","toponyms":[{"start","end","name","lat","lon"}]} lines
  (the format of GeoVirus / TR-News in shared/eval). Prints recognition precision/recall/F1 (span overlap),
  acc@161 of found toponyms, end-to-end acc@161 over all gold toponyms, mean/median error km and AUC.
  Every mention the geoparser returns is scored, demonyms ("Syrian" → Syria) included.
  --baseline population  also run the most-populous-candidate baseline (same recognition) in the same run
  --no-demonyms          leave demonyms out of the predictions (a corpus's demonyms then count as missed)
  --demonyms             accepted for older scripts; it is the default
`;

interface CorpusDoc {
  id: string;
  text: string;
  toponyms: GoldToponym[];
}

export function readCorpus(path: string): CorpusDoc[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new InputError(`${path}: no such corpus file.`);
  }
  return raw
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        const d = JSON.parse(l);
        if (typeof d.text !== 'string' || !Array.isArray(d.toponyms)) throw new Error('missing text or toponyms');
        return d as CorpusDoc;
      } catch (e) {
        throw new InputError(`${path}:${i + 1}: not a corpus line (${(e as Error).message}).`);
      }
    });
}

/** Which roles count as toponyms: places, places inside organisation names ("Kentucky State Police"), and demonyms
 * when asked (`eval` asks by default: they are part of the geoparser's output; `geoparse` lists them with --all). */
export function countsAsToponym(m: ResolvedMention, demonyms = false): boolean {
  return m.role === 'place' || m.role === 'in_organisation' || (demonyms && m.role === 'demonym');
}

export const toDoc = (gold: GoldToponym[], resolved: ResolvedMention[], demonyms = true): DocResult => ({
  gold,
  predicted: resolved
    .filter((m) => countsAsToponym(m, demonyms))
    .map((m) => ({ start: m.start, end: m.end, lat: m.place?.lat ?? null, lon: m.place?.lon ?? null })),
});

export async function evalCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      baseline: { type: 'string' },
      demonyms: { type: 'boolean' },
      'no-demonyms': { type: 'boolean' },
      json: { type: 'boolean' },
      limit: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    io.stdout(EVAL_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('eval takes one corpus file; see `geoevents eval --help`.');
  if (values.baseline && values.baseline !== 'population')
    throw new UsageError(`unknown baseline "${values.baseline}"; the one baseline is "population".`);
  const demonyms = !values['no-demonyms'];
  const docs = readCorpus(positionals[0]).slice(0, values.limit ? Number(values.limit) : undefined);
  const gaz = loadGazetteer();
  const ours: DocResult[] = [];
  const base: DocResult[] = [];
  const t0 = performance.now();
  for (const d of docs) {
    const mentions = recognize(d.text, gaz);
    ours.push(toDoc(d.toponyms, resolveIn(d.text, mentions, gaz), demonyms));
    if (values.baseline) base.push(toDoc(d.toponyms, populationBaseline(mentions, gaz), demonyms));
  }
  const result: { corpus: string; seconds: number; geoevents: GeoparseMetrics; baseline_population?: GeoparseMetrics } =
    {
      corpus: positionals[0],
      seconds: Math.round((performance.now() - t0) / 10) / 100,
      geoevents: geoparseMetrics(ours),
    };
  if (values.baseline) result.baseline_population = geoparseMetrics(base);
  if (values.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  else {
    const rows = Object.entries(result).filter(([, v]) => typeof v === 'object') as [string, GeoparseMetrics][];
    io.stdout(`${positionals[0]}: ${docs.length} documents\n`);
    for (const [name, m] of rows) {
      io.stdout(
        `${name.padEnd(20)} P ${m.precision}  R ${m.recall}  F1 ${m.f1}  acc@161 found ${m.acc161_found}  end-to-end ${m.acc161_end_to_end}  median ${m.median_error_km} km  AUC ${m.auc}\n`,
      );
    }
  }
  return 0;
}
