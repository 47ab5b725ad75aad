/**
 * The loaded gazetteer: name lookup, spatial queries, country polygons and feature geometry.
 * Built from the decoded index; geometries and country polygons are supplied lazily by the loader.
 */
import type { FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import KDBush from 'kdbush';
import type { Candidate } from '../types.js';
import { haversineKm } from './distance.js';
import { articleVariants, foldLoose, keyHash } from './fold.js';
import type { IndexColumns, IndexHeader } from './format.js';
import { headVariants, shortVowels } from './head-words.js';
import { CandidateCache, rowCandidate } from './candidate-row.js';
import { KeyTable } from './key-table.js';
import { lookupKeys } from './lookup-keys.js';
import { LookupMemo } from './lookup-memo.js';
import { type CountryShape, countryAtIn, countryShapes } from './shapes.js';
import { otherWrittenForms } from './written-forms.js';

export { haversineKm };

export interface GazetteerAssets {
  geometries: () => Record<string, Geometry>;
  countries: () => FeatureCollection;
}

export interface LookupOptions {
  /** At most this many candidates. @defaultValue 20 */
  limit?: number;
  /** Also try the loose (transliteration) key. @defaultValue true */
  loose?: boolean;
}

/** How many loose entries (by prior) are checked against the finer key. */
const FINE_SCAN = 40;

/** Below this prior a name's exact entries are minor places, and its form with the Arabic article is tried too. */
const MINOR_PRIOR = 0.75;

export class Gazetteer {
  private kd: KDBush | null = null;
  private shapes: CountryShape[] | null = null;
  private geoms: Record<string, Geometry> | null = null;
  /** Row of each geonameid: built on first use (geoparse never needs it; ~260,000 entries). */
  private byIdMap: Map<number, number> | null = null;
  private countryRow = new Map<string, number>();
  /** Memoised lookups (lookup-memo.ts: a smaller limit is answered from a larger one). */
  private readonly memo = new LookupMemo();
  /** The candidates of lookups by row (candidate-row.ts), cleared with the memo. */
  private readonly built: CandidateCache;
  private readonly fineKeys = new Map<string, string>();
  private readonly exactMemo = new Map<string, boolean>();
  private readonly anyMemo = new Map<string, boolean>();
  /** Entries already taken by the current lookup: seen[i] === pass (no Set per lookup). */
  private seen: Uint32Array | null = null;
  private pass = 0;
  private readonly table: KeyTable;
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
    this.fineKeys.clear();
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
    let list = this.lookupUncached(name, options);
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

  private lookupUncached(name: string, options: LookupOptions): Candidate[] {
    const limit = options.limit ?? 20;
    const out: Candidate[] = [];
    if (!this.seen || this.pass >= 0xfffffff0) {
      this.seen = new Uint32Array(this.size);
      this.pass = 0;
    }
    const seen = this.seen;
    const pass = ++this.pass;
    const found: number[] = [];
    // With `limit` exact candidates in hand, nothing later can enter the result: the article forms and the loose keys
    // are not looked up at all (recognition asks for the best candidate only, most of the time).
    const full = () => out.length >= limit;
    const minor = () => !full() && out.every((c) => (c.prior ?? 0) < MINOR_PRIOR);
    const { postings, keyOffsets: offsets } = this.cols;
    // Only the first `room` loose entries can be returned (closeEntries reads FINE_SCAN, the walk below takes `limit`),
    // and every key after a loose one is loose (lookup-keys.ts): with those in hand, the rest of the keys are not read.
    const room = Math.max(limit, FINE_SCAN);
    keys: for (const [k, match] of lookupKeys(this.table, name, options.loose !== false, minor, full)) {
      // An index loop, not a subarray view per key: lookups meet many keys, most with a few entries.
      for (let p = offsets[k], end = offsets[k + 1]; p < end; p++) {
        const i = postings[p];
        if (seen[i] === pass) continue;
        seen[i] = pass;
        if (match === 'loose') {
          found.push(i);
          if (found.length >= room) break keys;
        } else {
          if (out.length >= limit) return out;
          out.push(this.built.get(i, 'exact'));
        }
      }
    }
    if (found.length > 0) {
      // Entries whose main name also meets the finer key come first ("Dmeir": Ad Dumayr before Dhamar), the others
      // keep their order. Candidate objects are built only for what is returned: a short loose key can have thousands
      // of entries, so only the first FINE_SCAN are read here and the rest are not copied.
      const close = found.length > 1 ? this.closeEntries(name, found) : null;
      if (close) {
        for (const i of close) {
          if (out.length >= limit) return out;
          out.push(this.built.get(i, 'loose'));
        }
        // Each close entry is marked once more, so that the walk below skips it.
        const again = ++this.pass;
        for (const i of close) seen[i] = again;
        for (const i of found) {
          if (seen[i] === again) continue;
          if (out.length >= limit) return out;
          out.push(this.built.get(i, 'loose'));
        }
      } else
        for (const i of found) {
          if (out.length >= limit) return out;
          out.push(this.built.get(i, 'loose'));
        }
    }
    return out;
  }

  /** The entries among the first FINE_SCAN of `found` (by prior) whose main name meets the name's finer key, or null
   * when none does. The index holds a hash of each entry's finer key; a name is folded only when its hash agrees (to
   * rule out collisions). */
  private closeEntries(name: string, found: number[]): number[] | null {
    const fine = foldLoose(name, true);
    const h = keyHash(fine);
    const stored = this.cols.fine;
    let close: number[] | null = null;
    for (let k = 0, n = Math.min(found.length, FINE_SCAN); k < n; k++) {
      const i = found[k];
      if (stored[i] !== h || this.fineKey(this.cols.names[i]) !== fine) continue;
      close ??= [];
      close.push(i);
    }
    return close;
  }

  /** foldLoose(name, true), memoised: the same entries come back for many loose lookups. */
  private fineKey(name: string): string {
    let k = this.fineKeys.get(name);
    if (k === undefined) {
      if (this.fineKeys.size >= 50_000) this.fineKeys.clear();
      k = foldLoose(name, true);
      this.fineKeys.set(name, k);
    }
    return k;
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
    if (!this.kd) {
      const kd = new KDBush(this.size, 64, Float32Array);
      for (let i = 0; i < this.size; i++) kd.add(this.cols.lon[i], this.cols.lat[i]);
      kd.finish();
      this.kd = kd;
    }
    const dLat = km / 111;
    const dLon = km / (111 * Math.max(0.05, Math.cos((lat * Math.PI) / 180)));
    const hits = this.kd.range(lon - dLon, lat - dLat, lon + dLon, lat + dLat);
    return hits
      .map((i) => ({ ...this.candidate(i), distanceKm: haversineKm(lat, lon, this.cols.lat[i], this.cols.lon[i]) }))
      .filter((c) => c.distanceKm <= km)
      .sort((a, b) => a.distanceKm - b.distanceKm || a.geonameid - b.geonameid)
      .slice(0, limit);
  }

  private countryShapes(): CountryShape[] {
    if (!this.shapes) this.shapes = countryShapes(this.assets.countries());
    return this.shapes;
  }

  /** ISO2 code of the country containing the point (Natural Earth 50m polygons), or null at sea. */
  countryAt(lon: number, lat: number): string | null {
    return countryAtIn(this.countryShapes(), lon, lat);
  }

  countryArea(iso2: string): Polygon | MultiPolygon | null {
    return this.countryShapes().find((s) => s.iso2 === iso2)?.geometry ?? null;
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
