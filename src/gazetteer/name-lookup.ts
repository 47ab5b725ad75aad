/**
 * The uncached half of Gazetteer.lookup (gazetteer.ts): a name's entries through the keys lookup-keys.ts yields, exact
 * matches first, then loose ones with those whose main name meets the finer loose key in front. Split from the
 * Gazetteer class so that each file keeps one purpose (the class holds the memos, the spatial and country queries).
 */
import type { Candidate } from '../types.js';
import type { CandidateCache } from './candidate-row.js';
import { foldLoose, keyHash } from './fold.js';
import type { IndexColumns } from './format.js';
import type { KeyTable } from './key-table.js';
import { lookupKeys } from './lookup-keys.js';

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

export class NameLookup {
  private readonly fineKeys = new Map<string, string>();
  /** Entries already taken by the current lookup: seen[i] === pass (no Set per lookup). */
  private seen: Uint32Array | null = null;
  private pass = 0;

  constructor(
    private readonly cols: IndexColumns,
    private readonly table: KeyTable,
    private readonly built: CandidateCache,
  ) {}

  /** Forget the memoised finer keys (with the Gazetteer's other memos). */
  clear(): void {
    this.fineKeys.clear();
  }

  /** Candidates for a name, exact matches first, then loose ones; each group ordered by the prior. */
  lookup(name: string, options: LookupOptions): Candidate[] {
    const limit = options.limit ?? 20;
    const out: Candidate[] = [];
    if (!this.seen || this.pass >= 0xfffffff0) {
      this.seen = new Uint32Array(this.cols.ids.length);
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
}
