/**
 * A region named by a culture's word before a continent's name (applied after ranking): "Latin America" is no entry
 * of the gazetteer, and recognition reads its last word, "America", which GeoNames gives the United States as one of
 * its other names. A country picked for a name written after such a word gets no pin: the region spans many countries,
 * and that one is not among them. A continent so picked ("Sub-Saharan Africa" read as Africa) is a coarse reading of
 * the region and stays.
 */
import type { ResolvedMention } from '../types.js';

/** Words of language or culture that name a region with a continent's name after them ("Anglophone Cameroon", a
 * part of its country, is no such region). */
const CULTURE_BEFORE = /(?:^|[^\p{L}])(?:Latin|Hispanic|Ibero|Anglo)[ -]$/u;

export function applyCulturalRegions(text: string, mentions: ResolvedMention[]): ResolvedMention[] {
  let out: ResolvedMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const p = m.place;
    if (!p?.featureCode.startsWith('PCL')) continue;
    if (!CULTURE_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start))) continue;
    out ??= mentions.slice();
    out[i] = { ...m, place: null, alternatives: [p, ...m.alternatives] };
  }
  return out ?? mentions;
}
