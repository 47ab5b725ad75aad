/**
 * Search in the index's sorted key table. A binary search over ~1 M strings spends most of its steps (and cache misses)
 * narrowing down to the first letters; a bucket table of the first two UTF-16 units, built on first use, starts it
 * there instead. The keys stay one string ("\n" between keys, as the index stores them) with a table of where each
 * starts: splitting ~1 M keys into strings cost more at load than a whole pass of geoparse.
 */
import { ARTICLES } from './fold.js';
import { mayHold } from './key-filter.js';
import { STEM_MARK } from './twin-stems.js';

/** Buckets: the first two UTF-16 units, clamped at 127 so that bucket order is key order. */
const BUCKETS = 128 * 128;

function bucketOf(key: string): number {
  if (key.length === 0) return 0;
  const c0 = key.charCodeAt(0);
  if (c0 >= 127) return 127 * 128; // keys starting with a non-ASCII letter share the last bucket
  return c0 * 128 + (key.length > 1 ? Math.min(key.charCodeAt(1), 127) : 0);
}

/** Where each key of `text` (keys joined by "\n") starts, and one past the end: key i is
 * text[starts[i], starts[i + 1] - 1). */
export function keyStarts(text: string): Uint32Array {
  let n = 1;
  for (let p = text.indexOf('\n'); p >= 0; p = text.indexOf('\n', p + 1)) n++;
  const starts = new Uint32Array(n + 1);
  let k = 1;
  for (let p = text.indexOf('\n'); p >= 0; p = text.indexOf('\n', p + 1)) starts[k++] = p + 1;
  starts[n] = text.length + 1;
  return starts;
}

/** Buckets of at least this many keys are split by their third unit (KeyTable.subBuckets). */
const SUB_MIN = 512;
/** Third-unit classes: 0 for a key of two units, else the unit clamped at 127, plus one (class order is key order). */
const SUB_CLASSES = 129;
const thirdOf = (key: string) => (key.length > 2 ? Math.min(key.charCodeAt(2), 127) + 1 : 0);

/**
 * Where each class starts among keys [from, to) whose class (`classAt`, non-decreasing in key order) lies in
 * 0..classes-1: out[c] is the first key of class c or later, out[classes] = to. Each class's end is found by bisection
 * instead of reading every key.
 */
function classStarts(from: number, to: number, classes: number, classAt: (i: number) => number): Int32Array {
  const out = new Int32Array(classes + 1);
  out[0] = from;
  let c = 0;
  let i = from;
  while (i < to) {
    const k = classAt(i);
    for (let x = c + 1; x <= k; x++) out[x] = i;
    c = k;
    let lo = i + 1;
    let hi = to;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (classAt(mid) <= k) lo = mid + 1;
      else hi = mid;
    }
    i = lo;
  }
  for (let x = c + 1; x <= classes; x++) out[x] = to;
  return out;
}

export class KeyTable {
  private start: Int32Array | null = null;
  private readonly sub = new Map<number, Int32Array>();
  private afterArticle: Set<string> | null = null;
  private stems: Map<string, number> | null = null;
  private readonly text: string;
  private readonly starts: Uint32Array;

  /** `keys`: the sorted keys, or their stored text with its `keyStarts`; `filter`: their bit filter (key-filter.ts), when
   * the index holds one. */
  constructor(
    keys: string[] | { text: string; starts: Uint32Array },
    private readonly filter: Uint32Array | null = null,
  ) {
    if (Array.isArray(keys)) {
      this.text = keys.join('\n');
      this.starts = new Uint32Array(keys.length + 1);
      for (let i = 0; i < keys.length; i++) this.starts[i + 1] = this.starts[i] + keys[i].length + 1;
    } else {
      this.text = keys.text;
      this.starts = keys.starts;
    }
  }

  get size(): number {
    return this.starts.length - 1;
  }

  /** The key at position i. */
  keyAt(i: number): string | undefined {
    return i >= 0 && i < this.size ? this.text.slice(this.starts[i], this.starts[i + 1] - 1) : undefined;
  }

  /** Key i against `q` in UTF-16 order (what `<` on strings does): negative, 0 or positive. */
  private compare(i: number, q: string): number {
    const text = this.text;
    const from = this.starts[i];
    const len = this.starts[i + 1] - 1 - from;
    const n = Math.min(len, q.length);
    for (let j = 0; j < n; j++) {
      const d = text.charCodeAt(from + j) - q.charCodeAt(j);
      if (d !== 0) return d;
    }
    return len - q.length;
  }

  private bucketAt(i: number): number {
    const from = this.starts[i];
    const len = this.starts[i + 1] - 1 - from;
    if (len === 0) return 0;
    const c0 = this.text.charCodeAt(from);
    if (c0 >= 127) return 127 * 128;
    return c0 * 128 + (len > 1 ? Math.min(this.text.charCodeAt(from + 1), 127) : 0);
  }

  /** Where each bucket starts in the key table: start[b] is the first key whose bucket is b or later. The keys are
   * sorted and buckets follow key order, so each bucket's end is found by bisection instead of reading every key. */
  private buckets(): Int32Array {
    this.start = classStarts(0, this.size, BUCKETS, (i) => this.bucketAt(i));
    return this.start;
  }

  /** Index of `key`, or -1. */
  find(key: string): number {
    if (this.filter && !mayHold(this.filter, key)) return -1;
    const start = this.start ?? this.buckets();
    const b = bucketOf(key);
    let lo = start[b];
    let hi = start[b + 1] - 1;
    // A large bucket of two ASCII units is narrowed by the third unit too: the first steps of a bisection over tens of
    // thousands of keys are the ones that miss the cache.
    if (hi - lo >= SUB_MIN && b < 127 * 128 && key.length > 1 && key.charCodeAt(1) < 127) {
      const sub = this.subBuckets(b, lo, hi + 1);
      const t = thirdOf(key);
      hi = sub[t + 1] - 1;
      lo = sub[t];
    }
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const d = this.compare(mid, key);
      if (d === 0) return mid;
      if (d < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Where each third-unit class (thirdOf) starts inside bucket `b` = keys [from, to), which share their first two
   * units: built on first use of the bucket, by bisection as in buckets(). */
  private subBuckets(b: number, from: number, to: number): Int32Array {
    let sub = this.sub.get(b);
    if (sub) return sub;
    sub = classStarts(from, to, SUB_CLASSES, (i) => this.thirdAt(i));
    this.sub.set(b, sub);
    return sub;
  }

  private thirdAt(i: number): number {
    const from = this.starts[i];
    return this.starts[i + 1] - 1 - from > 2 ? Math.min(this.text.charCodeAt(from + 2), 127) + 1 : 0;
  }

  /**
   * True when some key is `rest` after an Arabic article ("al khiam", "el khiam", "ash sham"): a set of those
   * remainders, built on first use, answers what would otherwise be a binary search per spelling of the article.
   */
  hasArticleForm(rest: string): boolean {
    if (!this.afterArticle) {
      const set = new Set<string>();
      const start = this.start ?? this.buckets();
      // Only the buckets of the articles' first two letters can hold such keys: a few percent of the table.
      for (const b of new Set([...ARTICLES].map(bucketOf)))
        for (let i = start[b]; i < start[b + 1]; i++) {
          const k = this.keyAt(i) ?? '';
          const sp = k.indexOf(' ');
          if (sp > 0 && sp <= 3 && ARTICLES.has(k.slice(0, sp))) set.add(k.slice(sp + 1));
        }
      this.afterArticle = set;
    }
    return this.afterArticle.has(rest);
  }

  /**
   * Index of the twin stem key STEM_MARK + `rest` (twin-stems.ts), or -1: the same answer as find(STEM_MARK + rest),
   * from a map of the stem keys built on first use. Lookups ask for the stem form of nearly every spelling they try,
   * nearly always in vain; a map answers without a bisection (and without building the marked string).
   */
  findStem(rest: string): number {
    if (!this.stems) {
      const map = new Map<string, number>();
      const start = this.start ?? this.buckets();
      // Every key that starts with the mark lies in the mark's 128 buckets (bucketOf), contiguous in key order.
      const c0 = STEM_MARK.charCodeAt(0);
      for (let i = start[c0 * 128]; i < start[(c0 + 1) * 128]; i++) {
        const k = this.keyAt(i) ?? '';
        if (k.startsWith(STEM_MARK)) map.set(k.slice(STEM_MARK.length), i);
      }
      this.stems = map;
    }
    return this.stems.get(rest) ?? -1;
  }

  /** True when some key starts with `prefix`. */
  hasPrefix(prefix: string): boolean {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(mid, prefix) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.size && (this.keyAt(lo) ?? '').startsWith(prefix);
  }
}
