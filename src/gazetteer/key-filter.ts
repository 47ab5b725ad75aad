/**
 * A bit filter over the index's key table (stored in the index): two bits per key, at positions taken from its
 * keyHash. KeyTable.find asks it before bisecting: about two thirds of the keys a geoparse pass looks up are in no
 * entry (article forms, head-word spellings, stems, loose keys of unknown words), and a bisection's steps are cache
 * misses in a table of ~1 M keys, while the filter turns ~96 % of those away with two reads. It never turns away a key
 * that is there. 2^23 bits (1 MB) for ~960,000 keys: ~4 % of absent keys pass (docs/performance.md, twenty-third
 * session).
 */
import { keyHash } from './fold.js';

/** Bits in the filter. */
export const FILTER_BITS = 1 << 23;

/** The key's two bit positions (hash bits 9–31, and those of a second mix of the hash). */
function positions(key: string): [number, number] {
  const h = keyHash(key);
  return [h >>> 9, Math.imul(h, 0x9e3779b1) >>> 9];
}

/** The filter of a set of keys. */
export function keyFilter(keys: Iterable<string>): Uint32Array {
  const words = new Uint32Array(FILTER_BITS >>> 5);
  for (const key of keys) for (const p of positions(key)) words[p >>> 5] |= 1 << (p & 31);
  return words;
}

/** False when `key` is certainly not among the filter's keys. */
export function mayHold(filter: Uint32Array, key: string): boolean {
  const h = keyHash(key);
  const a = h >>> 9;
  if ((filter[a >>> 5] & (1 << (a & 31))) === 0) return false;
  const b = Math.imul(h, 0x9e3779b1) >>> 9;
  return (filter[b >>> 5] & (1 << (b & 31))) !== 0;
}
