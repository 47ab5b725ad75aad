/** `geoevents ingest`: articles in, a FeatureCollection of events out. */
import { parseArgs } from 'node:util';
import { exportAs, isExportFormat } from '../export/formats.js';
import { csvtFor } from '../export/csv.js';
import { loadGazetteer } from '../gazetteer/load.js';
import { readArticles } from '../ingest/read-files.js';
import { runPipeline } from '../pipeline.js';
import { checkOutput, type Io, isoDateOption, printable, UsageError, writeOutput } from './io.js';

export const INGEST_HELP = `Usage: geoevents ingest <files|folders…> [--out FILE] [--format geojson|geojsonseq|csv|kml]
                        [--published YYYY-MM-DD] [--publisher NAME] [--no-merge] [--quiet]
  Read articles (.txt captures, .json/.jsonl records, .html pages, .rss/.xml feeds), find their places and
  events, and write the events (stdout by default). With --out the file is written atomically; a CSV also
  gets a .csvt sidecar so GDAL/QGIS type the columns. Data problems are reported on stderr, one per line.
  --published  date for articles that carry none (relative dates resolve against it)
  --publisher  publisher name for articles that carry none
  --no-merge   keep duplicate reports of the same event as separate events
  --quiet      no progress or issue lines on stderr
`;

export async function ingestCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      format: { type: 'string', default: 'geojson' },
      published: { type: 'string' },
      publisher: { type: 'string' },
      'no-merge': { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    io.stdout(INGEST_HELP);
    return 0;
  }
  const format = values.format ?? 'geojson';
  if (!isExportFormat(format)) throw new UsageError(`unknown format "${format}"; use geojson, geojsonseq, csv or kml.`);
  if (positionals.length === 0)
    throw new UsageError('ingest needs at least one file or folder; see `geoevents ingest --help`.');
  const published = isoDateOption(values.published);
  checkOutput(values.out);
  const articles = readArticles(positionals, { published, publisher: values.publisher });
  const gaz = loadGazetteer();
  const say = (s: string) => {
    if (!values.quiet) io.stderr(`${printable(s.replace(/\n$/, ''))}\n`);
  };
  const { events, issues } = runPipeline(articles, gaz, {
    merge: !values['no-merge'],
    progress: (done, total) => {
      if (total >= 20 && (done % 50 === 0 || done === total)) say(`${done}/${total} articles\n`);
    },
  });
  for (const i of issues)
    if (i.severity !== 'info')
      say(`${i.severity}: ${i.articleId ?? ''}${i.start !== undefined ? `:${i.start}-${i.end}` : ''} ${i.message}\n`);
  await writeOutput(values.out, exportAs(events, format), io);
  if (values.out && format === 'csv') await writeOutput(values.out.replace(/\.csv$/i, '') + '.csvt', csvtFor(), io);
  say(`${events.features.length} events from ${articles.length} articles${values.out ? ` → ${values.out}` : ''}\n`);
  return 0;
}
