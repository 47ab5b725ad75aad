/**
 * "The SDF said a drone struck one of its vehicles", "the army said a rocket hit two of its posts": a speaker telling
 * of a strike on its own vehicles, posts or fighters is the target (actor2), not the attacker; the attacker is whoever
 * else the clause names, else unknown. So is "UNIFIL said Israeli troops fired at its peacekeepers", where the trigger's
 * own words end with the speaker's people (twenty-seventh session).
 */
import type { ActorHit, ActorRoles } from './actors.js';

const SAID = /^[^.;]{0,40}?\b(?:said|says|reported|announced|stated|confirmed)\b/i;
const OWN_TARGET =
  /^\s*(?:(?:one|two|three|several|some|a\s+number)\s+of\s+)?(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:vehicles?|cars?|trucks?|positions?|posts?|outposts?|bases?|checkpoints?|convoys?|patrols?|fighters?|members?|soldiers?|troops|units?|offices?|headquarters|centers?|centres?|facilit(?:y|ies)|boats?|ships?|vessels?)\b/i;

/** "UNIFIL said troops fired at its peacekeepers": a trigger that ends with the speaker's own people or posts. */
const OWN_TARGET_IN =
  /\b(?:at|on|upon|against|targeted|attacked|hit|struck|shelled|ambushed)\s+(?:(?:one|two|three|several|some)\s+of\s+)?(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:peacekeepers|troops|soldiers|forces|positions?|patrols?|bases?|convoys?|personnel|fighters|members|posts?|checkpoints?|vehicles?)$/i;

/** "said it struck one of their positions": the speaker is the subject of the act. */
const SELF_SUBJECT =
  /\b(?:said|says|reported|announced|stated|confirmed)\s+(?:that\s+)?(?:it|they|its|their|we|our)\b/i;

/** "UNIFIL said its patrol came under fire", "… said one of its convoys was targeted": its own force attacked. */
const OWN_FORCE_ATTACKED =
  /^[^.;]{0,40}?\b(?:said|says|reported|announced|stated|confirmed)\s+(?:that\s+)?(?:one\s+of\s+)?(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:patrols?|convoys?|positions?|posts?|bases?|troops|soldiers|units?|peacekeepers|vehicles?)\s+(?:came\s+under|(?:was|were|had\s+been|has\s+been)\s+(?:attacked|targeted|ambushed|hit|struck|fired\s+(?:on|at|upon)|shot\s+at))\b/i;
/** "Peacekeepers said troops fired at a patrol": an unowned patrol or post is the speaking force's. */
const FORCE_OBJECT = /^\s*(?:[Aa]n?\s+)?(?:[a-z][a-z-]*\s+)?(?:patrols?|convoys?|positions?|posts?|outposts?)\b/;
const FORCE_OBJECT_IN =
  /\b(?:at|on|upon|targeted|attacked|ambushed)\s+an?\s+(?:[a-z][a-z-]*\s+)?(?:patrols?|convoys?|positions?|posts?|outposts?)$/;
const FORCE_SPEAKER = /^(?:Military|Police) Forces of |United Nations|peacekeep/i;

export function speakerTargeted(roles: ActorRoles, masked: string, hits: ActorHit[], triggerEnd: number): void {
  const own = hits.find(
    (h) => h.index + h.length <= triggerEnd && OWN_FORCE_ATTACKED.test(masked.slice(h.index + h.length, triggerEnd)),
  );
  if (own) {
    if (roles.actor1 === own.name) roles.actor1 = roles.actor2 === own.name ? '' : roles.actor2;
    roles.actor2 = own.name;
    return;
  }
  const forceSpeaker = (h: ActorHit) =>
    FORCE_SPEAKER.test(h.name) &&
    h.name !== roles.actor1 &&
    (FORCE_OBJECT.test(masked.slice(triggerEnd, triggerEnd + 40)) ||
      FORCE_OBJECT_IN.test(masked.slice(Math.max(0, triggerEnd - 40), triggerEnd)));
  const ownTarget =
    OWN_TARGET.test(masked.slice(triggerEnd, triggerEnd + 60)) ||
    OWN_TARGET_IN.test(masked.slice(Math.max(0, triggerEnd - 60), triggerEnd));
  if (!ownTarget && !hits.some(forceSpeaker)) return;
  // The party named right before the verb of saying that opens the act's clause ("The United Nations peacekeeping
  // force UNIFIL said": UNIFIL).
  const speakers = hits.filter(
    (h) => h.index + h.length <= triggerEnd && SAID.test(masked.slice(h.index + h.length, triggerEnd)),
  );
  // One phrase (no comma between) may name a body and then its own name: the last of them speaks.
  const speaker = speakers.filter((h) => !/[,;]/.test(masked.slice(speakers[0].index, h.index))).at(-1);
  if (!speaker || SELF_SUBJECT.test(masked.slice(speaker.index + speaker.length, triggerEnd))) return;
  if (!ownTarget && !forceSpeaker(speaker)) return;
  if (roles.actor1 === speaker.name) roles.actor1 = roles.actor2 === speaker.name ? '' : roles.actor2;
  else if (roles.actor2 && roles.actor2 !== speaker.name) return;
  roles.actor2 = speaker.name;
}
