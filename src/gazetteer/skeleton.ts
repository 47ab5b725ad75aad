/**
 * A spelling skeleton finer than the loose key (fold.ts): the name as English news would write it, its vowels kept.
 * "Dhayra" and Ed Dhaïra, "Qlaileh" and El Qlaïlé, "Shebaa" and Chebaâ meet; the hill Ed Dhaïr and the village
 * Khaloué, which the loose key also meets, do not.
 */
import { ARTICLES, foldExact, GENERIC } from './fold.js';
import { canonicalHead } from './head-words.js';

/** One word as English news would write it: French digraphs (ch, dj, ou), diphthongs (ai/ei/ey/ay), q/k, doubled
 * letters, and a final tā marbūṭa (-eh, -ah, -é, -a) all one way. */
function word(w: string): string {
  let x = w
    .replace(/ch/g, 'sh')
    .replace(/dj/g, 'j')
    .replace(/ou|oo|w/g, 'u')
    .replace(/ee|ie/g, 'i');
  x = x
    .replace(/[ae][iy]|ey/g, 'ay')
    .replace(/q|kh|c(?!h)/g, 'k')
    .replace(/dh/g, 'd');
  x = x.replace(/(.)\1+/g, '$1');
  return x.length > 3 ? x.replace(/([aeiou])h$/, '$1').replace(/[ae]$/, 'a') : x;
}

const memo = new Map<string, string>();

/** The name without its articles and feature words, each word spelled as above (memoised: the same entries come back
 * for many lookups). */
export function spellingSkeleton(name: string): string {
  let k = memo.get(name);
  if (k === undefined) {
    if (memo.size >= 50_000) memo.clear();
    k = skeletonOf(name);
    memo.set(name, k);
  }
  return k;
}

function skeletonOf(name: string): string {
  const words = foldExact(name).split(' ');
  const kept = words.filter((w, i) => w && !GENERIC.has(w) && !(ARTICLES.has(w) && i < words.length - 1));
  const base = kept.length > 0 ? kept : words;
  if (base.length > 1) base[0] = canonicalHead(base[0]);
  return base.map(word).join(' ');
}
