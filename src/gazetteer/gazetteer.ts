/**
 * The loaded gazetteer: name lookup (memoised here, uncached in name-lookup.ts), spatial queries and country polygons
 * (spatial.ts), feature geometry. Built from the decoded index; geometries and country polygons are supplied lazily
 * by the loader.
 */
import type { FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { Candidate } from '../types.js';
import { CandidateCache, rowCandidate } from './candidate-row.js';
import { haversineKm } from './distance.js';
import { articleVariants } from './fold.js';
import type { IndexColumns, IndexHeader } from './format.js';
import { headVariants, shortVowels } from './head-words.js';
import { KeyTable } from './key-table.js';
import { lookupKeys } from './lookup-keys.js';
import { LookupMemo } from './lookup-memo.js';
import { type LookupOptions, NameLookup } from './name-lookup.js';
import { Spatial } from './spatial.js';
import { otherWrittenForms } from './written-forms.js';

export { haversineKm };
export type { LookupOptions };

export interface GazetteerAssets {
  geometries: () => Record<string, Geometry>;
  countries: () => FeatureCollection;
}

export class Gazetteer {
  private geoms: Record<string, Geometry> | null = null;
  /** Row of each geonameid: built on first use (geoparse never needs it; ~260,000 entries). */
  private byIdMap: Map<number, number> | null = null;
  private countryRow = new Map<string, number>();
  /** Memoised lookups (lookup-memo.ts: a smaller limit is answered from a larger one). */
  private readonly memo = new LookupMemo();
  /** The candidates of lookups by row (candidate-row.ts), cleared with the memo. */
  private readonly built: CandidateCache;
  private readonly exactMemo = new Map<string, boolean>();
  private readonly anyMemo = new Map<string, boolean>();
  private readonly table: KeyTable;
  /** The uncached lookup (name-lookup.ts) and the spatial queries (spatial.ts). */
  private readonly names: NameLookup;
  private readonly spatial: Spatial;
  /** Feature class and code of each code-table entry ("P.PPLA" → ["P", "PPLA"]). */
  private readonly codeParts: string[][];

  constructor(
    readonly header: IndexHeader,
    private readonly cols: IndexColumns,
    private readonly assets: GazetteerAssets,
  ) {
    this.codeParts = header.codes.map((k) => k.split('.'));
    this.built = new CandidateCache(cols.ids.length, (i, match) => this.candidate(i, match));
    this.table = new KeyTable(
      cols.keyText !== undefined && cols.keyStarts ? { text: cols.keyText, starts: cols.keyStarts } : cols.keys,
      cols.keyFilter,
    );
    this.names = new NameLookup(cols, this.table, this.built);
    this.spatial = new Spatial(
      cols,
      (i) => this.candidate(i),
      () => assets.countries(),
    );
    const code = header.codes.indexOf('A.PCLI');
    for (let i = 0; i < cols.ids.length; i++)
      if (cols.code[i] === code) this.countryRow.set(header.countries[cols.country[i]], i);
  }

  private get byId(): Map<number, number> {
    if (!this.byIdMap) {
      const ids = this.cols.ids;
      this.byIdMap = new Map();
      for (let i = 0; i < ids.length; i++) this.byIdMap.set(ids[i], i);
    }
    return this.byIdMap;
  }

  /** Forget memoised lookups (benchmarks measure cold lookups with it). */
  clearCache(): void {
    this.memo.clear();
    this.built.clear();
    this.names.clear();
    this.exactMemo.clear();
    this.anyMemo.clear();
  }

  get size(): number {
    return this.cols.ids.length;
  }

  /** Index of `key` in the sorted key table, or -1. */
  findKey(key: string): number {
    return this.table.find(key);
  }

  /** The key at a position of the key table (tests). */
  keyAt(k: number): string | undefined {
    return this.table.keyAt(k);
  }

  /** The stored hash of an entry's finer loose key (tests). */
  fineHashOf(geonameid: number): number | undefined {
    const i = this.byId.get(geonameid);
    return i === undefined ? undefined : this.cols.fine[i];
  }

  /** True when some entry is named exactly this (after foldExact). Cheap: used by recognition. */
  hasExact(folded: string): boolean {
    // Recognition asks for the same runs again and again (memoised, bounded like lookup's memo).
    const hit = this.exactMemo.get(folded);
    if (hit !== undefined) return hit;
    // A twin village's stem ("zawtar", twin-stems.ts) counts too: lookup finds it as an exact match.
    const one = (f: string) => this.findKey(f) >= 0 || this.table.findStem(f) >= 0;
    const has = (f: string) => one(f) || articleVariants(f).some(one);
    const short = shortVowels(folded);
    const found =
      has(folded) ||
      headVariants(folded).some(has) ||
      (short !== null && (has(short) || headVariants(short).some(has)));
    if (this.exactMemo.size >= 50_000) this.exactMemo.clear();
    this.exactMemo.set(folded, found);
    return found;
  }

  /** True when lookup(name) would find anything: for callers that only ask whether a spelling is known, without
   * building candidates. The same keys as lookup's, so the two cannot disagree. Memoised like lookup: mostly asked of
   * spellings that are not there, which walk every key. */
  hasAny(name: string): boolean {
    let found = this.anyMemo.get(name);
    if (found !== undefined) return found;
    found = !lookupKeys(this.table, name, true).next().done;
    if (this.anyMemo.size >= 20_000) this.anyMemo.clear();
    this.anyMemo.set(name, found);
    return found;
  }

  /** True when some key starts with this folded prefix followed by a space (a longer name may follow). */
  hasPrefix(folded: string): boolean {
    return this.table.hasPrefix(`${folded} `);
  }

  /** Candidates for a name, exact matches first, then loose ones; each group ordered by the prior. */
  lookup(name: string, options: LookupOptions = {}): Candidate[] {
    // Recognition and resolution ask for the same names many times: memoise (bounded; results are never mutated).
    const loose = options.loose !== false;
    const limit = options.limit ?? 20;
    const hit = this.memo.get(name, loose, limit);
    if (hit) return hit;
    let list = this.names.lookup(name, options);
    // Forms the index holds under another: "Sumska oblast", "Co Galway", "Bosnia", "River Severn" (written-forms.ts).
    list = otherWrittenForms(
      name,
      list,
      limit,
      (n, o) => this.lookup(n, o),
      () => this.countries(),
    );
    const found = Object.freeze(list) as Candidate[];
    this.memo.set(name, loose, limit, found);
    return found;
  }

  /** Row `i` of the index as a candidate (candidate-row.ts). */
  candidate(i: number, match?: Candidate['match']): Candidate {
    return rowCandidate(this.cols, this.header, this.codeParts, i, match);
  }

  byGeonameId(id: number): Candidate | null {
    const i = this.byId.get(id);
    return i === undefined ? null : this.candidate(i);
  }

  /** Every country entry. */
  private *countries(): Generator<Candidate> {
    for (const i of this.countryRow.values()) yield this.candidate(i);
  }

  /** The country entry (A.PCLI) for an ISO2 code. */
  country(iso2: string): Candidate | null {
    const i = this.countryRow.get(iso2);
    return i === undefined ? null : this.candidate(i);
  }

  /** Entries within `km` of a point, nearest first. */
  near(lat: number, lon: number, km: number, limit = 50): (Candidate & { distanceKm: number })[] {
    return this.spatial.near(lat, lon, km, limit);
  }

  /** ISO2 code of the country containing the point (Natural Earth 50m polygons), or null at sea. */
  countryAt(lon: number, lat: number): string | null {
    return this.spatial.countryAt(lon, lat);
  }

  countryArea(iso2: string): Polygon | MultiPolygon | null {
    return this.spatial.countryArea(iso2);
  }

  /** The line or area geometry of an entry (rivers, regions, seas, supplement lines), or null for points. */
  geometry(geonameid: number): Geometry | null {
    if (!this.geoms) this.geoms = this.assets.geometries();
    const g = this.geoms[String(geonameid)];
    if (g) return g;
    const c = this.byGeonameId(geonameid);
    if (c && c.featureCode === 'PCLI') return this.countryArea(c.countryCode);
    return null;
  }
}
