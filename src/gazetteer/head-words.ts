/**
 * Leading words of Arabic place names that news and gazetteers spell several ways: "Tel/Tell/Tal/Tall" (mound),
 * "Deir/Dayr/Dair/Der" (monastery), "Kafr/Kfar/Kafar/Kfer" (village), "Ain/Ayn/Ein" (spring), "Beit/Bayt/Bait"
 * (house) and "Jisr/Jesr" (bridge). The lookup tries the other spellings of such a word
 * as exact names, and the loose key writes them all one way. Only the first word of a name of two or more words.
 */
import { ARTICLES } from './fold.js';

const FORMS: string[][] = [
  ['tall', 'tal', 'tel', 'tell'],
  ['dayr', 'deir', 'dair', 'der'],
  ['kafr', 'kfar', 'kafar', 'kfer', 'kefr'],
  ['ayn', 'ain', 'ein'],
  ['bayt', 'beit', 'bait', 'bet'],
  ['jisr', 'jesr'],
];

const BY_WORD = new Map<string, string[]>();
for (const forms of FORMS) for (const f of forms) BY_WORD.set(f, forms);

/** The canonical spelling of a head word ("tel" → "tall"), or the word itself. */
export function canonicalHead(word: string): string {
  return BY_WORD.get(word)?.[0] ?? word;
}

/** The folded name with its first word in each other spelling of that head word ("tel abyad" → "tall abyad", …). */
export function headVariants(folded: string): string[] {
  const sp = folded.indexOf(' ');
  if (sp < 0) return [];
  const forms = BY_WORD.get(folded.slice(0, sp));
  if (!forms) return [];
  const rest = folded.slice(sp);
  const own = folded.slice(0, sp);
  return forms.filter((f) => f !== own).map((f) => f + rest);
}

/** Doubled or digraph vowels that English spellings write for one long vowel: "Shaykhoun" / Shaykhūn, "Rifaat" /
 * Rif'at, "Hameed" / Hamīd. */
const LONG_VOWELS = /ou|oo|ee|aa/;

/** The folded name of two or more words with the long vowels of its words of five letters or more written as one
 * letter ("khan shaykhoun" → "khan shaykhun"; short words such as "Goo" stay), or null when nothing changes or the
 * name has fewer than two words besides an article. */
export function shortVowels(folded: string): string | null {
  if (!LONG_VOWELS.test(folded) || !folded.includes(' ')) return null;
  // Two words besides the article: "al dameer" is one word, and "al damir" another place's spelling.
  const words0 = folded.split(' ');
  if (words0.filter((w) => !ARTICLES.has(w)).length < 2) return null;
  let changed = false;
  const words = words0.map((w) => {
    if (w.length < 5 || !LONG_VOWELS.test(w)) return w;
    changed = true;
    return w.replace(/ou|oo/g, 'u').replace(/ee/g, 'i').replace(/aa/g, 'a');
  });
  return changed ? words.join(' ') : null;
}
