/**
 * The part of a clause whose places are the event's: a non-restrictive relative clause opened after the trigger
 * describes a party or a place ("The attacks mark an escalation by the RSF, which had until now focused on Khartoum").
 */
import type { Span } from './sentences.js';

/**
 * ", which had until now focused on X": a non-restrictive relative clause describes a party or a place. One that
 * only says where the thing just named lies ("struck the gas field, which lies in X district") places the event. A
 * ", where …" clause stays in its clause only when a participle follows it ("attacked X, where thousands displaced
 * from Y have sheltered, killing five", sentences.ts), and it describes X.
 */
const RELATIVE_OPEN =
  /,\s+(?:which(?!\s+(?:lies|lay|sits|sat|is\s+(?:located|situated)|was\s+(?:located|situated))\b)|who|whose|where)\b/g;
export const RELATIVE_START = /^\W*(?:which|who|whose)\b/;

/**
 * "shelled El Obeid on Thursday, weeks after the group seized El Fasher": an earlier event told after the trigger
 * to date this one; its places are its own (it is an event of its own clause when it has a trigger).
 */
const EARLIER_OPEN =
  /(?:,\s+|\s)(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|few|several|some)\s+)?(?:hours|days|weeks|months|years|day|week|month|year)\s+(?:after|since)\s|,\s+since\s/gi;

/**
 * The clause up to a non-restrictive relative clause opened after its trigger: "The attacks mark an escalation by the
 * RSF, which had until now focused on Khartoum" — the places of that relative clause are not the event's.
 */
export function beforeRelative(clause: Span, triggerIndex: number): Span {
  RELATIVE_OPEN.lastIndex = triggerIndex;
  EARLIER_OPEN.lastIndex = triggerIndex;
  const at = [RELATIVE_OPEN.exec(clause.text), EARLIER_OPEN.exec(clause.text)]
    .map((m) => m?.index ?? clause.text.length)
    .reduce((a, b) => Math.min(a, b));
  return at < clause.text.length
    ? { start: clause.start, end: clause.start + at, text: clause.text.slice(0, at) }
    : clause;
}
