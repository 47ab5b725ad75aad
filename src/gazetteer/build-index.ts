/**
 * Builds the gazetteer index from parsed sources. Pure and deterministic: the same inputs give the same bytes.
 * File reading and writing live in build-files.ts.
 */
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { addAdminAreas } from './admin-areas.js';
import { addAdminRegions } from './admin-regions.js';
import { addSupplementRegions } from './supplement-regions.js';
import { addSeatSpellings } from './seat-spellings.js';
import { encodeIndex, type IndexColumns } from './format.js';
import { keyFilter } from './key-filter.js';
import { foldExact, foldLoose, keyHash } from './fold.js';
import { addNaturalEarth, type NaturalEarthLayer } from './natural-earth.js';
import { priorOf } from './prior.js';
import { STEM_MARK, twinStems } from './twin-stems.js';
import { type BuildRecord, RecordSet } from './records.js';
import { type CountryShape, countryShapes, homeCentroid, largestPartShare, roundGeometry } from './shapes.js';
import { parseAdmin1, parseCountryInfo, parseGeoNames, parseSupplement, usableName } from './sources.js';

export interface BuildInputs {
  /** GeoNames-format dumps. `preferFresh` rows override population, name and coordinates of rows read earlier. */
  dumps: { file: string; text: string | Iterable<string>; preferFresh?: boolean }[];
  countryInfo: string;
  admin1: string;
  /** admin2Codes.txt (same layout as admin1CodesASCII, keys CC.A1.A2). */
  admin2?: string;
  supplement: string;
  countries: FeatureCollection;
  /** Conventional country points and English names (npm world-countries: CIA World Factbook points, ODbL). */
  countryFacts?: {
    cca2: string;
    latlng: number[];
    name: { common: string; official: string };
    altSpellings: string[];
  }[];
  naturalEarth: { layer: NaturalEarthLayer; fc: FeatureCollection }[];
}

export interface BuildOutput {
  index: Uint8Array;
  /** Line and area geometries by id (string), coordinates rounded to 4 decimals. */
  geometries: Record<string, Geometry>;
  /** Country polygons with {iso2, name}, for countryAt() and countryArea(). */
  countries: FeatureCollection<Polygon | MultiPolygon, { iso2: string; name: string }>;
  stats: Record<string, number>;
}

const COUNTRY_NAME_FIELDS = [
  'NAME',
  'NAME_LONG',
  'ADMIN',
  'FORMAL_EN',
  'NAME_ALT',
  'BRK_NAME',
  'NAME_SORT',
  'GEOUNIT',
  'SUBUNIT',
];

function addCountries(set: RecordSet, inputs: BuildInputs, shapes: CountryShape[]): void {
  const neByIso = new Map<string, Feature>();
  for (const f of inputs.countries.features) {
    const iso = shapes.find((s) => s.geometry === f.geometry)?.iso2;
    if (iso && !neByIso.has(iso)) neByIso.set(iso, f);
  }
  for (const c of parseCountryInfo(inputs.countryInfo)) {
    const ne = neByIso.get(c.iso2);
    if (!ne || !c.geonameid) continue;
    const facts = inputs.countryFacts?.find((f) => f.cca2 === c.iso2);
    // A compact country's point is the centre of its main polygon; for archipelagos and scattered countries (main part
    // under 70% of the area) that centre says little, so the conventional atlas point (CIA World Factbook) is used.
    const geom = ne.geometry as Polygon | MultiPolygon;
    const useFacts = facts?.latlng?.length === 2 && largestPartShare(geom) < 0.7;
    const [lon, lat] = useFacts && facts ? [facts.latlng[1], facts.latlng[0]] : homeCentroid(geom);
    const names = new Set<string>([c.name]);
    if (facts)
      for (const n of [facts.name.common, facts.name.official, ...facts.altSpellings])
        if (usableName(n) && n.length > 3) names.add(n);
    for (const k of COUNTRY_NAME_FIELDS) {
      const v = ne.properties?.[k];
      if (typeof v === 'string' && usableName(v)) names.add(v);
    }
    set.add({
      geonameid: c.geonameid,
      name: c.name,
      featureClass: 'A',
      featureCode: 'PCLI',
      countryCode: c.iso2,
      admin1: '',
      population: c.population,
      lat,
      lon,
      kind: 'area',
      source: 'geonames',
      names,
      geometry: ne.geometry,
    });
  }
}

function applySupplement(
  set: RecordSet,
  text: string,
  countries: Map<string, BuildRecord>,
  admin1: Map<string, BuildRecord>,
  neByName: Map<string, BuildRecord>,
): void {
  for (const row of parseSupplement(text)) {
    if (row.op === 'region' || row.op === 'towns') continue; // added with the admin areas (supplement-regions.ts)
    const [kind, ...rest] = row.target.split(':');
    const key = rest.join(':');
    let rec: BuildRecord | undefined;
    if (kind === 'geonames') rec = set.byId.get(Number(key));
    else if (kind === 'country') rec = countries.get(key);
    else if (kind === 'admin1') rec = admin1.get(key);
    else if (kind === 'ne') rec = neByName.get(key.toLowerCase());
    if (!rec) throw new Error(`data/supplement.tsv: target ${row.target} is not in the gazetteer sources.`);
    for (const n of row.names) rec.names.add(n);
    if (row.op === 'line') {
      const coords: Position[] = row.via.map((id) => {
        const p = set.byId.get(Number(id));
        if (!p)
          throw new Error(
            `data/supplement.tsv: line ${row.target} goes through GeoNames ${id}, which is not in the sources.`,
          );
        return [p.lon, p.lat];
      });
      const line: LineString = { type: 'LineString', coordinates: coords };
      rec.geometry = line;
      rec.kind = 'line';
      rec.source = 'supplement';
      if (row.featureCode) [rec.featureClass, rec.featureCode] = row.featureCode.split('.');
    }
  }
}

export function buildIndex(inputs: BuildInputs): BuildOutput {
  const set = new RecordSet();
  const iso3to2 = new Map(parseCountryInfo(inputs.countryInfo).map((c) => [c.iso3, c.iso2]));
  const shapes = countryShapes(inputs.countries, iso3to2);
  addCountries(set, inputs, shapes);
  for (const d of inputs.dumps)
    for (const row of parseGeoNames(d.text, d.file)) set.addGeoNames(row, 'geonames', !!d.preferFresh);
  const adminAreas = addAdminAreas(set, inputs.admin1, inputs.admin2, shapes);
  addSeatSpellings(set);
  const neByName = new Map<string, BuildRecord>();
  for (const { layer, fc } of inputs.naturalEarth) addNaturalEarth(set, layer, fc, shapes, neByName);
  const countries = new Map<string, BuildRecord>();
  const admin1 = new Map<string, BuildRecord>();
  for (const r of set.byId.values()) {
    if (r.featureCode === 'PCLI') countries.set(r.countryCode, r);
    if (r.featureCode === 'ADM1' && r.admin1) admin1.set(r.admin1, r);
  }
  applySupplement(set, inputs.supplement, countries, admin1, neByName);
  addSupplementRegions(set, inputs.supplement, adminAreas);
  addAdminRegions(set, adminAreas);

  const admin1Names = new Map<string, string>();
  for (const a of parseAdmin1(inputs.admin1)) admin1Names.set(a.key, a.name);
  const records = [...set.byId.values()].sort((a, b) => a.geonameid - b.geonameid);
  return encode(records, admin1Names, inputs, shapes);
}

function encode(
  records: BuildRecord[],
  admin1Names: Map<string, string>,
  inputs: BuildInputs,
  shapes: CountryShape[],
): BuildOutput {
  const n = records.length;
  const tables = {
    codes: new Map<string, number>(),
    countries: new Map<string, number>(),
    admin1: new Map<string, number>(),
    sources: new Map<string, number>(),
  };
  const idx = (m: Map<string, number>, k: string) => {
    let i = m.get(k);
    if (i === undefined) {
      i = m.size;
      m.set(k, i);
    }
    return i;
  };
  const kinds = ['point', 'line', 'area'];
  const cols: IndexColumns = {
    ids: new Int32Array(n),
    lat: new Float32Array(n),
    lon: new Float32Array(n),
    population: new Uint32Array(n),
    prior: new Float32Array(n),
    code: new Uint16Array(n),
    country: new Uint16Array(n),
    admin1: new Uint16Array(n),
    kind: new Uint8Array(n),
    source: new Uint8Array(n),
    fine: new Uint32Array(n),
    names: [],
    keys: [],
    keyOffsets: new Uint32Array(0),
    postings: new Uint32Array(0),
    keyFilter: new Uint32Array(0),
  };
  idx(tables.admin1, '');
  const keyMap = new Map<string, number[]>();
  const geometries: Record<string, Geometry> = {};
  records.forEach((r, i) => {
    cols.ids[i] = r.geonameid;
    cols.lat[i] = r.lat;
    cols.lon[i] = r.lon;
    cols.population[i] = Math.min(r.population, 0xffffffff);
    cols.prior[i] = Math.min(priorOf({ ...r, altCount: r.names.size, scalerank: r.scalerank }), r.priorCap ?? Infinity);
    cols.code[i] = idx(tables.codes, `${r.featureClass}.${r.featureCode}`);
    cols.country[i] = idx(tables.countries, r.countryCode);
    cols.admin1[i] = idx(tables.admin1, r.admin1);
    cols.kind[i] = kinds.indexOf(r.kind);
    cols.source[i] = idx(tables.sources, r.source);
    cols.names.push(r.name);
    cols.fine[i] = keyHash(foldLoose(r.name, true));
    if (r.geometry && r.featureCode !== 'PCLI') geometries[String(r.geonameid)] = roundGeometry(r.geometry, 4);
    const keys = new Set<string>();
    for (const name of r.names) {
      const e = foldExact(name);
      if (e) keys.add(e);
      // "Zawtar" for Zawtar ash Sharqiyah: a village's stem before a twin qualifier (twin-stems.ts).
      if (e && r.featureClass === 'P') for (const s of twinStems(e)) keys.add(`${STEM_MARK}${s}`);
      const l = foldLoose(name);
      if (l) keys.add(`~${l}`);
    }
    for (const k of keys) {
      const list = keyMap.get(k);
      if (list) list.push(i);
      else keyMap.set(k, [i]);
    }
  });
  cols.keys = [...keyMap.keys()].sort();
  cols.keyFilter = keyFilter(cols.keys);
  cols.keyOffsets = new Uint32Array(cols.keys.length + 1);
  let total = 0;
  for (const k of cols.keys) total += keyMap.get(k)!.length;
  cols.postings = new Uint32Array(total);
  let o = 0;
  cols.keys.forEach((k, i) => {
    cols.keyOffsets[i] = o;
    const list = keyMap.get(k)!.sort((a, b) => cols.prior[b] - cols.prior[a] || cols.ids[a] - cols.ids[b]);
    cols.postings.set(list, o);
    o += list.length;
  });
  cols.keyOffsets[cols.keys.length] = o;
  const admin1Keys = [...tables.admin1.keys()];
  const index = encodeIndex(
    {
      count: n,
      keyCount: cols.keys.length,
      postingCount: total,
      codes: [...tables.codes.keys()],
      countries: [...tables.countries.keys()],
      admin1Keys,
      admin1Names: admin1Keys.map((k) => admin1Names.get(k) ?? ''),
      sources: [...tables.sources.keys()],
      kinds,
      provenance: Object.fromEntries(
        inputs.dumps.map((d) => [d.file, typeof d.text === 'string' ? d.text.length : 'streamed']),
      ),
    },
    cols,
  );
  const countries = {
    type: 'FeatureCollection' as const,
    features: shapes.map((s) => ({
      type: 'Feature' as const,
      properties: { iso2: s.iso2, name: s.name },
      geometry: roundGeometry(s.geometry, 4),
    })),
  };
  return { index, geometries, countries, stats: { records: n, keys: cols.keys.length, postings: total } };
}
