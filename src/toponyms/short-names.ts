/**
 * Three-letter names ("in Gao", "to Bor", "between Damboa and Biu"): a short word is a place only with evidence, a cue
 * word before and a well-known entry, a seat in a province the text names, a list partner nearby, or the same word
 * written elsewhere before a unit word. Split from
 * single.ts (one purpose per file).
 */
import { besideListedPlace } from './list-partner.js';
import type { NameIndex } from './people.js';
import { CUES_BEFORE, lexicon } from './lexicon.js';
import type { Token } from './tokenize.js';

/** A three-letter name after a cue word is a place when its best entry is this well known: a provincial capital of
 * about a million or a province ("in Jos", "in Kut", "to Gao"), not a village named like an abbreviation. */
const SHORT_MIN_PRIOR = 0.75;

/** A three-letter word no list knows (no common word, given name, title or demonym, never written in lower case, not
 * at a sentence start unless `atStart`) that ends the name there: "in Gao", "to Gao," but not "Ras Isa" or "Gao
 * Zhisheng". */
function unknownShortWord(tokens: Token[], i: number, lowerWords: Set<string>, atStart = false): boolean {
  const lex = lexicon();
  const t = tokens[i];
  const w = t.lower;
  if (w.length !== 3 || (t.sentenceStart && !atStart) || lowerWords.has(w)) return false;
  if (lex.common.has(w) || lex.firstNames.has(w) || lex.personTitles.has(w) || lex.demonyms.has(w)) return false;
  return !(i + 1 < tokens.length && tokens[i + 1].cap && tokens[i + 1].contiguous);
}

/** "on the road to Gao", "fighting in Kut", "the Gao region": a three-letter word that no list knows, after a
 * preposition of place or a verb of attack or before a unit word, is a place when it names a province, a capital or a
 * large town (prior ≥ 0.8). */
export function shortAfterCue(
  text: string,
  tokens: Token[],
  i: number,
  span: string,
  gaz: NameIndex,
  lowerWords: Set<string>,
): boolean {
  if (i === 0 || !unknownShortWord(tokens, i, lowerWords)) return false;
  // "the Gao region": the unit word after the name is evidence enough.
  const next = tokens[i + 1];
  const unit = !!next && !next.cap && next.contiguous && /^(region|province|governorate|state)$/.test(next.lower);
  const prev = tokens[i - 1].lower;
  // "According to Yap": a source, not a place. "jets flew over Qom", "control of the skies over Kut": "over" is a
  // cue here, where the name must be a major place, though not for longer words (a dispute "over Lincoln").
  const cueBefore = CUES_BEFORE.has(prev) || prev === 'over';
  if (!unit && (!cueBefore || prev === 'of' || (i > 1 && tokens[i - 2].lower === 'according'))) return false;
  const best = gaz.lookup(span, { limit: 1, loose: false })[0];
  if (!best || (best.featureClass !== 'P' && best.featureClass !== 'A')) return false;
  // A seat less known than that, in a province the text names: "to Bor" beside "Jonglei", "in Owo" beside "Ondo".
  const seat = best.featureCode === 'PPLA' || best.featureCode === 'PPLA2';
  return (best.prior ?? 0) >= SHORT_MIN_PRIOR || (seat && wordIn(text, best.admin1Name.replace(UNIT_END, '')));
}

const UNIT_END = / (?:State|Province|Region|Governorate|Division|Oblast)$/; // "Ondo State": the text may write "Ondo"

/** Whether `name` is written in `text` as a word. */
const wordIn = (text: string, name: string) =>
  name.length > 3 &&
  new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text);

/** "Edo State police said … Edo has seen a rise in kidnappings": a three-letter word no list knows, even at a sentence
 * start, is a place when the text also writes it before a unit word (its own province, named in full). */
export function shortNamedWithUnit(
  text: string,
  tokens: Token[],
  i: number,
  span: string,
  lowerWords: Set<string>,
): boolean {
  if (!unknownShortWord(tokens, i, lowerWords, true) || !/^\p{Lu}\p{Ll}{2}$/u.test(span)) return false;
  const unit = new RegExp(`(?<![\\p{L}])${span} (?:[Ss]tate|[Pp]rovince|[Rr]egion|[Gg]overnorate)(?![\\p{L}])`, 'u');
  return unit.test(text);
}

/** "fled towards Menaka and Gao", "between Damboa and Biu": a three-letter word no list knows, joined by "and" / "or"
 * to a place name and with a town or area of the same country within reach of it (list-partner.ts), is a place: a
 * list of two places names neighbours. */
export function shortListed(
  text: string,
  tokens: Token[],
  i: number,
  span: string,
  gaz: NameIndex,
  lowerWords: Set<string>,
): boolean {
  if (!unknownShortWord(tokens, i, lowerWords)) return false;
  return besideListedPlace(text, tokens, i, span, gaz);
}
