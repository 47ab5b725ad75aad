/**
 * "Israeli troops were attacked near X", "a police patrol was ambushed": the force named as the subject of a passive
 * attack verb is the target (ACLED actor2), not the attacker; the attacker is whoever the text names after "by", or
 * nobody (docs/taxonomy.md, "Twenty-second review").
 */
import type { ActorHit, ActorRoles } from './actors.js';

/** A force noun, then a passive auxiliary, right before an attack verb (the trigger). Linear: one word per slot. */
const PASSIVE_FORCE =
  /\b(?:troops|soldiers|forces|police(?:men)?|officers|patrols?|convoys?|peacekeepers|guards|checkpoints?|positions?|posts?|units?)\s+(?:(?:were|was)\s+|(?:had|have|has)\s+been\s+)(?:[a-z]+ly\s+)?$/i;
const ATTACK_VERB = /^(?:attacked|ambushed|targeted|struck|hit|fired\s+(?:on|at|upon)|shot\s+at)\b/i;

/** Between the actor and the force noun of one subject: a word at most ("Al-Shabaab fighters' posts"), or a
 * possessive ("Taliban fighters, whose convoys"); never a verb ("Al-Shabaab said checkpoints"). */
const SUBJECT_GAP = /^(?:\s+[\w'’-]+)?\s*(?:,?\s*(?:whose|their|its)\s+(?:own\s+)?)?$/i;

/**
 * Swaps actor1 and actor2 when the trigger is a passive attack whose subject is the force read as actor1: the actor
 * named last before the trigger names the force (or no actor is named before it). Another actor before the subject
 * ("Al-Shabaab said checkpoints were attacked") is no target.
 */
export function passiveTarget(roles: ActorRoles, masked: string, ti: number, hits: ActorHit[] = []): void {
  if (!roles.actor1) return;
  if (!ATTACK_VERB.test(masked.slice(ti, ti + 24))) return;
  const from = Math.max(0, ti - 60);
  const force = PASSIVE_FORCE.exec(masked.slice(from, ti));
  if (!force) return;
  const forceAt = from + force.index;
  const before = hits.filter((h) => h.index < forceAt + force[0].length);
  const last = before.reduce<ActorHit | null>((a, h) => (!a || h.index > a.index ? h : a), null);
  if (last && (last.name !== roles.actor1 || !SUBJECT_GAP.test(masked.slice(last.index + last.length, forceAt))))
    return;
  // "… were attacked by Hezbollah fighters": the agent after "by" is already actor1 unless it was the subject.
  if (/^\S+\s+by\s/i.test(masked.slice(ti, ti + 40))) return;
  // The other side read after the trigger ("… were attacked …, when a gunman …") is the attacker.
  [roles.actor1, roles.actor2] = [roles.actor2, roles.actor1];
}
