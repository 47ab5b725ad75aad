/** `geoevents eval-events`: event placement and dating on UCDP GED-style records. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evalEvents } from '../events/eval-events.js';
import { loadGazetteer } from '../gazetteer/load.js';
import { InputError, makeArticle } from '../ingest/article.js';
import { runPipeline } from '../pipeline.js';
import { type Io, UsageError } from './io.js';

export const EVAL_EVENTS_HELP = `Usage: geoevents eval-events <ucdp.jsonl> [--json] [--limit N]
  For records whose headline names the gold place (headline_names_place) with where_prec ≤ 2: the share with an
  event from that headline within 25 km of the gold point whose date range covers the gold date.
`;

export async function evalEventsCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, limit: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) {
    io.stdout(EVAL_EVENTS_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('eval-events takes one JSON-lines file; see --help.');
  let raw: string;
  try {
    raw = readFileSync(positionals[0], 'utf8');
  } catch {
    throw new InputError(`${positionals[0]}: no such file.`);
  }
  const rows = raw
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l);
      } catch {
        throw new InputError(`${positionals[0]}:${i + 1}: malformed JSON line.`);
      }
    })
    .slice(0, values.limit ? Number(values.limit) : undefined);
  const gaz = loadGazetteer();
  const result = evalEvents(rows, (row) => {
    const article = makeArticle({
      id: String(row.id),
      title: row.text,
      text: row.text,
      published: row.source_date,
      published_basis: 'metadata',
      publisher: row.source_office,
    });
    return runPipeline([article], gaz, { merge: false }).events.features;
  });
  io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : `${JSON.stringify(result)}\n`);
  return 0;
}
