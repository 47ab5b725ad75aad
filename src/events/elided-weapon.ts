/**
 * "A missile struck a building in X overnight. Another hit near a refinery in Y, killing three.": "another" with a verb
 * of impact and no noun of its own is one more of the weapon told in the sentence just before, so its clause takes
 * that event's type (a missile attack, not an unspecified killing).
 */
import type { Candidate } from './model.js';
import type { Classification } from './taxonomy.js';

const ANOTHER_IMPACT =
  /^\W*(?:and\s+|while\s+)?another(?:\s+one)?\s+(?:also\s+)?(?:hit|struck|landed|slammed|crashed|exploded|fell|smashed)\b/i;

/** "Missiles hit X, killing 13, and struck a mosque in Y, killing three": a conjunct with no subject of its own. */
const ELIDED_SUBJECT = /^\W*and\s+(?:then\s+|also\s+|later\s+)?(?:hit|struck|slammed\s+into|targeted|destroyed)\b/i;

interface ClauseRead {
  masked: string;
  cls: Classification | null;
}

/** Clauses looked back over for the elided subject ("X hit …, killing 13 people including children, and struck …"). */
const REACH = 3;

/**
 * The clause `k` of `clauses` classified with the type of the event it elides: `before` (the last event, of the
 * sentence before) after "Another hit …", or an explosion told in one of the few clauses before it after "…, and struck".
 */
export function elidedWeapon(
  clauses: ClauseRead[],
  k: number,
  before: Candidate | undefined,
  sentenceIndex: number,
): Classification | null {
  const { masked, cls } = clauses[k];
  if (!cls) return cls;
  const remote = (t: string) => t === 'Explosions/Remote violence';
  const typed = (src: { event_type: string; sub_event_type: string; head: string }): Classification => ({
    ...cls,
    event_type: src.event_type,
    sub_event_type: src.sub_event_type,
    head: src.head,
  });
  if (!remote(cls.event_type) && ELIDED_SUBJECT.test(masked)) {
    const subject = clauses
      .slice(Math.max(0, k - REACH), k)
      .reverse()
      .find((c) => c.cls && remote(c.cls.event_type))?.cls;
    if (subject) return typed(subject);
  }
  if (!before || before.sentenceIndex !== sentenceIndex - 1) return cls;
  if (!remote(before.event_type) || cls.event_type === before.event_type) return cls;
  return ANOTHER_IMPACT.test(masked) ? typed(before) : cls;
}
