/**
 * variantFold (fold.ts's loose spelling merge of one word) in one buffer of UTF-16 units: the ten string replacements,
 * the collapse of repeated units, the diphthong y, the final vowel and the inner vowels, each a pass over the buffer
 * in place, and one string made at the end. The chain of `replaceAll` calls and the per-unit string concatenations it
 * replaced were most of the loose key's cost, and the loose key is folded for every loose lookup and for the names of
 * the entries it meets (twenty-fourth session, docs/performance.md). Each pass reads what the former code read: a
 * replacement never lengthens the word, so writing at `w <= r` leaves the units still to be read intact, and matches
 * are taken left to right without overlap, as `replaceAll` takes them.
 */

let buf = new Uint16Array(64);

const A = 97;
const D = 100;
const E = 101;
const H = 104;
const I = 105;
const K = 107;
const O = 111;
const Q = 113;
const U = 117;
const Y = 121;

const isVowel = (c: number) => c === A || c === E || c === I || c === O || c === U;

/** In place: each `first second` pair of the buffer's first n units becomes `to` (and `to2`, when not -1); the new n. */
function pairs(b: Uint16Array, n: number, first: number, second: number, to: number, to2: number): number {
  let w = 0;
  for (let r = 0; r < n; r++) {
    if (b[r] === first && r + 1 < n && b[r + 1] === second) {
      b[w++] = to;
      if (to2 >= 0) b[w++] = to2;
      r++;
    } else b[w++] = b[r];
  }
  return w;
}

export function variantFold(word: string, keepDiphthongs: boolean): string {
  let n = word.length;
  // The shared buffer grows for words of a usual length; a longer one (pathological input) gets its own, not kept.
  if (buf.length < n && n <= 1024) buf = new Uint16Array(2 * n);
  const b = buf.length < n ? new Uint16Array(n) : buf;
  for (let k = 0; k < n; k++) b[k] = word.charCodeAt(k);
  // ou→u oo→u ee→i ei→ay ai→ay ey→ay ie→i dh→d kh→k, in this order, then q→k.
  n = pairs(b, n, O, U, U, -1);
  n = pairs(b, n, O, O, U, -1);
  n = pairs(b, n, E, E, I, -1);
  n = pairs(b, n, E, I, A, Y);
  n = pairs(b, n, A, I, A, Y);
  n = pairs(b, n, E, Y, A, Y);
  n = pairs(b, n, I, E, I, -1);
  n = pairs(b, n, D, H, D, -1);
  n = pairs(b, n, K, H, K, -1);
  for (let k = 0; k < n; k++) if (b[k] === Q) b[k] = K;
  // Each run of one unit written once.
  let w = 0;
  for (let r = 0; r < n; r++) if (r === 0 || b[r] !== b[r - 1]) b[w++] = b[r];
  n = w;
  // A y after a vowel and before no vowel dropped (read in the word as it stood before this pass).
  if (!keepDiphthongs) {
    w = 0;
    let prev = -1;
    for (let r = 0; r < n; r++) {
      const c = b[r];
      const drop = c === Y && r > 0 && isVowel(prev) && !(r + 1 < n && isVowel(b[r + 1]));
      prev = c;
      if (!drop) b[w++] = c;
    }
    n = w;
  }
  // A final "ah" or "eh", else a final a, e or h.
  if (n > 3) {
    const last = b[n - 1];
    if (last === H && (b[n - 2] === A || b[n - 2] === E)) n -= 2;
    else if (last === A || last === E || last === H) n -= 1;
  }
  // Inner vowels dropped.
  if (n > 3) {
    w = 1;
    for (let r = 1; r < n; r++) if (!isVowel(b[r])) b[w++] = b[r];
    n = w;
  }
  // Unit by unit: for words this short, faster than String.fromCharCode.apply over a view of the buffer (measured).
  let out = '';
  for (let k = 0; k < n; k++) out += String.fromCharCode(b[k]);
  return out;
}
