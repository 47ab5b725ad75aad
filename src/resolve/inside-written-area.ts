/**
 * "the village of Novopavlivka in the Dnipropetrovsk region", "Kamina (Haut-Lomami)": a town written inside a named
 * province lies in that province. Ranking already credits a sense inside it (written-context.ts); when the pick
 * still lies in ANOTHER province of the same country, the gazetteer lacks the town there, and a namesake elsewhere
 * in the country is worse than no pin: an alternative inside the province replaces it, else the name gets none.
 * Applied after ranking, with the province as the text's own reading of the context name. A pick lying close to the
 * province's own point is no namesake elsewhere: a border town the text places by another (often older) boundary
 * ("Mukayras in Abyan province", which GeoNames puts in Al Bayda, beside Abyan's point).
 */
import { foldExact } from '../gazetteer/fold.js';
import { haversineKm } from '../gazetteer/gazetteer.js';
import type { ResolvedMention, ScoredCandidate } from '../types.js';

/** A town or a district (what a province can hold), not a country, a province, a river or a mountain range. */
const local = (c: ScoredCandidate) =>
  c.featureClass === 'P' || (c.featureClass === 'A' && /^ADM[2-5]$/.test(c.featureCode));

/** A pick within this distance of the written province's point is taken to lie at its edge, not elsewhere. */
const NEAR_PROVINCE_KM = 40;

export function applyInsideWrittenArea(mentions: ResolvedMention[]): ResolvedMention[] {
  let out: ResolvedMention[] | null = null;
  let provinces: Map<string, ScoredCandidate> | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.role !== 'place' || !m.context || !m.place || !local(m.place)) continue;
    if (!provinces) {
      provinces = new Map();
      for (const x of mentions) if (x.place?.featureCode === 'ADM1') provinces.set(foldExact(x.text), x.place);
    }
    const area = provinces.get(foldExact(m.context));
    // Only a province of the pick's own country: "Moura in the Mopti region" read abroad is written-context's case.
    if (!area || area.countryCode !== m.place.countryCode || area.admin1 === m.place.admin1) continue;
    if (haversineKm(area.lat, area.lon, m.place.lat, m.place.lon) <= NEAR_PROVINCE_KM) continue;
    const inside = m.alternatives.find(
      (c) => local(c) && c.countryCode === area.countryCode && c.admin1 === area.admin1,
    );
    out ??= mentions.slice();
    const all = [m.place, ...m.alternatives];
    out[i] = {
      ...m,
      place: inside ? { ...inside, reasons: [...inside.reasons, `inside ${area.name}, as written`] } : null,
      alternatives: all.filter((c) => c !== inside),
    };
  }
  return out ?? mentions;
}
