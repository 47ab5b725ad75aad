/**
 * A part of a continent named by a side of it (applied after ranking): "West Africa", "Central Asia", "southern
 * Europe", "sub-Saharan Africa", "the Horn of Africa". The gazetteer has no entry for such a region (Natural Earth's
 * regions layer names deserts, plains and ranges, not these), and recognition reads the continent's name after the
 * side word. The continent is no reading of the region: its centre lies thousands of kilometres from it (Africa's is
 * in the Central African Republic, Asia's in China), so an event there would be placed in the wrong country. Such a
 * pick gets no pin (the continent stays first among the alternatives). A continent written alone keeps its pin, and
 * so do names the gazetteer holds whole ("South Africa", "North America").
 */
import type { ResolvedMention } from '../types.js';

/** A side word, or the Horn, right before the continent's name ("Eastern and Southern Europe": both). */
const PART_BEFORE =
  /(?:^|[^\p{L}-])(?:(?:north|south)?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|central|south-(?:east|west)(?:ern)?|north-(?:east|west)(?:ern)?|sub-saharan|subsaharan|horn of) $/iu;

export function applyContinentParts(text: string, mentions: ResolvedMention[]): ResolvedMention[] {
  let out: ResolvedMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const p = m.place;
    if (p?.featureCode !== 'CONT') continue;
    if (!PART_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))) continue;
    out ??= mentions.slice();
    out[i] = { ...m, place: null, alternatives: [p, ...m.alternatives] };
  }
  return out ?? mentions;
}
