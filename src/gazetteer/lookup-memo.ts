/**
 * The memo of Gazetteer.lookup: results by loose flag, limit and name, bounded. Recognition and resolution ask for the
 * same name with different limits (1, 10, 25, 200); a lookup's result is a function of the name, the flag and the
 * limit alone, and a smaller limit's result is the first entries of a larger limit's (lookupUncached fills its list in
 * one order and stops when full; with fewer than the smaller limit in hand the two have met the same keys). So a
 * memoised result with a larger limit, or one that came back short of its own limit (every key met), answers a
 * lookup of the same name without reading the index again. The answer shares its candidate objects with that result,
 * as repeated lookups of one name and limit always have (no caller compares candidates of different lookups by
 * identity, and results are never mutated).
 */
import type { Candidate } from '../types.js';

/** Memoised results at most (the memo is cleared when full). */
const MAX = 20_000;

export class LookupMemo {
  /** By loose flag (0/1): each name's results so far, as [limit, result, limit, result, …] (one map read a call). */
  private readonly byFlag: Map<string, (number | Candidate[])[]>[] = [new Map(), new Map()];
  private size = 0;

  /** The memoised result, or one derived from the same name's result at another limit, or undefined. */
  get(name: string, loose: boolean, limit: number): Candidate[] | undefined {
    const held = this.byFlag[loose ? 1 : 0].get(name);
    if (!held) return undefined;
    for (let k = 0; k < held.length; k += 2) if (held[k] === limit) return held[k + 1] as Candidate[];
    for (let k = 0; k < held.length; k += 2) {
      const other = held[k] as number;
      const r = held[k + 1] as Candidate[];
      if (other < limit && r.length >= other) continue;
      const found = r.length <= limit ? r : (Object.freeze(r.slice(0, limit)) as Candidate[]);
      this.set(name, loose, limit, found);
      return found;
    }
    return undefined;
  }

  set(name: string, loose: boolean, limit: number, found: Candidate[]): void {
    if (this.size >= MAX) this.clear();
    this.size++;
    const byName = this.byFlag[loose ? 1 : 0];
    const held = byName.get(name);
    if (held) held.push(limit, found);
    else byName.set(name, [limit, found]);
  }

  clear(): void {
    for (const byName of this.byFlag) byName.clear();
    this.size = 0;
  }
}
