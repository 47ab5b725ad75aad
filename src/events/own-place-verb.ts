/**
 * "Gunmen killed three farmers in X and abducted five in Y": two finite verbs of one subject joined by "and", each
 * with a place of its own, tell two events, each with its own class, toll and place (ACLED codes one event per
 * place and type). A shared-subject verb after "and" otherwise continues its clause ("attacked and set fire to the
 * house"); here the conjunct opens with a past-tense trigger and both halves name a place after a locative
 * ("in/at/near/outside" + a name, "in the town of X"). "Police arrested five men and seized rifles in X" (one
 * place) stays one clause.
 */
import { findTriggers, IRREGULAR_PAST, startsEvent } from './taxonomy.js';

/** A locative with a name after it: "in Kindu", "near the town of Beni"; not a month ("in March"). */
const OWN_PLACE =
  /\b(?:in|at|near|outside)\s+(?:the\s+(?:(?:town|village|city|district|camp|province|region|area)\s+of\s+)?)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}/u;

/** How far into the conjunct its verb and place are looked for. */
const OWN_REACH = 240;

/** True when `head`, after " and ", opens a second finite event verb with its own place and `before` had one too. */
function ownPlaceVerb(head: string, separator: string, before: string): boolean {
  if (separator !== 'and') return false;
  const lead = /^also\s+/i.exec(head)?.[0].length ?? 0;
  // The conjunct up to its first comma, within OWN_REACH characters: a sentence of many "and"s is not scanned
  // to its end for each of them.
  const own = head.slice(0, OWN_REACH).split(/[,;]/)[0];
  const t = findTriggers(own).find((m) => m.index === lead);
  const first = t?.text.split(/\s+/)[0].toLowerCase() ?? '';
  if (!t || !(/ed$/.test(first) || IRREGULAR_PAST.test(first))) return false;
  if (!OWN_PLACE.test(own.slice(t.index + t.length))) return false;
  const earlier = findTriggers(before)[0];
  return !!earlier && OWN_PLACE.test(before.slice(earlier.index + earlier.length));
}

/** Clause `next` is such a second verb after `clause`: its date ("… in Y on Sunday") is the first one's too. */
export const verbConjunctAfter = (clause: string, next: string | undefined): boolean =>
  !!next && /^and\s/i.test(next) && ownPlaceVerb(next.replace(/^and\s+/i, ''), 'and', clause);

/** A conjunct opens an event: a new subject or trigger (taxonomy.ts startsEvent), or a second verb with its own place. */
export const opensEvent = (head: string, sep: string, before: string): boolean =>
  startsEvent(head, sep) || ownPlaceVerb(head, sep, before);
