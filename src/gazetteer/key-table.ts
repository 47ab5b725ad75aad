/**
 * Search in the index's sorted key table. A binary search over ~1 M strings spends most of its steps (and cache misses)
 * narrowing down to the first letters; a bucket table of the first two UTF-16 units, built on first use, starts it
 * there instead.
 */
import { ARTICLES } from './fold.js';

/** Buckets: the first two UTF-16 units, clamped at 127 so that bucket order is key order. */
const BUCKETS = 128 * 128;

function bucketOf(key: string): number {
  if (key.length === 0) return 0;
  const c0 = key.charCodeAt(0);
  if (c0 >= 127) return 127 * 128; // keys starting with a non-ASCII letter share the last bucket
  return c0 * 128 + (key.length > 1 ? Math.min(key.charCodeAt(1), 127) : 0);
}

export class KeyTable {
  private start: Int32Array | null = null;
  private afterArticle: Set<string> | null = null;

  constructor(readonly keys: string[]) {}

  /** Where each bucket starts in the key table (a few ms for the whole table). */
  private buckets(): Int32Array {
    const start = new Int32Array(BUCKETS + 1);
    for (const k of this.keys) start[bucketOf(k) + 1]++;
    for (let b = 0; b < BUCKETS; b++) start[b + 1] += start[b];
    this.start = start;
    return start;
  }

  /** Index of `key`, or -1. */
  find(key: string): number {
    const keys = this.keys;
    const start = this.start ?? this.buckets();
    const b = bucketOf(key);
    let lo = start[b];
    let hi = start[b + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = keys[mid];
      if (k === key) return mid;
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /**
   * True when some key is `rest` after an Arabic article ("al khiam", "el khiam", "ash sham"): a set of those
   * remainders, built on first use, answers what would otherwise be a binary search per spelling of the article.
   */
  hasArticleForm(rest: string): boolean {
    if (!this.afterArticle) {
      const set = new Set<string>();
      for (const k of this.keys) {
        const sp = k.indexOf(' ');
        if (sp > 0 && sp <= 3 && ARTICLES.has(k.slice(0, sp))) set.add(k.slice(sp + 1));
      }
      this.afterArticle = set;
    }
    return this.afterArticle.has(rest);
  }

  /** True when some key starts with `prefix`. */
  hasPrefix(prefix: string): boolean {
    const keys = this.keys;
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo < keys.length && keys[lo].startsWith(prefix);
  }
}
