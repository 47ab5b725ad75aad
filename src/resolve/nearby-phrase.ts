/**
 * "the nearby village of X": the phrase places X next to the place the text named just before it ("In Jenin, …
 * soldiers surrounded the nearby village of Burqin"). Ranking credits any namesake within 50 km of the story's places
 * alike (coherence.ts), so Brūqīn by Salfit, 17 km from another village of the story and of a slightly higher prior,
 * beat Birqīn, 4 km from Jenin. Applied after ranking: when a point candidate of X lies within NEAR_KM of the place
 * named before it and the pick does not, that candidate is the place.
 */
import { haversineKm } from '../gazetteer/gazetteer.js';
import type { ResolvedMention } from '../types.js';

const NEARBY_BEFORE = /\bnearby (?:village|town|city|camp|hamlet|settlement|area) of $/;
/** "nearby": a few kilometres; a namesake within this distance of the place before is the one meant. */
const NEAR_KM = 15;

export function applyNearbyPhrase(text: string, mentions: ResolvedMention[]): ResolvedMention[] {
  let out: ResolvedMention[] | null = null;
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.role !== 'place' || !NEARBY_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) continue;
    let k = i - 1;
    while (k >= 0 && (mentions[k].role !== 'place' || mentions[k].place?.kind !== 'point')) k--;
    const before = k >= 0 ? mentions[k].place : null;
    if (!before) continue;
    const dist = (c: { lat: number; lon: number }) => haversineKm(c.lat, c.lon, before.lat, before.lon);
    if (m.place && dist(m.place) <= NEAR_KM) continue;
    const alt = m.alternatives.find((c) => c.kind === 'point' && dist(c) <= NEAR_KM);
    if (!alt) continue;
    out ??= mentions.slice();
    out[i] = {
      ...m,
      place: { ...alt, reasons: [...alt.reasons, `nearby ${before.name}, as written`] },
      alternatives: [...(m.place ? [m.place] : []), ...m.alternatives].filter((c) => c !== alt),
    };
  }
  return out ?? mentions;
}
