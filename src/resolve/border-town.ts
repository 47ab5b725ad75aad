/**
 * "near the border town of La Victoria", "Ruhengeri, a border town": the text says the place lies by a border
 * (applied after ranking). A pick with no other country within reach is a namesake inland (La Victoria, Aragua, for
 * the Venezuelan border town in Apure, which the gazetteer lacks): an alternative that does lie by a border, in a
 * country the text names, replaces it; with none the name gets no pin rather than a town the text rules out.
 */
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import type { ResolvedMention, ScoredCandidate } from '../types.js';

/** "the border town of ", "a border village called ", "the frontier city of ", "border town ". */
const BEFORE = /\b(?:border|frontier) (?:town|city|village|settlement|post)(?: of| called| named)? $/i;
/** ", a border town", ", a small frontier town". */
const AFTER = /^, (?:a|the) (?:[a-z]+ )?(?:border|frontier) (?:town|city|village|settlement)\b/;

/** How far from another country a border town may lie, and the rings of points tried around it (km). */
const RINGS_KM = [25, 50, 80];
const BEARINGS = 12;

/** Whether some point within RINGS_KM of `c` lies in a country other than its own. */
export function byBorder(gaz: Gazetteer, c: { lat: number; lon: number; countryCode: string }): boolean {
  const kmPerDegLat = 111.2;
  const kmPerDegLon = kmPerDegLat * Math.max(0.05, Math.cos((c.lat * Math.PI) / 180));
  for (const r of RINGS_KM)
    for (let k = 0; k < BEARINGS; k++) {
      const a = (2 * Math.PI * k) / BEARINGS;
      const at = gaz.countryAt(c.lon + (r * Math.sin(a)) / kmPerDegLon, c.lat + (r * Math.cos(a)) / kmPerDegLat);
      if (at && at !== c.countryCode) return true;
    }
  return false;
}

const local = (c: ScoredCandidate) => c.featureClass === 'P' || (c.featureClass === 'A' && c.featureCode !== 'ADM1');

export function applyBorderTown(text: string, mentions: ResolvedMention[], gaz: Gazetteer): ResolvedMention[] {
  let out: ResolvedMention[] | null = null;
  let named: Set<string> | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.role !== 'place' || !m.place || !local(m.place)) continue;
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    if (!BEFORE.test(before) && !AFTER.test(text.slice(m.end, m.end + 50))) continue;
    if (byBorder(gaz, m.place)) continue;
    named ??= namedCountries(mentions);
    const countries = named;
    const alt = m.alternatives.find((c) => local(c) && countries.has(c.countryCode) && byBorder(gaz, c));
    out ??= mentions.slice();
    out[i] = alt
      ? {
          ...m,
          place: { ...alt, reasons: [...alt.reasons, 'a border town, as written'] },
          alternatives: [m.place, ...m.alternatives.filter((c) => c !== alt)],
        }
      : { ...m, place: null, alternatives: [m.place, ...m.alternatives] };
  }
  return out ?? mentions;
}

/** The countries the text names: by a demonym, or by a place resolved there. */
function namedCountries(mentions: ResolvedMention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    if (m.role === 'demonym' && m.context) out.add(m.context);
    else if (m.place?.countryCode) out.add(m.place.countryCode);
  }
  return out;
}
