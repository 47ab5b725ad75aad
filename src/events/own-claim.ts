/**
 * '"We neutralised dozens of terrorists in air strikes near Nioro du Sahel on Sunday," the army said.': quotations are
 * masked for the event reading (sentences.ts maskQuotes), as reported speech is mostly opinion, threat or memory. A
 * force's statement of its own act, in the first person and the past, said by that force ("the army said", "the
 * ministry said in a statement"), is what press releases and wire items report as the event itself, and ACLED codes it
 * from such claims (with the claimed toll, when no other report gives one). Such a quotation is kept, and the speaker is the actor
 * (docs/taxonomy.md, "Twenty-fourth session: events review").
 */
import { findActors } from './actors.js';
import type { Candidate } from './model.js';

/** "We neutralised …", "Our forces destroyed …", "Our troops have repelled …". */
const OWN_ACT =
  /^\s*(?:We|Our\s+(?:forces|troops|units|soldiers|men|fighters|aircraft|jets|drones|air\s+force|artillery))\s+(?:have\s+|had\s+)?(?:successfully\s+)?(?:neutrali[sz]ed|killed|struck|destroyed|repelled|shot\s+down|downed|captured|recaptured|liberated|bombed|shelled|targeted|eliminated|ambushed|attacked|raided|arrested|detained)\b/;

/** The speaker right after the closing mark: a force, its command or ministry, or its spokesman. */
const FORCE_SAID =
  /^[,.]?\s*(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:army|military|armed\s+forces|forces|ministry|command|general\s+staff|spokes(?:man|woman|person)|junta|police|gendarmerie)\s+(?:said|says|stated|announced|claimed|added)\b/i;

/** Whether the quotation `inner` (its closing mark at `close`) is a force's claim of its own act. */
export function ownForceClaim(text: string, close: number, inner: string): boolean {
  return OWN_ACT.test(inner) && FORCE_SAID.test(text.slice(close + 1, close + 80));
}

const QUOTE = /["“]([^"”\n]{1,600})["”]/g;

/** A candidate told inside a force's own claim with no actor of its own ("We …") takes the speaker as actor1. */
export function applyClaimSpeakers(cands: Candidate[], text: string): void {
  for (const q of text.matchAll(QUOTE)) {
    const open = q.index ?? 0;
    const close = open + q[0].length - 1;
    if (!ownForceClaim(text, close, q[1])) continue;
    const speaker = FORCE_SAID.exec(text.slice(close + 1, close + 80))?.[0] ?? '';
    for (const c of cands) {
      if (c.actor1 || c.sentence.start > open || c.sentence.end < close) continue;
      const own = findActors(speaker, c.place.countryCode).find((h) => !/^(?:Civilians|Protesters)/.test(h.name));
      if (own) c.actor1 = own.name;
    }
  }
}
