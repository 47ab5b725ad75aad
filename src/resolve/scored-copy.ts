/**
 * A candidate with its score and reasons: `copyWith(c, { score, reasons })` (copy-with.ts), built as one object
 * literal when the candidate has the keys of an index row (candidate-row.ts), in their order, with or without
 * `match`. Object.assign adds the sixteen properties one by one (~0.5 µs a copy, and a pass makes ~10,000 such copies:
 * twenty-fourth session, docs/performance.md); the literal makes an object of the same keys, in the same order, with
 * the same values. Any other candidate (one of `near`, with `distanceKm`) is copied by copyWith. A plain object's
 * `for … in` lists its own enumerable string keys in their order (Object.prototype has none); candidates carry no
 * symbol keys (which Object.assign would copy and `for … in` does not list).
 */
import type { Candidate, ScoredCandidate } from '../types.js';
import { copyWith } from './copy-with.js';

const ROW_KEYS = [
  'geonameid',
  'name',
  'featureClass',
  'featureCode',
  'countryCode',
  'admin1',
  'admin1Name',
  'population',
  'lat',
  'lon',
  'kind',
  'source',
  'prior',
];

/** The number of keys when `c`'s enumerable keys are exactly ROW_KEYS (13) or ROW_KEYS and `match` (14); else 0. */
function rowKeys(c: Candidate): number {
  let k = 0;
  for (const key in c) {
    if (k < 13 ? key !== ROW_KEYS[k] : k > 13 || key !== 'match') return 0;
    k++;
  }
  return k >= 13 ? k : 0;
}

export function scoredCopy(c: Candidate, score: number, reasons: string[]): ScoredCandidate {
  const n = rowKeys(c);
  if (n === 0 || Object.getPrototypeOf(c) !== Object.prototype) return copyWith(c, { score, reasons });
  if (n === 14)
    return {
      geonameid: c.geonameid,
      name: c.name,
      featureClass: c.featureClass,
      featureCode: c.featureCode,
      countryCode: c.countryCode,
      admin1: c.admin1,
      admin1Name: c.admin1Name,
      population: c.population,
      lat: c.lat,
      lon: c.lon,
      kind: c.kind,
      source: c.source,
      prior: c.prior,
      match: c.match,
      score,
      reasons,
    };
  return {
    geonameid: c.geonameid,
    name: c.name,
    featureClass: c.featureClass,
    featureCode: c.featureCode,
    countryCode: c.countryCode,
    admin1: c.admin1,
    admin1Name: c.admin1Name,
    population: c.population,
    lat: c.lat,
    lon: c.lon,
    kind: c.kind,
    source: c.source,
    prior: c.prior,
    score,
    reasons,
  };
}
