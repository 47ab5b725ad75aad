/** `geoevents geoparse`: the toponyms of one text, or of many as JSON lines. */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadGazetteer } from '../gazetteer/load.js';
import { countsAsToponym } from './eval-command.js';
import { geoparse } from '../geoparse.js';
import { InputError } from '../ingest/article.js';
import type { ResolvedMention } from '../types.js';
import { focusOption, type Io, isoDateOption, readInputText, UsageError } from './io.js';

export const GEOPARSE_HELP = `Usage:
  geoevents geoparse [--json] [--all] [--focus CC[,CC]] [--published YYYY-MM-DD] <file|->
      List the places a text names, each resolved against the gazetteer, with score and alternatives.
      --json       machine-readable output: an array of toponyms
      --all        also list demonyms ("Syrian" → Syria); places inside organisation names
                   ("Kentucky State Police") are listed with role "in_organisation"
      --focus      countries the text is about (ISO2, e.g. SY,LB), as an analyst sets an area of interest:
                   half of the country focus then comes from them (as for ingest and eval-events)
      --published  the article's date (accepted for symmetry with ingest; places do not depend on it)
  geoevents geoparse --jsonl [--all] [--focus CC[,CC]] < in.jsonl > out.jsonl
      Batch mode: each input line {"id","text","published"?} gives one output line {"id","toponyms":[…]}, in order.
Offsets (start, end) are UTF-16 code-unit indices into the input text (JavaScript string indices).
`;

export function toponymJson(m: ResolvedMention) {
  const p = m.place;
  return {
    text: m.text,
    start: m.start,
    end: m.end,
    role: m.role,
    geonameid: p ? p.geonameid : null,
    name: p ? p.name : null,
    featureClass: p ? p.featureClass : null,
    featureCode: p ? p.featureCode : null,
    countryCode: p ? p.countryCode : null,
    admin1: p ? p.admin1Name || p.admin1 : null,
    lat: p ? p.lat : null,
    lon: p ? p.lon : null,
    kind: p ? p.kind : null,
    score: p ? p.score : 0,
    reasons: p ? p.reasons : ['no candidate scored above the no-match threshold'],
    alternatives: m.alternatives.map((a) => ({
      geonameid: a.geonameid,
      name: a.name,
      featureCode: a.featureCode,
      countryCode: a.countryCode,
      lat: a.lat,
      lon: a.lon,
      score: a.score,
    })),
  };
}

export async function geoparseCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      jsonl: { type: 'boolean' },
      all: { type: 'boolean' },
      published: { type: 'string' },
      focus: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    io.stdout(GEOPARSE_HELP);
    return 0;
  }
  isoDateOption(values.published);
  const options = { resolve: { focusCountries: focusOption(values.focus) } };
  const keep = (m: ResolvedMention) => values.all || countsAsToponym(m);
  if (values.jsonl) {
    const gaz = loadGazetteer();
    const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
    let n = 0;
    for await (const line of rl) {
      n++;
      if (!line.trim()) continue;
      let row: { id?: unknown; text?: unknown };
      try {
        row = JSON.parse(line);
      } catch {
        throw new InputError(`stdin line ${n}: malformed JSON.`);
      }
      if (typeof row.text !== 'string') throw new InputError(`stdin line ${n}: no "text" string.`);
      const toponyms = geoparse(row.text, gaz, options).filter(keep).map(toponymJson);
      io.stdout(`${JSON.stringify({ id: row.id ?? n, toponyms })}\n`);
    }
    return 0;
  }
  if (positionals.length !== 1)
    throw new UsageError('geoparse takes one file (or - for stdin); see `geoevents geoparse --help`.');
  const text = await readInputText(positionals[0], io);
  if (!text.trim()) throw new InputError(`${positionals[0]}: the text is empty.`);
  const gaz = loadGazetteer();
  const toponyms = geoparse(text, gaz, options).filter(keep);
  if (values.json) {
    io.stdout(`${JSON.stringify(toponyms.map(toponymJson), null, 2)}\n`);
    return 0;
  }
  for (const m of toponyms) {
    const p = m.place;
    io.stdout(
      `${String(m.start).padStart(6)}-${String(m.end).padEnd(6)} ${m.text.padEnd(24)} ${p ? `${p.geonameid} ${p.name} (${p.featureCode}, ${p.countryCode}) ${p.lat},${p.lon} score ${p.score}` : 'no match'}\n`,
    );
  }
  if (toponyms.length === 0) io.stderr('no places found\n');
  return 0;
}
