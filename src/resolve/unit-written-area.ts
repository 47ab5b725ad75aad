/**
 * A name the text calls an area, picked as a town of that name (applied after ranking): "In Cebu province, a landslide
 * buried homes in … Cebu City" read Cebu City, its larger prior and the story's other towns outweighing the unit
 * word, which is only a soft score in ranking. When recognition marked the name an admin area (a unit word written
 * after it or before it: "Cebu province", "the province of Cebu", "Sao Paulo and Minas Gerais states"), a town pick
 * yields to an area of the same name (GeoNames' "Province of Cebu", "São Paulo" the state) in the same country and
 * first-level area. A town with no such area beside it stays.
 */
import { foldExact } from '../gazetteer/fold.js';
import type { ResolvedMention, ScoredCandidate } from '../types.js';

/** Unit words GeoNames writes in an area's name around the name proper ("Province of Cebu", "Lagos State"). */
const UNIT_IN_NAME =
  /^(?:province|state|region|department|governorate|district|county|municipality) of |\s(?:province|state|region|department|governorate|district|county)$/i;

const bare = (name: string) => foldExact(name.replace(UNIT_IN_NAME, ''));

export function applyUnitWrittenArea(mentions: ResolvedMention[]): ResolvedMention[] {
  let out: ResolvedMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const p = m.place;
    if (m.role !== 'place' || m.classHint !== 'A' || p?.featureClass !== 'P') continue;
    const name = foldExact(m.text);
    const area = m.alternatives.find(
      (a: ScoredCandidate) =>
        a.featureClass === 'A' &&
        !a.featureCode.startsWith('PCL') &&
        a.countryCode === p.countryCode &&
        a.admin1 === p.admin1 &&
        a.match !== 'loose' &&
        bare(a.name) === name,
    );
    if (!area) continue;
    out ??= mentions.slice();
    out[i] = {
      ...m,
      place: { ...area, reasons: [...area.reasons, `the text calls ${m.text} an area`] },
      alternatives: [p, ...m.alternatives.filter((a) => a !== area)],
    };
  }
  return out ?? mentions;
}
