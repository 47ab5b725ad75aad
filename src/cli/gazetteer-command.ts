/** `geoevents gazetteer build|lookup`. */
import { parseArgs } from 'node:util';
import { buildGazetteerFiles } from '../gazetteer/build-files.js';
import { loadGazetteer } from '../gazetteer/load.js';
import { type Io, positiveInt, UsageError } from './io.js';

export const GAZETTEER_HELP = `Usage:
  geoevents gazetteer build [--geonames FILE]... [--out DIR] [--if-stale]
      Build the offline index from data/ (GeoNames, Natural Earth, supplement) and cities500.
      --geonames FILE  add a GeoNames dump you downloaded (XX.txt or allCountries.txt); repeatable
      --out DIR        where to write the index (default data/index, or $GEOEVENTS_INDEX_DIR)
      --if-stale       do nothing when the index is up to date
  geoevents gazetteer lookup <name> [--limit N] [--json]
      Candidates for a place name, best prior first (default limit 10).
`;

export async function gazetteerCommand(argv: string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  if (!sub || sub === '--help' || sub === '-h') {
    io.stdout(GAZETTEER_HELP);
    return sub ? 0 : 2;
  }
  if (sub === 'build') {
    const { values } = parseArgs({
      args: rest,
      options: {
        geonames: { type: 'string', multiple: true },
        out: { type: 'string' },
        'if-stale': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
    if (values.help) {
      io.stdout(GAZETTEER_HELP);
      return 0;
    }
    const r = buildGazetteerFiles({
      outDir: values.out,
      geonames: values.geonames,
      ifStale: values['if-stale'],
      log: (l) => io.stderr(`${l}\n`),
    });
    io.stderr(
      r.skipped
        ? `gazetteer index is up to date (${r.outDir})\n`
        : `gazetteer index built: ${r.stats.records} places, ${r.stats.keys} name keys\n`,
    );
    return 0;
  }
  if (sub === 'lookup') {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { limit: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    });
    if (values.help) {
      io.stdout(GAZETTEER_HELP);
      return 0;
    }
    if (positionals.length === 0)
      throw new UsageError('gazetteer lookup needs a place name, e.g. `geoevents gazetteer lookup Dmeir`.');
    const gaz = loadGazetteer();
    const name = positionals.join(' ');
    const found = gaz.lookup(name, { limit: positiveInt(values.limit, 'limit', 10) });
    if (values.json) io.stdout(`${JSON.stringify(found, null, 2)}\n`);
    else if (found.length === 0) io.stdout(`no gazetteer entry matches "${name}"\n`);
    else {
      for (const c of found) {
        io.stdout(
          `${String(c.geonameid).padStart(9)}  ${c.name} (${c.featureClass}.${c.featureCode}, ${c.countryCode}${c.admin1Name ? `, ${c.admin1Name}` : ''}) ${c.lat},${c.lon} ${c.kind} prior ${c.prior} ${c.match}\n`,
        );
      }
    }
    return 0;
  }
  throw new UsageError(`unknown gazetteer command "${sub}"; use build or lookup.`);
}
