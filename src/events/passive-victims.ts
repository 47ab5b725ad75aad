/**
 * "A field commander of the RSF and three of his aides were killed in an army air strike": the party named before a
 * passive "were killed/wounded/hit in/by" is the victim (actor2), not the attacker; the attacker is the force that
 * modifies the trigger ("an army air strike", "a military drone strike": the state's military), or nobody.
 */
import { type ActorRoles, armyCountry, countryName, findActors } from './actors.js';

const PASSIVE =
  /^[^,;:]{0,80}?\b(?:were|was|have\s+been|had\s+been|has\s+been|are|is)\s+(?:reportedly\s+)?(?:killed|wounded|injured|hit|targeted|struck|slain|shot\s+dead)\s+(?:in|by|during)\b/i;
/** "an army air strike", "a military drone strike": a bare state force word right before the trigger. */
const FORCE_BEFORE = /\b(?:an?|the)\s+(?:army|military|government|air\s+force)\s+$/i;

const DEATH_TRIGGER = /^(?:killed|slain|shot\s+dead|gunned\s+down)\b/i;
const AUXILIARY_ONLY = /^\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:reportedly\s+)?$/i;

/** Rewrite `roles` in place when its actor1 is the victim of a passive told before the trigger at `ti`. */
export function passiveVictim(roles: ActorRoles, masked: string, ti: number, iso2: string): void {
  if (!roles.actor1) return;
  // "Eleven militants were killed in X": the death verb is the trigger itself.
  const dies = DEATH_TRIGGER.test(masked.slice(ti));
  const hit = findActors(masked.slice(0, ti), iso2).find((h) => {
    const gap = masked.slice(h.index + h.length, ti);
    return h.name === roles.actor1 && (PASSIVE.test(gap) || (dies && AUXILIARY_ONLY.test(gap)));
  });
  if (!hit) return;
  if (!roles.actor2 || roles.actor2 === roles.actor1) roles.actor2 = roles.actor1;
  roles.assoc = roles.assoc.filter((a) => a !== roles.actor2);
  roles.actor1 =
    iso2 && FORCE_BEFORE.test(masked.slice(0, ti)) ? `Military Forces of ${countryName(armyCountry(iso2), true)}` : '';
}
