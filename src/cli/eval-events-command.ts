/** `geoevents eval-events`: event placement and dating on UCDP GED-style records. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evalEvents } from '../events/eval-events.js';
import { loadGazetteer } from '../gazetteer/load.js';
import { InputError, makeArticle } from '../ingest/article.js';
import { runPipeline } from '../pipeline.js';
import { decodeEntities } from '../ingest/html-text.js';
import { focusOption, type Io, UsageError } from './io.js';

export const EVAL_EVENTS_HELP = `Usage: geoevents eval-events <ucdp.jsonl> [--json] [--limit N]
  For records whose headline names the gold place (headline_names_place) with where_prec ≤ 2: the share with an
  event from that headline within 25 km of the gold point whose date range covers the gold date.
  --focus CC[,CC]  countries the records are about (ISO2), as an analyst would set their area of interest
  --json           full result with one line per record
`;

export async function evalEventsCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      limit: { type: 'string' },
      focus: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
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
  const focusCountries = focusOption(values.focus);
  const gaz = loadGazetteer();
  const result = evalEvents(rows, (row) => {
    // Headlines scraped from the web keep HTML entities ("Dar&#8217;a"): decode them as ingest does for HTML.
    const text = decodeEntities(row.text);
    const article = makeArticle({
      id: String(row.id),
      title: text,
      text,
      published: row.source_date,
      published_basis: 'metadata',
      publisher: row.source_office,
    });
    return runPipeline([article], gaz, { merge: false, resolve: { focusCountries } }).events.features;
  });
  if (values.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  else {
    const { per_row: _rows, ...summary } = result as typeof result & { per_row?: unknown };
    io.stdout(`${JSON.stringify(summary)}\n`);
  }
  return 0;
}
