/**
 * "A convoy of fuel tankers escorted by the army was ambushed near X": the force named as the escort ("escorted /
 * guarded / protected by the army") is the side that was attacked, not the attacker, although it is the only force
 * named before the trigger. When the attack is told in the passive with no attacker, ACLED codes an unidentified
 * armed group against the escort: actor2 becomes the escort and actor1 the Unidentified Armed Group of the country.
 */
import type { ConflictEvent } from '../types.js';
import { countryName } from './country-names.js';

const ESCORTED_THEN_ATTACKED =
  /\b(?:escorted|guarded|protected|accompanied)\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:army|military|troops|soldiers|police|policemen|gendarmes|security\s+forces|forces)\b[^.;]{0,60}?\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:ambushed|attacked|targeted|fired\s+(?:on|at|upon))\b/i;
const STATE_FORCE = /^(?:Military|Police) Forces of /;

/** Put each passive attack's escort on the attacked side, in place. */
export function applyEscortVictims(events: ConflictEvent[]): void {
  for (const e of events) {
    const p = e.properties;
    // The escort read as the attacker (the only force before the trigger), or already as the attacked side.
    const escort = !p.actor2 && STATE_FORCE.test(p.actor1) ? p.actor1 : !p.actor1 ? p.actor2 : '';
    if (!STATE_FORCE.test(escort) || !p.iso) continue;
    if (p.event_type !== 'Battles' && p.event_type !== 'Violence against civilians') continue;
    if (!ESCORTED_THEN_ATTACKED.test(p.evidence.text)) continue;
    p.actor2 = escort;
    p.actor1 = `Unidentified Armed Group (${countryName(p.iso)})`;
  }
}
