/**
 * "A field commander of the RSF and three of his aides were killed in an army air strike": the party named before a
 * passive "were killed/wounded/hit in/by" (also "were killed and six wounded on Wednesday when …") is the victim (actor2), not the attacker; the attacker is the force that
 * modifies the trigger ("an army air strike", "a military drone strike": the state's military), or nobody.
 */
import { type ActorRoles, armyCountry, countryName, findActors } from './actors.js';

const PASSIVE =
  /^[^,;:]{0,80}?\b(?:were|was|have\s+been|had\s+been|has\s+been|are|is)\s+(?:reportedly\s+)?(?:killed|wounded|injured|hit|targeted|struck|slain|shot\s+dead)(?:\s+and\s+(?:[\w-]+\s+){1,2}?(?:wounded|injured))?(?:\s+(?:on|late\s+on|early\s+on)\s+[A-Z]\w+)?\s+(?:in|by|during|when|as)\b/i;
/** "an army air strike", "a military drone strike": a bare state force word right before the trigger. */
const FORCE_BEFORE = /\b(?:an?|the)\s+(?:army|military|government|air\s+force)\s+$/i;

/** "two soldiers were killed": the trigger is the passive verb itself, the auxiliary right before it. */
const AUXILIARY = /^[^,;:]{0,80}?\b(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:reportedly\s+|also\s+)?$/i;
/** "killed by Hamas fighters", "killed in a gunfight with security forces": the agent after the passive verb. */
const BY_AGENT =
  /^\S+(?:\s+dead)?\s+(?:(?:\w+\s+){0,2}?by|(?:in|during)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:gunfight|gun\s*battle|clash(?:es)?|fighting|battle|shootout|firefight|encounter|exchange\s+of\s+fire)\s+with)\b/i;
/** "a gunfight with security forces": the trigger names a fight with the party after it. */
const WITH_AFTER =
  /^(?:gunfight|gun\s*battle|clash(?:es)?|fighting|battle|shootout|firefight|encounter|exchange\s+of\s+fire)\s+with\b/i;
/** "two of the assailants had been arrested": the arrested (or abducted) are the target too (twenty-eighth review). */
const PASSIVE_TRIGGER =
  /^(?:killed|shot\s+dead|slain|wounded|injured|arrested|detained|apprehended|abducted|kidnapped)\b/i;

/** Rewrite `roles` in place when its actor1 is the victim of a passive told before the trigger at `ti`. */
export function passiveVictim(roles: ActorRoles, masked: string, ti: number, iso2: string): void {
  if (!roles.actor1) return;
  const verb = PASSIVE_TRIGGER.test(masked.slice(ti));
  const victims = (h: { index: number; length: number }) =>
    verb ? AUXILIARY.test(masked.slice(h.index + h.length, ti)) : PASSIVE.test(masked.slice(h.index + h.length, ti));
  const hit = findActors(masked.slice(0, ti), iso2).find((h) => h.name === roles.actor1 && victims(h));
  if (!hit) return;
  // "after two soldiers were killed (by Hamas fighters)": the soldiers' side is the victim; the agent, if any, acts.
  if (verb) {
    const agent = BY_AGENT.test(masked.slice(ti)) && roles.actor2 !== roles.actor1 ? roles.actor2 : '';
    [roles.actor1, roles.actor2] = [agent, roles.actor1];
    roles.assoc = roles.assoc.filter((a) => a !== roles.actor2);
    return;
  }
  // "Two militants were killed in a gunfight with security forces": the side after "with" fought the victims.
  if (WITH_AFTER.test(masked.slice(ti)) && roles.actor2 && roles.actor2 !== roles.actor1) {
    [roles.actor1, roles.actor2] = [roles.actor2, roles.actor1];
    roles.assoc = roles.assoc.filter((a) => a !== roles.actor1 && a !== roles.actor2);
    return;
  }
  if (!roles.actor2 || roles.actor2 === roles.actor1) roles.actor2 = roles.actor1;
  roles.assoc = roles.assoc.filter((a) => a !== roles.actor2);
  roles.actor1 =
    iso2 && FORCE_BEFORE.test(masked.slice(0, ti)) ? `Military Forces of ${countryName(armyCountry(iso2), true)}` : '';
}
