/**
 * "Israeli troops were attacked near X", "a police patrol was ambushed": the force named as the subject of a passive
 * attack verb is the target (ACLED actor2), not the attacker; the attacker is whoever the text names after "by", or
 * nobody (docs/taxonomy.md, "Twenty-second review").
 */
import type { ActorRoles } from './actors.js';

/** A force noun, then a passive auxiliary, right before an attack verb (the trigger). Linear: one word per slot. */
const PASSIVE_FORCE =
  /\b(?:troops|soldiers|forces|police(?:men)?|officers|patrols?|convoys?|peacekeepers|guards|checkpoints?|positions?|posts?|units?)\s+(?:(?:were|was)\s+|(?:had|have|has)\s+been\s+)(?:[a-z]+ly\s+)?$/i;
const ATTACK_VERB = /^(?:attacked|ambushed|targeted|struck|hit|fired\s+(?:on|at|upon)|shot\s+at)\b/i;

/** Swaps actor1 and actor2 when the trigger is a passive attack whose subject is the force read as actor1. */
export function passiveTarget(roles: ActorRoles, masked: string, ti: number): void {
  if (!roles.actor1) return;
  if (!ATTACK_VERB.test(masked.slice(ti, ti + 24))) return;
  if (!PASSIVE_FORCE.test(masked.slice(Math.max(0, ti - 60), ti))) return;
  // "… were attacked by Hezbollah fighters": the agent after "by" is already actor1 unless it was the subject.
  if (/^\S+\s+by\s/i.test(masked.slice(ti, ti + 40))) return;
  // The other side read after the trigger ("… were attacked …, when a gunman …") is the attacker.
  [roles.actor1, roles.actor2] = [roles.actor2, roles.actor1];
}
