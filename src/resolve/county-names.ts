/**
 * "Stearns County" written, then "Stearns, Benton and Sherburne": a bare name whose county the text names is that
 * county when its own pick lies far from it (a namesake town in another state); a town inside its county ("Dallas"
 * beside "Dallas County") keeps its pin. Applied after ranking.
 */
import { haversineKm } from '../gazetteer/gazetteer.js';
import type { ResolvedMention, ScoredCandidate } from '../types.js';

/** A pick farther than this from the written county is another place of the name. */
const FAR_KM = 150;
const COUNTY = ' County';

export function applyCountyNames(mentions: ResolvedMention[]): ResolvedMention[] {
  let counties: Map<string, ScoredCandidate> | null = null;
  // Not a county named only inside an organisation's name: "Durham County Council" is County Durham's council, in
  // England, not Durham County, North Carolina (the one entry the gazetteer names so).
  for (const m of mentions)
    if (m.role === 'place' && m.place?.featureCode === 'ADM2' && m.text.endsWith(COUNTY)) {
      counties ??= new Map();
      counties.set(m.text.slice(0, -COUNTY.length), m.place);
    }
  if (!counties) return mentions;
  let out: ResolvedMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const county = m.role === 'place' && m.place ? counties.get(m.text) : undefined;
    if (!county || !m.place || m.place.geonameid === county.geonameid) continue;
    if (haversineKm(county.lat, county.lon, m.place.lat, m.place.lon) <= FAR_KM) continue;
    out ??= mentions.slice();
    out[i] = {
      ...m,
      place: { ...county, reasons: [...county.reasons, `${county.name}, written in the text`] },
      alternatives: [m.place, ...m.alternatives],
    };
  }
  return out ?? mentions;
}
