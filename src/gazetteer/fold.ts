/**
 * Name folding: two keys per name so that transliterations of the same place meet.
 *
 * - `foldExact`: case, diacritics, apostrophes/ayn/hamza marks, hyphens and punctuation removed.
 *   "Aḑ Ḑumayr" → "ad dumayr", "En Nâqoûra" → "en naqoura".
 * - `foldLoose`: foldExact, then Arabic article prefixes and generic words dropped and common
 *   vowel/consonant spelling variants merged. "Ad Dumayr", "Dmeir", "Dumair" → "dmyr"-like keys meet;
 *   "Nahr al-Litani", "Litani River" → "litani".
 */

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
  return name
    .normalize('NFD')
    .replace(COMBINING, '')
    .toLowerCase()
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c)
    .replace(MARKS, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Arabic definite-article forms written as a separate word or with a hyphen (already split by foldExact). */
const ARTICLES = new Set([
  'al',
  'el',
  'ad',
  'ash',
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
]);

/** Generic words that name the kind of feature rather than the feature itself. */
const GENERIC = new Set([
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

function variantFold(word: string): string {
  let w = word;
  w = w.replace(/ou/g, 'u').replace(/oo/g, 'u').replace(/ee/g, 'i').replace(/ei/g, 'ay').replace(/ai/g, 'ay');
  w = w.replace(/ey/g, 'ay').replace(/ie/g, 'i').replace(/dh/g, 'd').replace(/kh/g, 'k').replace(/q/g, 'k');
  w = w.replace(/(.)\1+/g, '$1');
  if (w.length > 3) w = w.replace(/(ah|eh|a|e|h)$/, '');
  // Drop inner vowels: Dumayr / Dmeir / Dumair all become "dmyr".
  if (w.length > 3) w = w[0] + w.slice(1).replace(/[aeiou]/g, '');
  return w;
}

export function foldLoose(name: string): string {
  const words = foldExact(name).split(' ').filter(Boolean);
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (GENERIC.has(w)) continue;
    if (ARTICLES.has(w) && i < words.length - 1) continue;
    kept.push(w);
  }
  const base = kept.length > 0 ? kept : words;
  return base.map(variantFold).join(' ');
}
