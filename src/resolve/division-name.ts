/**
 * "Barishal division", "Khulna and Sylhet divisions": a first-level area the gazetteer names with the unit word
 * itself ("Barisal Division", Bangladesh). The word "division" cannot hint an area by itself (an army's "Gaza division"
 * is no province), so ranking reads the city, the division's seat. After ranking, a pick that is the seat of its
 * first-level area (PPLA or PPLC), with "division(s)" written after the name (or after a list it opens), yields to
 * that area when the gazetteer's own name for the area ends in "Division". "the 10th Armored Division" or "the army's
 * Gaza division" are untouched: their areas are not so named.
 */
import { copyWith } from './copy-with.js';
import type { CandidateSource } from './options.js';
import type { ResolvedMention, ScoredCandidate } from '../types.js';

/** " division", or " and Khulna divisions", ", Khulna and Sylhet divisions" after the first item of a list. */
const DIVISION_AFTER = /^(?:(?:,|,? and) \p{Lu}[\p{L}'’-]*)* divisions?\b/iu;
const SUFFIX = ' division';

export function applyDivisionNames(text: string, mentions: ResolvedMention[], gaz: CandidateSource): ResolvedMention[] {
  let out: ResolvedMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const p = m.place;
    if (m.role !== 'place' || !p || (p.featureCode !== 'PPLA' && p.featureCode !== 'PPLC')) continue;
    if (!p.admin1Name?.toLowerCase().endsWith(SUFFIX) || !DIVISION_AFTER.test(text.slice(m.end, m.end + 60))) continue;
    const area = gaz
      .lookup(p.admin1Name, { limit: 10, loose: false })
      .find((c) => c.featureCode === 'ADM1' && c.countryCode === p.countryCode && c.admin1 === p.admin1);
    if (!area) continue;
    out ??= mentions.slice();
    const place: ScoredCandidate = {
      ...copyWith(area, { match: p.match }),
      score: p.score,
      reasons: [...p.reasons, `"${m.text} division": the gazetteer's ${area.name}, whose seat was picked`],
    };
    out[i] = { ...m, place, alternatives: [p, ...m.alternatives.filter((c) => c.geonameid !== area.geonameid)] };
  }
  return out ?? mentions;
}
