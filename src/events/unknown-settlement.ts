/**
 * "Security forces later arrested four suspects in the village of Beit Ana": a settlement named by its kind word but
 * unknown to the gazetteer, right after an event told with a place of its own, is placed near that place (ACLED codes
 * a village it cannot locate at the nearest known location, precision 2), not at the article's focus city hundreds of
 * kilometres off. Only the sentence just before counts: further back the story may have moved on.
 */
import type { Candidate, PlaceChoice } from './model.js';

const SETTLEMENT =
  /\b(?:in|at|near|into|on|from|outside)\s+the\s+(?:[\w-]+\s+){0,2}?(?:village|town|hamlet|camp|neighbou?rhood)\s+of\s+(\p{Lu}[\p{L}'’-]*(?:[ -]\p{Lu}[\p{L}'’-]*){0,3})/u;

export function unknownSettlementPlace(cands: Candidate[], clause: string, sentenceIndex: number): PlaceChoice | null {
  const named = SETTLEMENT.exec(clause);
  if (!named) return null;
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i];
    if (c.sentenceIndex < sentenceIndex - 1) break;
    if (c.sentenceIndex === sentenceIndex || c.place.kind === 'dateline' || c.place.kind === 'focus') continue;
    return {
      ...c.place,
      geo_precision: c.place.geo_precision === 1 ? 2 : c.place.geo_precision,
      key: `${c.place.key}~near`,
      note: `near ${c.place.name}: "${named[1]}" is not in the gazetteer, and the event before was there`,
    };
  }
  return null;
}
