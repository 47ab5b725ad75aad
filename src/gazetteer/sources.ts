/**
 * Parsers for the raw gazetteer sources (GeoNames tab files, countryInfo, admin1 codes).
 * Pure functions from text to rows; the caller reads the files.
 */

export interface GeoNamesRow {
  geonameid: number;
  name: string;
  asciiname: string;
  altNames: string[];
  lat: number;
  lon: number;
  featureClass: string;
  featureCode: string;
  countryCode: string;
  admin1: string;
  admin2: string;
  population: number;
}

export interface CountryRow {
  iso2: string;
  iso3: string;
  name: string;
  capital: string;
  population: number;
  continent: string;
  geonameid: number;
  neighbours: string[];
}

export interface Admin1Row {
  key: string;
  name: string;
  asciiname: string;
  geonameid: number;
}

export class SourceFormatError extends Error {}

/** Latin-script names only (English text cannot name a place in another script); codes and junk skipped. */
export function usableName(name: string): boolean {
  if (name.length < 2 || name.length > 60) return false;
  if (/^[\d\s.-]+$/.test(name)) return false;
  if (/^[A-Z0-9]{2,4}$/.test(name)) return false; // IATA/ICAO-like codes
  if (/^https?:/.test(name)) return false;
  return /^[\p{Script=Latin}\p{M}\p{N}\s'’‘ʿʾ`´ʼʻ.,()&/-]+$/u.test(name);
}

/** Parse one line of a GeoNames `geoname` table (19 tab-separated columns). Returns null for blank lines. */
export function parseGeoNamesLine(line: string, lineNo: number, file: string): GeoNamesRow | null {
  if (line.trim() === '') return null;
  const c = line.split('\t');
  if (c.length < 15) {
    throw new SourceFormatError(
      `${file}:${lineNo}: expected 19 tab-separated GeoNames columns, found ${c.length}. Is this a GeoNames dump (e.g. LB.txt, allCountries.txt)?`,
    );
  }
  const lat = Number(c[4]);
  const lon = Number(c[5]);
  const geonameid = Number(c[0]);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || !Number.isInteger(geonameid)) {
    throw new SourceFormatError(`${file}:${lineNo}: bad id or coordinates ("${c[0]}", "${c[4]}", "${c[5]}").`);
  }
  return {
    geonameid,
    name: c[1],
    asciiname: c[2],
    altNames: c[3] ? c[3].split(',') : [],
    lat,
    lon,
    featureClass: c[6],
    featureCode: c[7],
    countryCode: c[8],
    admin1: c[10],
    admin2: c[11] ?? '',
    population: Number(c[14]) || 0,
  };
}

/** Rows of a GeoNames dump given as text or as lines (large dumps such as allCountries.txt are streamed by line). */
export function* parseGeoNames(source: string | Iterable<string>, file: string): Generator<GeoNamesRow> {
  let lineNo = 0;
  const lines = typeof source === 'string' ? source.split('\n') : source;
  for (const line of lines) {
    lineNo++;
    const row = parseGeoNamesLine(line, lineNo, file);
    if (row) yield row;
  }
}

export function parseCountryInfo(text: string): CountryRow[] {
  const rows: CountryRow[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const c = line.split('\t');
    rows.push({
      iso2: c[0],
      iso3: c[1],
      name: c[4],
      capital: c[5],
      population: Number(c[7]) || 0,
      continent: c[8],
      geonameid: Number(c[16]) || 0,
      neighbours: c[17] ? c[17].split(',').filter(Boolean) : [],
    });
  }
  return rows;
}

export function parseAdmin1(text: string): Admin1Row[] {
  const rows: Admin1Row[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const c = line.split('\t');
    rows.push({ key: c[0], name: c[1], asciiname: c[2], geonameid: Number(c[3]) || 0 });
  }
  return rows;
}

export interface SupplementRow {
  op: 'line' | 'alias' | 'region' | 'towns';
  target: string;
  names: string[];
  featureCode: string;
  via: string[];
  sources: string;
}

/**
 * data/supplement.tsv: `op  target  names(|)  featureCode  via(,)  sources`.
 * - `line geonames:ID` draws a line for that GeoNames feature through the GeoNames points listed in `via`.
 * - `alias T` adds names to a feature: T is `geonames:ID`, `country:ISO2`, `admin1:CC.A1` or `ne:LAYER:NAME`.
 * - `region country:ISO2` adds a region made of the admin areas listed in `via` (CC.A1 or CC.A1.A2 codes).
 */
const SUPPLEMENT_OPS = ['line', 'alias', 'region', 'towns'];

export function parseSupplement(text: string): SupplementRow[] {
  const rows: SupplementRow[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.startsWith('#') || line.trim() === '') return;
    const c = line.split('\t');
    if (c.length < 6 || !SUPPLEMENT_OPS.includes(c[0])) {
      throw new SourceFormatError(
        `data/supplement.tsv:${i + 1}: expected 6 tab-separated columns starting with "line", "alias", "region" or "towns".`,
      );
    }
    rows.push({
      op: c[0] as SupplementRow['op'],
      target: c[1],
      names: c[2].split('|').filter(Boolean),
      featureCode: c[3],
      via: c[4] ? c[4].split(',').filter(Boolean) : [],
      sources: c[5],
    });
  });
  return rows;
}
