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
  const ascii = foldAscii(name);
  if (ascii !== null) return ascii;
  return name
    .normalize('NFD')
    .replace(COMBINING, '')
    .toLowerCase()
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c)
    .replace(MARKS, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * foldExact of a name in ASCII only, in one pass, or null when the name holds any other character: NFD leaves ASCII as
 * it is and the combining and special letters are not ASCII, so what remains is lower case, the ASCII marks (' and `)
 * dropped, and each run of other non-alphanumerics one space, trimmed. Hyphenated and dotted names ("al-Bab", "U.S.")
 * are common in English text and took the Unicode path's five passes.
 */
function foldAscii(name: string): string | null {
  let out = '';
  let gap = false;
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i);
    if (c >= 128) return null;
    if (c === 39 || c === 96) continue; // ' and ` (MARKS): removed before the runs are read, so they split nothing
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (gap && out.length > 0) out += ' ';
      gap = false;
      out += String.fromCharCode(c);
    } else gap = true;
  }
  return out;
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

export function variantFold(word: string, keepDiphthongs: boolean): string {
  let w = word;
  // String patterns, not regular expressions: the same replacements, left to right, at a fraction of the cost.
  w = w.replaceAll('ou', 'u').replaceAll('oo', 'u').replaceAll('ee', 'i').replaceAll('ei', 'ay').replaceAll('ai', 'ay');
  w = w.replaceAll('ey', 'ay').replaceAll('ie', 'i').replaceAll('dh', 'd').replaceAll('kh', 'k').replaceAll('q', 'k');
  w = collapseRuns(w);
  // A y after a vowel is the second half of a diphthong that other spellings write as a long vowel: Shaykhun /
  // Shekhon, Dumayr / Dameer.
  if (!keepDiphthongs) w = dropDiphthongY(w);
  if (w.length > 3) w = w.slice(0, w.length - finalVowelLength(w));
  // Drop inner vowels: Dumayr / Dmeir / Dumair all become "dmyr".
  if (w.length > 3) w = w[0] + dropVowels(w, 1);
  return w;
}

// The loops below are variantFold's former regular expressions, one pass each (the fold runs for every name looked up
// and every loose candidate's name). They read UTF-16 units, as those expressions did; words hold no line breaks.

const isVowel = (c: number) => c === 97 || c === 101 || c === 105 || c === 111 || c === 117; // a e i o u

/** w.replace(/(.)\1+/g, '$1'): each run of one unit written once. */
function collapseRuns(w: string): string {
  let out = '';
  for (let i = 0; i < w.length; i++) if (i === 0 || w.charCodeAt(i) !== w.charCodeAt(i - 1)) out += w[i];
  return out;
}

/** w.replace(/([aeiou])y(?=[^aeiou]|$)/g, '$1'): a y after a vowel and before no vowel dropped. */
function dropDiphthongY(w: string): string {
  if (!w.includes('y')) return w;
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const drop =
      w.charCodeAt(i) === 121 &&
      i > 0 &&
      isVowel(w.charCodeAt(i - 1)) &&
      !(i + 1 < w.length && isVowel(w.charCodeAt(i + 1)));
    if (!drop) out += w[i];
  }
  return out;
}

/** How many units w.replace(/(ah|eh|a|e|h)$/, '') drops: "ah" or "eh" two, else a final a, e or h one. */
function finalVowelLength(w: string): number {
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  if (last === 104 && n > 1 && (w.charCodeAt(n - 2) === 97 || w.charCodeAt(n - 2) === 101)) return 2;
  return last === 97 || last === 101 || last === 104 ? 1 : 0;
}

/** w.slice(from).replace(/[aeiou]/g, ''). */
function dropVowels(w: string, from: number): string {
  let out = '';
  for (let i = from; i < w.length; i++) if (!isVowel(w.charCodeAt(i))) out += w[i];
  return out;
}

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
