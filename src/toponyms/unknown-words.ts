/**
 * Words of a longer capitalised name that the gazetteer lacks: a minor place name beside a word no list knows is a
 * piece of that name ("Bani Zaid") or the first name of the person an organisation is named after ("the Toussaint
 * Louverture International Airport"), not the place. Split from single.ts (one purpose per file).
 */
import type { NameIndex } from './people.js';
import { ADMIN_HEADS, CONNECTORS, lexicon } from './lexicon.js';
import type { Token } from './tokenize.js';

/** A word no list knows and no entry names: a piece of a name the gazetteer lacks. */
function unknownWord(t: Token, gaz: NameIndex, lowerWords: Set<string>): boolean {
  const lex = lexicon();
  const w = t.lower;
  if (!t.cap || t.allCaps || t.text.length < 3 || lowerWords.has(w) || CONNECTORS.has(w)) return false;
  if (lex.common.has(w) || lex.firstNames.has(w) || lex.personTitles.has(w) || lex.orgHeads.has(w)) return false;
  return !ADMIN_HEADS.has(w) && !lex.demonyms.has(w) && !gaz.hasExact(w);
}

/** "Bani Zaid", "Tayyibat al-Imam": a minor place name (Baní, Dominican Republic) that is one word of a longer
 * capitalised name whose other word is unknown is not that place; a major one stays ("Aleppo Thermal"). */
export function partOfUnknownName(
  tokens: Token[],
  i: number,
  from: number,
  to: number,
  gaz: NameIndex,
  lowerWords: Set<string>,
  span: string,
): boolean {
  const before = i > from && tokens[i].contiguous && unknownWord(tokens[i - 1], gaz, lowerWords);
  // "Wadi al-Rabie": the unknown word may follow an article or another connector.
  let k = i + 1;
  while (k < to && CONNECTORS.has(tokens[k].lower) && tokens[k + 1].contiguous) k++;
  const after = k <= to && tokens[k].contiguous && unknownWord(tokens[k], gaz, lowerWords);
  if (!before && !after) return false;
  if (spellingOfNameBefore(tokens, from)) return true;
  const best = gaz.lookup(span, { limit: 1, loose: false })[0];
  return !best || (best.prior ?? 0) < 0.8;
}

/** "the Toussaint Louverture International Airport": a minor place name opening an organisation's name, followed by a
 * word no list knows, is the first name of the person it is named after. */
export function eponymOpening(
  text: string,
  tokens: Token[],
  i: number,
  to: number,
  gaz: NameIndex,
  lowerWords: Set<string>,
  span: string,
): boolean {
  const prev = tokens[i - 1];
  const opens = !prev?.cap || !prev.contiguous || prev.lower === 'the';
  if (!opens || i >= to || text.slice(tokens[i].end, tokens[i + 1].start) !== ' ') return false;
  const next = tokens[i + 1];
  // A surname-like word ("Louverture"), not initials ("the Ubay L.G. Cotamura hospital").
  if (!/^\p{Lu}\p{Ll}+$/u.test(next.text) || !unknownWord(next, gaz, lowerWords)) return false;
  const best = gaz.lookup(span, { limit: 1, loose: false })[0];
  return !best || (best.prior ?? 0) < 0.8;
}

/** "Adan Yabaal, also spelled Aden Yabal": a name written as another spelling of the one before is that place, so a
 * major place among its words (Aden) is no reading of it either. */
function spellingOfNameBefore(tokens: Token[], from: number): boolean {
  const w = from > 0 ? tokens[from - 1].lower : '';
  if (w === 'spelled' || w === 'spelt' || w === 'transliterated') return true;
  return w === 'as' && from > 1 && tokens[from - 2].lower === 'known';
}
