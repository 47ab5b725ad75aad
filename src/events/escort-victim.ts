/**
 * "A convoy of fuel tankers escorted by the army was ambushed near X": the force named as the escort ("escorted /
 * guarded / protected by the army") is the side that was attacked, not the attacker, although it is the only force
 * named before the trigger. When the attack is told in the passive with no attacker, ACLED codes an unidentified
 * armed group against the escort: actor2 becomes the escort and actor1 the Unidentified Armed Group of the country.
 * In the active voice ("Jihadist fighters ambushed a fuel convoy escorted by the army") the escort was read as the
 * agent of "by" and the attackers as actor2: the two swap (docs/taxonomy.md, "Twenty-seventh session: events review").
 */
import type { ConflictEvent } from '../types.js';
import { countryName } from './country-names.js';

const ESCORTED_THEN_ATTACKED =
  /\b(?:escorted|guarded|protected|accompanied)\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:army|military|troops|soldiers|police|policemen|gendarmes|security\s+forces|forces)\b[^.;]{0,60}?\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:ambushed|attacked|targeted|fired\s+(?:on|at|upon))\b/i;
const STATE_FORCE = /^(?:Military|Police) Forces of /;
/** "Jihadists ambushed a fuel convoy escorted by the army": the escort named only after "by", in the active voice. */
const ESCORT_BY =
  /\b(?:escorted|guarded|protected|accompanied)\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:army|military|troops|soldiers|police|policemen|gendarmes|security\s+forces|forces)\b/i;
const FORCE_WORD = /\b(?:army|military|troops|soldiers|police|policemen|gendarmes|security\s+forces|forces)\b/i;

/** The active voice: a named attacker read as actor2 because the escort was read as the agent of "by"; swap them. */
function activeEscort(p: ConflictEvent['properties']): void {
  if (!STATE_FORCE.test(p.actor1) || !p.actor2 || STATE_FORCE.test(p.actor2) || p.actor2.startsWith('Civilians'))
    return;
  const by = ESCORT_BY.exec(p.evidence.text);
  if (!by || FORCE_WORD.test(p.evidence.text.slice(0, by.index))) return;
  if (/\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:ambushed|attacked|targeted)\b/i.test(p.evidence.text))
    return;
  [p.actor1, p.actor2] = [p.actor2, p.actor1];
}

/** Put each passive attack's escort on the attacked side, in place. */
export function applyEscortVictims(events: ConflictEvent[]): void {
  for (const e of events) {
    const p = e.properties;
    if (p.event_type === 'Battles' || p.event_type === 'Violence against civilians') activeEscort(p);
    // The escort read as the attacker (the only force before the trigger), or already as the attacked side.
    const escort = !p.actor2 && STATE_FORCE.test(p.actor1) ? p.actor1 : !p.actor1 ? p.actor2 : '';
    if (!STATE_FORCE.test(escort) || !p.iso) continue;
    if (p.event_type !== 'Battles' && p.event_type !== 'Violence against civilians') continue;
    if (!ESCORTED_THEN_ATTACKED.test(p.evidence.text)) continue;
    p.actor2 = escort;
    p.actor1 = `Unidentified Armed Group (${countryName(p.iso)})`;
  }
}
