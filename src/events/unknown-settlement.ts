/**
 * "Security forces later arrested four suspects in the village of Beit Ana": an event whose clause names a settlement
 * by its kind word but has no place of its own (the gazetteer lacks the name), told after an event with a place of its
 * own, is placed near that place (ACLED codes a village it cannot locate at the nearest known location, precision 2),
 * not at the article's focus city hundreds of kilometres off. Only the sentence just before counts (not an earlier
 * clause of the same sentence), looking past up to two sentences that told no event ("The ELN has been fighting
 * dissidents … since 2025." is background) or only referred back to one: further back the story may have moved on.
 * Only a place told there counts, not the dateline or the article's focus.
 */
import { bareReference, type Candidate, type PlaceChoice, weakPlace } from './model.js';

/** "in the village of Beit Ana", "near the town of al-Mughayyir": the name may open with a lowercase article. */
const SETTLEMENT =
  /\b(?:in|at|near|into|on|from|outside)\s+the\s+(?:[\w-]+\s+){0,2}?(?:village|town|hamlet|camp|neighbou?rhood)\s+of\s+((?:\p{Ll}{1,3}[-‑])?\p{Lu}[\p{L}'’-]*(?:[ -]\p{Lu}[\p{L}'’-]*){0,3})/u;

export function unknownSettlementPlace(cands: Candidate[], clause: string, sentenceIndex: number): PlaceChoice | null {
  const named = SETTLEMENT.exec(clause);
  if (!named) return null;
  // A sentence between that told no event, or only referred back to one ("The attack on the base took place late on
  // Tuesday"), does not move the story on; at most two such sentences.
  const passes = (i: number) => cands.every((c) => c.sentenceIndex !== i || bareReference(c));
  let reach = 1;
  while (reach < 3 && passes(sentenceIndex - reach)) reach++;
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i];
    if (c.sentenceIndex < sentenceIndex - reach) break;
    if (c.sentenceIndex === sentenceIndex || weakPlace(c.place)) continue;
    return {
      ...c.place,
      geo_precision: c.place.geo_precision === 1 ? 2 : c.place.geo_precision,
      key: `${c.place.key}~near`,
      note: `near ${c.place.name}: "${named[1]}" has no place of its own, and the event before was there`,
    };
  }
  return null;
}
