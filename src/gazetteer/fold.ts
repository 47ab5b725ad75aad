/**
 * Name folding: two keys per name so that transliterations of the same place meet.
 *
 * - `foldExact`: case, diacritics, apostrophes/ayn/hamza marks, hyphens and punctuation removed.
 *   "Aḑ Ḑumayr" → "ad dumayr", "En Nâqoûra" → "en naqoura".
 * - `foldLoose`: foldExact, then Arabic article prefixes and generic words dropped and common
 *   vowel/consonant spelling variants merged. "Ad Dumayr", "Dmeir", "Dumair" → "dmyr"-like keys meet;
 *   "Nahr al-Litani", "Litani River" → "litani".
 */

import { canonicalHead } from './head-words.js';
import { foldUnits } from './fold-units.js';
import { variantFold } from './variant-fold.js';

export { variantFold };

const MARKS = /['’‘ʿʾ`´ʼʻ\u02BE\u02BF]/g;
const COMBINING = /[\u0300-\u036f]/g;

// Letters that NFD does not decompose.
const SPECIAL: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
};
const SPECIAL_RE = /[ßæœøđðþłıħ]/g;

/** Plain ASCII words with single spaces fold to their lower case: the common case in English text, kept off the
 * Unicode normalisation path (recognition folds every capitalised run). */
const PLAIN = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

export function foldExact(name: string): string {
  if (PLAIN.test(name)) return name.toLowerCase();
  // ASCII and the Latin, Cyrillic and punctuation blocks unit by unit (fold-units.ts), anything else by the steps.
  const fast = foldUnits(name, steps);
  if (fast !== null) return fast;
  return steps(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The Unicode path before the runs of other characters become spaces. */
function steps(name: string): string {
  return name
    .normalize('NFD')
    .replace(COMBINING, '')
    .toLowerCase()
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c)
    .replace(MARKS, '');
}

/** Arabic definite-article forms written as a separate word or with a hyphen (already split by foldExact). */
export const ARTICLES = new Set([
  'al',
  'el',
  'ad',
  'ash',
  'esh',
  'edh',
  'eth',
  'an',
  'en',
  'as',
  'at',
  'az',
  'ar',
  'ad',
  'adh',
  'ath',
  'ed',
  'es',
  'et',
  'er',
  'ez',
  'il',
  'ul',
  // French transliterations (GeoNames' Lebanon: "Aïta ech Chaab", "Ej Jdeidé"): ash-, aj-.
  'ech',
  'ej',
]);

/** Generic words that name the kind of feature rather than the feature itself. */
export const GENERIC = new Set([
  'nahr',
  'river',
  'jabal',
  'jebel',
  'djebel',
  'mount',
  'mountain',
  'mountains',
  'mt',
  'wadi',
  'governorate',
  'province',
  'muhafazat',
  'mohafazat',
  'region',
  'district',
  'city',
  'town',
  'village',
  'lake',
  'lac',
  'bahr',
  'buhayrat',
  'desert',
  'mazraat',
  'mazraet',
  'mazraa',
  'khirbet',
  'khirbat',
  'the',
  'of',
]);

/** An article word with another word after it. */
const HAS_ARTICLE = new RegExp(`(?:^| )(?:${[...ARTICLES].join('|')}) `);

/** Consonants the Arabic article assimilates to ("sun letters"), as transliterated: al-Sham → ash-Sham. */
const SUN = /^(th|dh|sh|[tdrzsln])/;

/**
 * The other spellings of the Arabic article in a folded name, as separate keys: "busra al sham" → "busra ash sham",
 * "busra esh sham"; "deir al zor" → "deir ez zor", "deir az zor". Only for words that are articles; at most 16 keys.
 */
export function articleVariants(folded: string): string[] {
  // Most names hold no article followed by another word: answer those without splitting (recognition asks often).
  if (!HAS_ARTICLE.test(folded)) return [];
  const words = folded.split(' ');
  let keys = [''];
  let changed = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    let forms = [w];
    if (next && ARTICLES.has(w) && keys.length <= 4) {
      const sun = SUN.exec(next)?.[1];
      forms = sun ? [`a${sun}`, `e${sun}`, 'al', 'el'] : ['al', 'el'];
      if (!forms.includes(w)) forms.unshift(w);
      changed = true;
    }
    keys = keys.flatMap((k) => forms.map((f) => (k ? `${k} ${f}` : f)));
  }
  return changed ? keys.filter((k) => k !== folded) : [];
}

/** The Arabic feminine ending (ta marbuta) that English news writes "-a" and GeoNames "-ah" ("Arima", Al ‘Arīmah):
 * the folded name's form with the "h", for a last word of four letters or more ending in "a"; else null. */
export function withTaMarbuta(folded: string): string | null {
  return /(?:^| )[a-z]{3,}a$/.test(folded) ? `${folded}h` : null;
}

/** The loose key; `keepDiphthongs` gives the finer key that lookup uses to rank the entries of one loose key. */
export function foldLoose(name: string, keepDiphthongs = false): string {
  const words = foldExact(name).split(' ').filter(Boolean);
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (GENERIC.has(w)) continue;
    if (ARTICLES.has(w) && i < words.length - 1) continue;
    kept.push(w);
  }
  const base = kept.length > 0 ? kept : words;
  // "Tel Rifaat" / "Tall Rif'at": the head word of a longer name in one spelling (head-words.ts).
  if (base.length > 1) base[0] = canonicalHead(base[0]);
  return base.map((w) => variantFold(w, keepDiphthongs)).join(' ');
}

/** A 32-bit FNV-1a hash of a key: the index stores it per entry so lookups compare numbers, not folded names. */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
