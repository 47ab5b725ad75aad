/**
 * "A missile struck a building in X overnight. Another hit near a refinery in Y, killing three.": "another" with a verb
 * of impact and no noun of its own is one more of the weapon told in the sentence just before, so its clause takes
 * that event's type (a missile attack, not an unspecified killing).
 */
import type { Candidate } from './model.js';
import type { Classification } from './taxonomy.js';

const ANOTHER_IMPACT =
  /^\W*(?:and\s+|while\s+)?another(?:\s+one)?\s+(?:also\s+)?(?:hit|struck|landed|slammed|crashed|exploded|fell|smashed)\b/i;

/** The clause's classification with the type of `before` (the last event, of the sentence before) when it elides it. */
export function elidedWeapon(
  masked: string,
  cls: Classification,
  before: Candidate | undefined,
  sentenceIndex: number,
): Classification {
  if (!before || before.sentenceIndex !== sentenceIndex - 1) return cls;
  if (before.event_type !== 'Explosions/Remote violence' || cls.event_type === before.event_type) return cls;
  if (!ANOTHER_IMPACT.test(masked)) return cls;
  return { ...cls, event_type: before.event_type, sub_event_type: before.sub_event_type, head: before.head };
}
