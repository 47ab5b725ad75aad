/**
 * "The SDF said a drone struck one of its vehicles", "the army said a rocket hit two of its posts": a speaker telling
 * of a strike on its own vehicles, posts or fighters is the target (actor2), not the attacker; the attacker is whoever
 * else the clause names, else unknown.
 */
import type { ActorHit, ActorRoles } from './actors.js';

const SAID = /^[^.;]{0,40}?\b(?:said|says|reported|announced|stated|confirmed)\b/i;
const OWN_TARGET =
  /^\s*(?:(?:one|two|three|several|some|a\s+number)\s+of\s+)?(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:vehicles?|cars?|trucks?|positions?|posts?|outposts?|bases?|checkpoints?|convoys?|patrols?|fighters?|members?|soldiers?|troops|units?|offices?|headquarters|centers?|centres?|facilit(?:y|ies)|boats?|ships?|vessels?)\b/i;

/** "said it struck one of their positions": the speaker is the subject of the act. */
const SELF_SUBJECT =
  /\b(?:said|says|reported|announced|stated|confirmed)\s+(?:that\s+)?(?:it|they|its|their|we|our)\b/i;

export function speakerTargeted(roles: ActorRoles, masked: string, hits: ActorHit[], triggerEnd: number): void {
  if (!OWN_TARGET.test(masked.slice(triggerEnd, triggerEnd + 60))) return;
  // The first party named before a verb of saying that opens the act's clause.
  const speaker = hits.find(
    (h) => h.index + h.length <= triggerEnd && SAID.test(masked.slice(h.index + h.length, triggerEnd)),
  );
  if (!speaker || SELF_SUBJECT.test(masked.slice(speaker.index + speaker.length, triggerEnd))) return;
  if (roles.actor1 === speaker.name) roles.actor1 = roles.actor2 === speaker.name ? '' : roles.actor2;
  else if (roles.actor2 && roles.actor2 !== speaker.name) return;
  roles.actor2 = speaker.name;
}
