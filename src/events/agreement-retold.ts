/**
 * "Israel and Hamas agreed to a ceasefire in Gaza on Thursday. The agreement was signed at talks in Cairo": one
 * agreement told twice, once at the place it covers and once at the city of the talks. A reference back ("the
 * agreement", "the truce", "the deal") to an agreement told before is that agreement wherever it names (ACLED codes
 * one event per agreement; docs/taxonomy.md, "Twenty-seventh review"). Dates still have to meet (group.ts).
 */
import type { Candidate } from './model.js';

const AGREEMENT = 'Agreement';

/** "the agreement", "this truce", "the Gaza deal" right before the trigger. */
const DEFINITE_BEFORE = /\b(?:the|this|that)\s+(?:[A-Z][\w-]*\s+)?$/i;
const AGREEMENT_NOUN = /^(?:agreement|ceasefire|cease-fire|truce|deal|accord)\b/i;

/** The trigger of `c` is a definite agreement noun ("The truce was agreed at talks in Jeddah"). */
function definiteAgreement(c: Candidate, text: string): boolean {
  if (c.anaphoric) return true;
  if (!AGREEMENT_NOUN.test(c.trigger)) return false;
  const sentence = text.slice(c.sentence.start, c.sentence.end);
  const at = sentence.indexOf(c.trigger);
  return at >= 0 && DEFINITE_BEFORE.test(sentence.slice(Math.max(0, at - 30), at));
}

/** Whether `ref` refers back to the agreement `told` (told earlier, in another sentence). */
export function retoldAgreement(told: Candidate, ref: Candidate, text: string): boolean {
  return (
    told.sub_event_type === AGREEMENT &&
    ref.sub_event_type === AGREEMENT &&
    definiteAgreement(ref, text) &&
    !definiteAgreement(told, text) &&
    told.sentenceIndex < ref.sentenceIndex &&
    !told.front === !ref.front
  );
}
