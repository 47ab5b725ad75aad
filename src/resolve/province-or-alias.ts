/**
 * A name that is a first-level area's own name and another place's old or foreign name: "Edo" is Edo State (Nigeria)
 * by its name and Tokyo by its old one. Ranking reads the capital (its prior outweighs the state's); after ranking, a
 * pick reached only through another of its names yields when an alternative is a first-level area abroad that the
 * gazetteer names so, with or without its unit word ("Edo State"): to that area when another place of the text lies
 * in its country, to no pin when no place of the text lies in either country. A place of the pick's own country keeps
 * it ("Edo" in a story of Japan's shoguns).
 */
import { spellingSkeleton } from '../gazetteer/skeleton.js';
import type { ResolvedMention, ScoredCandidate } from '../types.js';
import { copyWith } from './copy-with.js';

/** A first-level area's unit word, which GeoNames writes after its name and the text may leave out. */
const UNIT_END = / (?:state|province|region|governorate|department|oblast|county|district|division)$/i;

const namedSo = (area: ScoredCandidate, skeleton: string) =>
  spellingSkeleton(area.name) === skeleton || spellingSkeleton(area.name.replace(UNIT_END, '')) === skeleton;

export function applyProvinceOrAlias(mentions: ResolvedMention[]): ResolvedMention[] {
  let out: ResolvedMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const p = m.place;
    if (m.role !== 'place' || !p || p.match === 'loose' || p.featureCode === 'ADM1') continue;
    const skeleton = spellingSkeleton(m.text);
    if (spellingSkeleton(p.name) === skeleton) continue;
    const area = m.alternatives.find(
      (c) => c.featureCode === 'ADM1' && c.countryCode !== p.countryCode && c.match !== 'loose' && namedSo(c, skeleton),
    );
    if (!area) continue;
    const others = mentions.filter((o, k) => k !== i && o.place && o.role !== 'in_organisation');
    if (others.some((o) => o.place?.countryCode === p.countryCode)) continue;
    const home = others.some((o) => o.place?.countryCode === area.countryCode);
    const reason = `"${m.text}" is ${area.name}'s own name and ${p.name}'s other name`;
    const place = home ? copyWith(area, { score: p.score, reasons: [...area.reasons, reason] }) : null;
    out ??= mentions.slice();
    out[i] = copyWith(m, {
      place,
      alternatives: [
        copyWith(p, { reasons: [...p.reasons, reason] }),
        ...m.alternatives.filter((c) => !home || c !== area),
      ],
    });
  }
  return out ?? mentions;
}
