/**
 * Twin villages by their shared stem. GeoNames names many villages of the Levant only with a qualifier after an Arabic
 * article: "Zawtar ash Sharqiyah" and "Zawtar al Gharbiyah" (east and west), "Bayt Ur al Fawqa" and "Bayt Ur at Tahta"
 * (upper and lower), "Abasan al Kabirah" (big), in the French transcription of Lebanon's maps "Zaoutar ech
 * Charqîyé", "Fdâr el Faouqa", "Tell Kindi es Sghîr". News writes the bare stem: "near the village of Zawtar". The index keeps the
 * stem of such a name of a populated place as a key of its own, STEM_MARK + the folded stem, which the lookup meets
 * after every entry that bears the name itself (lookup-keys.ts): a stem match is exact, but ranks below a place whose
 * own name (or alternate name) the written name is.
 *
 * Only these qualifiers (direction, height and size words), only after an article word, only stems of four letters or
 * more that are no generic feature word ("Nahr el Kebir", "Haret et Tahta", "Borj ech Chemali" give no stem).
 */
import { ARTICLES } from './fold.js';

/** Marks a stem key in the key table (exact keys are folded names, loose keys start with "~"). */
export const STEM_MARK = '^';

/** Folded qualifiers, in the spellings GeoNames' dumps use (LB.txt, cities500). */
const QUALIFIERS = new Set([
  // East, west
  ...['sharqi', 'sharqiyah', 'sharqiya', 'sharqiye', 'sharqiyeh', 'sharqiyat', 'sharki', 'sharkiyah', 'sharkiya'],
  ...['charqi', 'charqiye', 'charqiyat', 'charqui', 'charki', 'chargi'],
  ...['gharbi', 'gharbiyah', 'gharbiya', 'gharbiye', 'gharbiyeh', 'gharbiyye', 'gharbiyya', 'gharbit', 'gharbiet'],
  ...['gharbie', 'gharbia', 'garbiya', 'garbiyya', 'garbiyye'],
  // North, south
  ...['shamali', 'shamaliyah', 'shamaliya', 'shamaliye', 'shamaliyeh', 'chemali', 'chemaliye', 'chmali', 'chmaliye'],
  ...['chamali', 'chimaliye', 'shmali', 'shemali', 'janubi', 'janubiyah', 'janubiya', 'janubiye', 'janubiyeh'],
  ...['jnoubi', 'jnoubiye', 'janoubi', 'janoubiye', 'jounoubi', 'jounoubiye', 'jenoubiye'],
  // Upper, lower, middle
  ...['fawqa', 'faouqa', 'fauqa', 'foqa', 'fouqa', 'foka', 'faouka', 'faouqua', 'fawqani', 'fouqani', 'faouqani'],
  ...['faouqaniye', 'fawqaniyah', 'tahta', 'tahtani', 'tahtaniyah', 'tahtaniye', 'tahtane', 'tahte', 'tehta'],
  ...['ulya', 'olya', 'oulia', 'sufla', 'soufla', 'sifla', 'sufli', 'soufle', 'wusta', 'ousta', 'oustani'],
  // Big, small
  ...['kabir', 'kabira', 'kabirah', 'kabire', 'kbir', 'kbire', 'kebir', 'kebira', 'kebire', 'kabeer', 'kubra'],
  ...['kobra', 'saghir', 'saghira', 'saghirah', 'saghire', 'sghir', 'sghire', 'sghira', 'seghir', 'zghir', 'zghire'],
  ...['sughra', 'soghra'],
]);

/** Feature words that are no village's name on their own (folded): "Haret et Tahta" is a quarter, not "Haret". */
export const FEATURE_STEMS = new Set([
  ...['nahr', 'wadi', 'ouadi', 'ras', 'jabal', 'jebel', 'djebel', 'jbel', 'tall', 'tal', 'tel', 'tell', 'tallet'],
  ...['khirbat', 'khirbet', 'kherbet', 'khirbe', 'bir', 'ain', 'ayn', 'ein', 'aain', 'deir', 'dayr', 'dair', 'kafr'],
  ...['kfar', 'kafer', 'beit', 'bayt', 'bait', 'umm', 'um', 'abu', 'marj', 'qasr', 'ksar', 'kasr', 'sahl', 'hayy'],
  ...['hay', 'hai', 'harat', 'haret', 'hara', 'harah', 'borj', 'burj', 'mazraa', 'mazraat', 'mazraah', 'mazraet'],
  ...['qalaa', 'qalaat', 'qalat', 'nabaa', 'nabi', 'karm', 'horch', 'hursh', 'khallet', 'khallat', 'qornet'],
  ...['qurnat', 'jisr', 'dahr', 'zahr', 'rujm', 'birket', 'birkat', 'souq', 'suq', 'sheikh', 'shaykh', 'khan'],
  ...['hammam', 'bustan', 'boustane', 'mughr', 'mghara', 'magharat', 'hosn', 'hisn', 'qarn', 'kroum', 'kurum'],
  ...['bab', 'dar', 'bilad', 'sharia', 'shari'],
]);

/** A folded word is one of the twin qualifiers (east, west, upper, lower, big, small, …). */
export function isTwinQualifier(word: string): boolean {
  return QUALIFIERS.has(word);
}

/**
 * The folded stems of a place name written with a twin qualifier ("Zaoutar ech Charqîyé" → ["zaoutar"]; "An Nazlah
 * ash Sharqiyah" → ["an nazlah", "nazlah"]), or none. `folded` is the name after foldExact.
 */
export function twinStems(folded: string): string[] {
  const words = folded.split(' ');
  const n = words.length;
  if (n < 3 || !QUALIFIERS.has(words[n - 1]) || !ARTICLES.has(words[n - 2])) return [];
  const stem = words.slice(0, n - 2);
  const bare = ARTICLES.has(stem[0]) && stem.length > 1 ? stem.slice(1) : stem;
  if (ARTICLES.has(bare[bare.length - 1]) || bare.join('').length < 4) return [];
  if (bare.every((w) => FEATURE_STEMS.has(w) || ARTICLES.has(w))) return [];
  return bare === stem ? [stem.join(' ')] : [stem.join(' '), bare.join(' ')];
}
