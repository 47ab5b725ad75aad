/**
 * "An Israeli drone strike on a car killed two … The Israeli military said it had killed a Hezbollah operative": a
 * party's claim about its own act, told right after an event and with no day of its own, is that event's account
 * (its target, its reason), not a second event. Such a clause is read as a reference back, so it joins the event
 * before it whatever its sub-type. So is what witnesses heard of it ("Residents reported loud explosions that shook
 * windows in the city") (docs/taxonomy.md, "Tenth review").
 */
import type { Candidate } from './model.js';

/** "said it had", "said its forces", "claimed they": the speaker is the subject of the act it reports. */
const OWN_CLAIM =
  /\b(?:said|says|claimed|claims|confirmed|announced|stated)\s+(?:on\s+\w+\s+)?(?:in\s+an?\s+(?:statement|video|post)\s+)?(?:that\s+)?(?:it|they|its\s+(?:forces|troops|soldiers|jets|aircraft|warplanes|drones|fighters|units)|their\s+(?:forces|fighters|units))\s+(?:had\s+|has\s+|have\s+)?(?:[a-z]+ly\s+)?$/i;

/** "Residents reported loud explosions", "witnesses heard a series of blasts". */
const HEARD =
  /\b(?:heard|reported|described|felt|reporting|hearing)\s+(?:(?:loud|several|multiple|massive|huge|powerful|strong|heavy|two|three|a\s+series\s+of|a|an)\s+)*$/i;

/** "said it had struck depots in X, and killed an operative near Y": a second act of the same claim. */
const CLAIM_GOES_ON =
  /\b(?:said|says|claimed|claims|confirmed|announced|stated)\s+(?:that\s+)?(?:it|they|its\s+(?:forces|troops))\s+(?:had\s+|has\s+|have\s+)?[a-z]+(?:ed|ck|uck|ot)\b[^.;:]{0,160}?,?\s+and\s+(?:had\s+|also\s+)?$/i;

/** Whether the trigger at `index` of `clause` (or of the sentence up to it) is the speaker's own act, or what
 * witnesses heard of an event. */
export function ownClaim(clause: string, index: number): boolean {
  const before = clause.slice(Math.max(0, index - 80), index);
  return (
    OWN_CLAIM.test(before) || HEARD.test(before) || CLAIM_GOES_ON.test(clause.slice(Math.max(0, index - 240), index))
  );
}

/** `ownClaim` of the text that ends at a trigger. */
export const claimedUpTo = (before: string): boolean => ownClaim(before, before.length);

/** Whether a candidate's trigger is told as its speaker's own act ("said it had killed 12", "said it struck …"). */
export function toldAsOwnClaim(
  c: { sentence: { start: number; end: number }; trigger: string },
  text: string,
): boolean {
  const sentence = text.slice(c.sentence.start, c.sentence.end);
  const at = sentence.indexOf(c.trigger);
  return at >= 0 && ownClaim(sentence, at);
}

/** "… said it had struck militants operating from a command center in the school": the site the claim names. */
const CLAIM_SITE =
  /\b(?:in|at|inside|from|on)\s+the\s+(school|hospital|mosque|church|camp|tent|house|home|building|car|vehicle|market|clinic|shelter|warehouse|factory)\b/i;

/**
 * A report with no place of its own (a party's claim) that names a site ("in the school") told by one of the events
 * before ("nine killed in a school sheltering displaced families") is that event's account, even when another event
 * was told in between ("Four were killed when a drone targeted a tent …"). `groups` nearest first; undefined when
 * none names it.
 */
export function claimSiteGroup(groups: Candidate[][], c: Candidate, text: string): Candidate[] | undefined {
  if (!text) return undefined;
  const site = CLAIM_SITE.exec(text.slice(c.sentence.start, c.sentence.end))?.[1];
  if (!site) return undefined;
  const noun = new RegExp(`\\b${site}s?\\b`, 'i');
  return groups.find((g) => g.some((x) => !x.front && noun.test(text.slice(x.sentence.start, x.sentence.end))));
}
