/**
 * A name that heads a facility (applied after ranking): "medics at Nasser hospital", "the Kamal Adwan hospital".
 * A hospital or mosque is named after a person or an idea as often as after its town; when the name only meets an
 * entry through a loose (transliteration) spelling, the facility's own name is meant, not a town so spelled elsewhere
 * ("Nasser" → An Nuşayrāt), and the mention gets no pin. A town written exactly keeps it ("the Tyre hospital").
 */
import type { ResolvedMention } from '../types.js';

const FACILITY = /^ (?:hospital|mosque|school|university|clinic|church|stadium|medical)\b/i;

export function applyFacilityNames(text: string, mentions: ResolvedMention[]): ResolvedMention[] {
  let out: ResolvedMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.role !== 'place' || m.place?.match !== 'loose') continue;
    if (!FACILITY.test(text.slice(m.end, m.end + 12))) continue;
    out ??= mentions.slice();
    out[i] = { ...m, place: null, alternatives: [m.place, ...m.alternatives] };
  }
  return out ?? mentions;
}
