/**
 * A first-level area abroad written as a district (applied after ranking): "the Salah al-Din district" in a story about
 * Tripoli (Libya) is a quarter of that city named after Saladin, as streets and quarters across the Arab world are, not
 * Iraq's Salah ad Din province. lone-abroad.ts lets such first-level areas stand (a province is often named abroad:
 * "Texas" in a story about Ukraine). A province written after "the" or a possessive, with a lower unit word after it
 * ("district", "quarter", "neighbourhood", "suburb"; not "a Texas district court"), is one, when every other place
 * of the story lies in one other country and all of them more than WORLD_AWAY_KM from it: it yields to an
 * alternative in the story's country, else to no pin (it stays first among the alternatives). A district of a nearby country ("Kasese district", Uganda, in a Kenya story) stays.
 */
import { haversineKm } from '../gazetteer/distance.js';
import type { ResolvedMention } from '../types.js';

/** The unit word after the name, not opening an office's name ("a Texas district court", "the Ohio district
 * attorney")… */
const LOWER_UNIT =
  /^ (?:district|quarter|neighbou?rhood|suburb)\b(?! (?:courts?|attorneys?|judges?|offices?|councils?|commissioners?|school|police|heating)\b)/;
/** …and "the" or a city's possessive before it ("the Salah al-Din district", "Tripoli's Salah al-Din district"). */
const ARTICLE_BEFORE = /(?:\bthe|['’]s) $/;
/** The story's places lie this far from the area: another part of the world. */
const WORLD_AWAY_KM = 2000;

export function applyDistrictAbroad(text: string, mentions: ResolvedMention[]): ResolvedMention[] {
  let out: ResolvedMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const p = m.place;
    if (m.role !== 'place' || p?.featureCode !== 'ADM1') continue;
    if (
      !LOWER_UNIT.test(text.slice(m.end, m.end + 30)) ||
      !ARTICLE_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start))
    )
      continue;
    const others = mentions.filter(
      (o) => o.text !== m.text && o.place?.countryCode && o.place.featureCode !== 'CONT' && o.place.match !== 'loose',
    );
    const places = others.filter((o) => o.role === 'place');
    const countries = new Set((places.length ? places : others).map((o) => o.place?.countryCode));
    if (countries.size !== 1 || countries.has(p.countryCode)) continue;
    if (others.some((o) => o.place && haversineKm(p.lat, p.lon, o.place.lat, o.place.lon) <= WORLD_AWAY_KM)) continue;
    const home = [...countries][0];
    const alt = m.alternatives.find((a) => a.countryCode === home);
    out ??= mentions.slice();
    out[i] = alt
      ? { ...m, place: alt, alternatives: [p, ...m.alternatives.filter((a) => a !== alt)] }
      : { ...m, place: null, alternatives: [p, ...m.alternatives] };
  }
  return out ?? mentions;
}
