/**
 * The words a text writes both capitalised and in lower case ("Aid" / "aid"): recognition's `lowerWords`, which tell
 * a common word from a name. Most lower-case words are never capitalised, so each is first checked against a bit
 * table of the capitalised words' (length, first unit, last unit) and only a word whose bit is set is looked up in the
 * set: a set's look-up hashes the word, and this ran for every lower-case word of every text (twenty-fifth session).
 */
import type { Token } from './tokenize.js';

/** One bit per (length & 31, first unit & 31, last unit & 31); cleared again after each text. */
const BITS = new Uint32Array(1024);

const signature = (w: string) =>
  ((w.length & 31) << 10) | ((w.charCodeAt(0) & 31) << 5) | (w.charCodeAt(w.length - 1) & 31);

/** The lower case of every word written both ways, in the order its first lower-case use comes. */
export function wordsInBothCases(tokens: Token[]): Set<string> {
  const capWords = new Set<string>();
  const marked: number[] = [];
  for (const t of tokens) {
    if (!t.cap) continue;
    capWords.add(t.lower);
    const s = signature(t.lower);
    BITS[s >>> 5] |= 1 << (s & 31);
    marked.push(s >>> 5);
  }
  const lowerWords = new Set<string>();
  if (capWords.size > 0)
    for (const t of tokens) {
      if (t.cap) continue;
      const s = signature(t.lower);
      if ((BITS[s >>> 5] & (1 << (s & 31))) !== 0 && capWords.has(t.lower)) lowerWords.add(t.lower);
    }
  for (const k of marked) BITS[k] = 0;
  return lowerWords;
}
