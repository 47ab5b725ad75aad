/**
 * "The killing of two soldiers at a checkpoint in X was claimed by group Y, which said it had planted an explosive
 * device near the post": a relative clause in which the claimant tells how it did the deed is the weapon of the event
 * of its sentence, not a second event (placed, for want of a name, at the story's focus). The antecedent takes the
 * weapon's type — ACLED codes a bomb attack as a remote explosive whatever the victims (docs/taxonomy.md,
 * "Twenty-seventh review"). Relative toll clauses ("…, which killed eight") fold in as before (participle-toll.ts).
 */
import type { Candidate } from './model.js';
import { VIOLENT } from './model.js';
import { foldRelativeToll } from './participle-toll.js';
import type { Classification } from './taxonomy.js';

/** "which said it had planted", "who claimed they detonated": the claimant telling its method. */
const OWN_METHOD =
  /^\W*(?:which|who)\s+(?:later\s+)?(?:said|says|claimed|admitted|stated)\s+(?:that\s+)?(?:it|they|its\s+(?:fighters|members|militants))\s+(?:had\s+|has\s+|have\s+)?(?:planted|placed|detonated|set\s+off|triggered|rigged)\b/i;

/** Fold a relative clause into the violent event before it in its sentence; true when nothing is left of it. */
export function foldRelative(cands: Candidate[], cls: Classification, clause: string, sentenceIndex: number): boolean {
  if (foldRelativeToll(cands, cls.trigger.text, clause, sentenceIndex)) return true;
  const antecedent = cands[cands.length - 1];
  if (antecedent?.sentenceIndex !== sentenceIndex || !VIOLENT.has(antecedent.event_type)) return false;
  if (cls.event_type !== 'Explosions/Remote violence' || !OWN_METHOD.test(clause)) return false;
  antecedent.event_type = cls.event_type;
  antecedent.sub_event_type = cls.sub_event_type;
  antecedent.head = cls.head;
  return true;
}
