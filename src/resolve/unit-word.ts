/**
 * "Al Jawf governorate": the unit word the text writes after a province's name is evidence of whose province it is
 * when one namesake's own name carries another unit word. GeoNames names Saudi Arabia's "Al Jawf Region" and Yemen's
 * "Al Jawf"; the Saudi region's larger prior won although "governorate" is what Yemen's provinces are called. After
 * ranking, a picked area whose name ends in a different unit word yields to an area of the same name in another
 * country whose name ends in none or in the one written. Within one country the ranking stands ("Sanaa province" is
 * still the Sanaa Governorate).
 */
import type { ResolvedMention, ScoredCandidate } from '../types.js';

const UNITS = new Set(['governorate', 'province', 'region', 'state', 'oblast', 'department', 'county']);
const UNIT_AFTER = /^ (\p{L}+)/u;

/** The unit word a name ends in, lower case, or ''. */
function unitOf(name: string): string {
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  return UNITS.has(last) ? last : '';
}

const area = (c: ScoredCandidate) => c.featureClass === 'A' && !c.featureCode.startsWith('PCL');

export function applyUnitWord(text: string, mentions: ResolvedMention[]): ResolvedMention[] {
  let out: ResolvedMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const p = m.place;
    if (m.role !== 'place' || !p || !area(p)) continue;
    const written = UNIT_AFTER.exec(text.slice(m.end, m.end + 16))?.[1].toLowerCase() ?? '';
    const own = unitOf(p.name);
    if (!UNITS.has(written) || !own || own === written) continue;
    const alt = m.alternatives.find(
      (a) => area(a) && a.countryCode !== p.countryCode && (unitOf(a.name) === '' || unitOf(a.name) === written),
    );
    if (!alt) continue;
    out ??= mentions.slice();
    out[i] = {
      ...m,
      place: { ...alt, reasons: [...alt.reasons, `written "${written}", not "${own}" as the other namesake is named`] },
      alternatives: [p, ...m.alternatives.filter((c) => c !== alt)],
    };
  }
  return out ?? mentions;
}
