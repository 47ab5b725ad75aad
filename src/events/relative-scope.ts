/**
 * The part of a clause whose places are the event's: a non-restrictive relative clause opened after the trigger
 * describes a party or a place ("The attacks mark an escalation by the RSF, which had until now focused on Khartoum").
 */
import type { Span } from './sentences.js';

/**
 * ", which had until now focused on X": a non-restrictive relative clause describes a party or a place. One that
 * only says where the thing just named lies ("struck the gas field, which lies in X district") places the event.
 */
const RELATIVE_OPEN =
  /,\s+(?:which(?!\s+(?:lies|lay|sits|sat|is\s+(?:located|situated)|was\s+(?:located|situated))\b)|who|whose)\b/g;
export const RELATIVE_START = /^\W*(?:which|who|whose)\b/;

/**
 * The clause up to a non-restrictive relative clause opened after its trigger: "The attacks mark an escalation by the
 * RSF, which had until now focused on Khartoum" — the places of that relative clause are not the event's.
 */
export function beforeRelative(clause: Span, triggerIndex: number): Span {
  RELATIVE_OPEN.lastIndex = triggerIndex;
  const m = RELATIVE_OPEN.exec(clause.text);
  return m ? { start: clause.start, end: clause.start + m.index, text: clause.text.slice(0, m.index) } : clause;
}
