/**
 * A name qualified by the possessive of the same name: "Sagaing's Sagaing township", "Kherson's Kherson district",
 * "Mopti's Mopti city". The first is the larger area (a region), the second the smaller unit named after it: the
 * town for "township", "city", "town"; the district for "district", "county", "raion" (a town when the gazetteer has
 * no such district). Applied after ranking, on the text; one sense per name would give both the region.
 */
import { foldExact } from '../gazetteer/fold.js';
import type { ResolvedMention, ScoredCandidate } from '../types.js';

const BETWEEN = /^['’]s\s+$/;
const UNIT_AFTER = /^\s+(township|city|town|municipality|district|county|raion|subdistrict)\b/i;

/** Rank of a sense for the unit word (lower is better), or null when it cannot be that unit. */
function unitRank(c: ScoredCandidate, unit: string): number | null {
  const town = c.featureClass === 'P' && c.featureCode !== 'PPLX';
  const district = c.featureClass === 'A' && /^ADM[2-5]$/.test(c.featureCode);
  if (/^(district|county|raion|subdistrict)$/.test(unit)) return district ? 0 : town ? 1 : null;
  return town ? 0 : district ? 1 : null;
}

/** The mentions with such phrases read as the smaller unit (a new array). */
export function applySameNameParts(text: string, mentions: ResolvedMention[]): ResolvedMention[] {
  let out: ResolvedMention[] | null = null;
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i];
    const outer = mentions[i - 1];
    const gap = m.start - outer.end;
    if (gap < 3 || gap > 4 || m.role !== 'place' || !BETWEEN.test(text.slice(outer.end, m.start))) continue;
    if (foldExact(outer.text) !== foldExact(m.text)) continue;
    const u = UNIT_AFTER.exec(text.slice(m.end, m.end + 20));
    if (!u) continue;
    const unit = u[1].toLowerCase();
    const senses = [m.place, ...m.alternatives].filter((c): c is ScoredCandidate => !!c);
    let best: ScoredCandidate | null = null;
    let bestFit = 2;
    for (const c of senses) {
      const f = unitRank(c, unit);
      // The smaller unit lies in the larger one's country.
      if (f === null || f >= bestFit || (outer.place && c.countryCode !== outer.place.countryCode)) continue;
      best = c;
      bestFit = f;
    }
    if (!best || best === m.place) continue;
    out ??= mentions.slice();
    const why = `the ${unit} named after ${outer.text}, as written ("${outer.text}'s ${m.text} ${unit}")`;
    out[i] = {
      ...m,
      place: { ...best, reasons: [...best.reasons, why] },
      alternatives: senses.filter((c) => c !== best),
    };
  }
  return out ?? mentions;
}
