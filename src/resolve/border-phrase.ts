/**
 * "Koro, near the border with Burkina Faso", "Chaman, on the Afghan border": a place written beside a border lies
 * within reach of the country across it (applied after ranking). A pick far from that country (Coro, Venezuela, by
 * one of its other names) is a namesake; the best alternative near the border replaces it. With no such alternative
 * the pick stays: the gazetteer may place a border district by its centre, and the rule only chooses among readings.
 */
import { haversineKm } from '../gazetteer/distance.js';
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import type { ResolvedMention, ScoredCandidate } from '../types.js';

/** How far from the other country's territory a place "near the border" may lie. */
const NEAR_KM = 150;
/** ", near the border with ", " on the frontier with ". */
const BORDER_WITH = /^,? (?:near|on|along|close to|at) the (?:border|frontier) with $/;
/** " near the " before "<country or demonym> border". */
const BEFORE_BORDER = /^,? (?:near|on|along|close to|at) the $/;
const BORDER_AFTER = /^ (?:border|frontier)\b/;

/** The country across the border written after mention i, or null. */
function borderCountry(text: string, mentions: ResolvedMention[], i: number): string | null {
  const next = mentions[i + 1];
  if (!next) return null;
  const gap = text.slice(mentions[i].end, next.start);
  const cc =
    next.role === 'demonym' ? next.context : next.place?.featureCode.startsWith('PCL') ? next.place.countryCode : null;
  if (!cc) return null;
  if (BORDER_WITH.test(gap) && next.role === 'place') return cc;
  if (BEFORE_BORDER.test(gap) && BORDER_AFTER.test(text.slice(next.end, next.end + 10))) return cc;
  return null;
}

/** The least distance from a point to the country's outline (its vertices), or 0 inside it. */
function kmToCountry(gaz: Gazetteer, c: ScoredCandidate, iso2: string): number {
  if (c.countryCode === iso2) return 0;
  const area = gaz.countryArea(iso2);
  if (!area) return 0;
  const polys = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
  let best = Infinity;
  for (const poly of polys)
    for (const ring of poly) for (const [lon, lat] of ring) best = Math.min(best, haversineKm(c.lat, c.lon, lat, lon));
  return best;
}

const local = (c: ScoredCandidate) => !c.featureCode.startsWith('PCL') && c.featureClass !== 'H';

export function applyBorderPhrase(text: string, mentions: ResolvedMention[], gaz: Gazetteer): ResolvedMention[] {
  let out: ResolvedMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.role !== 'place' || !m.place || !local(m.place)) continue;
    const cc = borderCountry(text, mentions, i);
    if (!cc || kmToCountry(gaz, m.place, cc) <= NEAR_KM) continue;
    const alt = m.alternatives.find((c) => local(c) && kmToCountry(gaz, c, cc) <= NEAR_KM);
    if (!alt) continue;
    out ??= mentions.slice();
    out[i] = {
      ...m,
      place: { ...alt, reasons: [...alt.reasons, `near the border of ${cc}, as written`] },
      alternatives: [m.place, ...m.alternatives.filter((c) => c !== alt)],
    };
  }
  return out ?? mentions;
}
