/**
 * "Police fired tear gas and live bullets at protesters in X on Monday, killing two … as demonstrations turned violent
 * … The protesters marched toward parliament": one protest told over several sentences, each clause typed by its own
 * words (peaceful march, intervention, lethal force). ACLED codes one event per protest and day, typed by the gravest
 * treatment the protesters met: "Excessive force against protesters" over "Protest with intervention" over "Peaceful
 * protest" (ACLED Codebook 2023, "Protests"). Reports of one place and day therefore join whatever their sub-type,
 * and the event takes the gravest (docs/taxonomy.md, "Eighteenth pass").
 */
import type { Candidate } from './model.js';

const GRAVITY = ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'];

/** Two protest reports whose sub-types may differ and still tell one protest. */
export function protestsJoin(a: Candidate, b: Candidate): boolean {
  return a.event_type === 'Protests' && b.event_type === 'Protests';
}

/** `typed`, with the gravest protest sub-type its group tells when it is a protest. */
export function gravestProtest<T extends Pick<Candidate, 'event_type' | 'sub_event_type'>>(
  group: Pick<Candidate, 'event_type' | 'sub_event_type'>[],
  typed: T,
): T {
  if (typed.event_type !== 'Protests') return typed;
  const rank = (s: string) => GRAVITY.indexOf(s);
  const gravest = group
    .filter((c) => c.event_type === 'Protests')
    .reduce((best, c) => (rank(c.sub_event_type) > rank(best) ? c.sub_event_type : best), typed.sub_event_type);
  return gravest === typed.sub_event_type ? typed : { ...typed, sub_event_type: gravest };
}
