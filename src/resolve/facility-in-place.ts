/**
 * "the Litoral prison in Guayaquil", "the Central hospital in Goma": a name before a facility word, with the place the
 * facility stands in written right after ("in <place>"), is the facility's own name. When the name's pick lies in
 * another country than that place's, it is a namesake abroad (Litoral, the Equatorial Guinean province): an
 * alternative in the place's country is taken, else the name gets no pin.
 */
import type { ResolvedMention } from '../types.js';

const FACILITY_IN =
  /^ (?:prison|jail|penitentiary|hospital|clinic|stadium|airport|market|mosque|church|school|university|barracks|refinery|camp|base) (?:in|at) (?:the )?$/i;

export function applyFacilityInPlace(text: string, mentions: ResolvedMention[]): ResolvedMention[] {
  let out: ResolvedMention[] | null = null;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i];
    const p = m.place;
    const where = mentions[i + 1].place;
    if (m.role !== 'place' || !p || !where || p.featureCode.startsWith('PCL')) continue;
    if (p.countryCode === where.countryCode) continue;
    if (!FACILITY_IN.test(text.slice(m.end, mentions[i + 1].start))) continue;
    const alt = m.alternatives.find((a) => a.countryCode === where.countryCode);
    out ??= mentions.slice();
    out[i] = alt
      ? {
          ...m,
          place: { ...alt, reasons: [...alt.reasons, `a facility's name, in ${where.name}`] },
          alternatives: [p, ...m.alternatives.filter((a) => a !== alt)],
        }
      : { ...m, place: null, alternatives: [p, ...m.alternatives] };
  }
  return out ?? mentions;
}
