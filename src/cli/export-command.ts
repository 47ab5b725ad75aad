/** `geoevents export`: convert an events GeoJSON file to another format. */
import { parseArgs } from 'node:util';
import { csvtFor } from '../export/csv.js';
import { exportAs, isExportFormat } from '../export/formats.js';
import { InputError } from '../ingest/article.js';
import type { EventCollection } from '../types.js';
import { checkOutput, type Io, readInputText, UsageError, writeOutput } from './io.js';

export const EXPORT_HELP = `Usage: geoevents export <events.geojson|-> --format geojson|geojsonseq|csv|kml [--out FILE]
  Convert events written by \`geoevents ingest\` (or exported from the map) to another format.
`;

export function parseEventCollection(text: string, name: string): EventCollection {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${name}: malformed JSON (${(e as Error).message.replace(/\s+/g, ' ')}).`);
  }
  const fc = data as EventCollection;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features))
    throw new InputError(`${name}: not a GeoJSON FeatureCollection.`);
  fc.features.forEach((f, i) => {
    if (f?.type !== 'Feature' || f.geometry?.type !== 'Point' || !Array.isArray(f.geometry.coordinates)) {
      throw new InputError(`${name}: feature ${i} is not a Point feature.`);
    }
    const [x, y] = f.geometry.coordinates;
    if (!Number.isFinite(x) || !Number.isFinite(y) || Math.abs(x) > 180 || Math.abs(y) > 90)
      throw new InputError(`${name}: feature ${i} has invalid coordinates.`);
    if (!f.properties || typeof f.properties !== 'object')
      throw new InputError(`${name}: feature ${i} has no properties.`);
  });
  return fc;
}

export async function exportCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string' }, out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) {
    io.stdout(EXPORT_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('export takes one events file; see `geoevents export --help`.');
  const format = values.format ?? 'geojson';
  if (!isExportFormat(format)) throw new UsageError(`unknown format "${format}"; use geojson, geojsonseq, csv or kml.`);
  checkOutput(values.out);
  const fc = parseEventCollection(await readInputText(positionals[0], io), positionals[0]);
  await writeOutput(values.out, exportAs(fc, format), io);
  if (values.out && format === 'csv') await writeOutput(values.out.replace(/\.csv$/i, '') + '.csvt', csvtFor(), io);
  return 0;
}
