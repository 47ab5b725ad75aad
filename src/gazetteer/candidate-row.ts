/**
 * One row of the decoded index as a Candidate: its columns read at the row, the country, admin1 and kind codes looked
 * up in the header's tables, coordinates rounded to 5 decimals and the prior to 3 (gazetteer.ts).
 */
import type { Candidate, GeometryKind } from '../types.js';
import type { IndexColumns, IndexHeader } from './format.js';

/** `codeParts`: each feature code of the header split into its class and code ("P.PPLA" → ["P", "PPLA"]). */
export function rowCandidate(
  c: IndexColumns,
  h: IndexHeader,
  codeParts: string[][],
  i: number,
  match?: Candidate['match'],
): Candidate {
  const a1 = c.admin1[i];
  const code = codeParts[c.code[i]];
  const geonameid = c.ids[i];
  const name = c.names[i];
  const countryCode = h.countries[c.country[i]];
  const admin1 = h.admin1Keys[a1];
  const admin1Name = h.admin1Names[a1];
  const population = c.population[i];
  const lat = Math.round(c.lat[i] * 1e5) / 1e5;
  const lon = Math.round(c.lon[i] * 1e5) / 1e5;
  const kind = h.kinds[c.kind[i]] as GeometryKind;
  const source = h.sources[c.source[i]];
  const prior = Math.round(c.prior[i] * 1000) / 1000;
  // One literal each with and without `match` (the same key order): adding it afterwards moved every candidate of a
  // lookup to a second hidden class with an out-of-object property store (twenty-fourth session).
  if (match)
    return {
      geonameid,
      name,
      featureClass: code[0],
      featureCode: code[1],
      countryCode,
      admin1,
      admin1Name,
      population,
      lat,
      lon,
      kind,
      source,
      prior,
      match,
    };
  return {
    geonameid,
    name,
    featureClass: code[0],
    featureCode: code[1],
    countryCode,
    admin1,
    admin1Name,
    population,
    lat,
    lon,
    kind,
    source,
    prior,
  };
}

/** Rows a cache holds at most before it starts again. */
const MAX_ROWS = 50_000;

/**
 * The candidates lookups have built, by row and match, until cleared with the lookup memo: a pass of geoparse builds
 * about 14,800 candidates from 9,800 rows (one name's lookups at several limits, spellings that meet the same entry),
 * and building one is the largest part of a cold lookup's own time. Lookup results share these objects, as repeated
 * lookups of one name always have; nothing compares candidates of different lookups by identity or mutates them
 * (docs/performance.md, twenty-first session). Held in a list with each (row, match)'s place in it in a typed array,
 * not in Maps keyed by row: a Map's get and set were most of this cache's cost (twenty-third session).
 */
export class CandidateCache {
  /** Place + 1 in `list` of row i's exact candidate at [i], of its loose one at [rows + i]; 0 when not built. */
  private slots: Int32Array | null = null;
  /** The built candidates, and the slot each fills (to empty only those slots when cleared). */
  private list: Candidate[] = [];
  private filled: number[] = [];

  constructor(
    private readonly rows: number,
    private readonly build: (i: number, match: 'exact' | 'loose') => Candidate,
  ) {}

  get(i: number, match: 'exact' | 'loose'): Candidate {
    this.slots ??= new Int32Array(2 * this.rows);
    const slot = match === 'exact' ? i : this.rows + i;
    const at = this.slots[slot];
    if (at > 0) return this.list[at - 1];
    if (this.list.length >= MAX_ROWS) this.clear();
    const c = this.build(i, match);
    this.list.push(c);
    this.filled.push(slot);
    this.slots[slot] = this.list.length;
    return c;
  }

  clear(): void {
    const slots = this.slots;
    if (slots) for (const slot of this.filled) slots[slot] = 0;
    this.list = [];
    this.filled = [];
  }
}
