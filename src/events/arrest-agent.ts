/**
 * "Authorities detained 40 people in Lahore": an arrest whose only agent is the bare "authorities" (no demonym, no
 * named force) has no actor in the dictionary, yet ACLED codes every arrest by a state on its police: actor1 is the
 * Police Forces of the event's country. Only when the authorities are the arrest verb's subject in the event's own
 * sentence ("the authorities said police detained …" already has the police).
 */
import type { ConflictEvent } from '../types.js';
import { countryName } from './country-names.js';

const AUTHORITIES_ARRESTED =
  /\b(?:the\s+)?(?:local\s+|provincial\s+|state\s+|security\s+)?authorities\s+(?:(?:have|had|also|on\s+\w+)\s+){0,2}(?:arrested|detained|rounded\s+up|took\s+(?:[\w-]+\s+){1,3}into\s+custody)\b/i;

/** Give each unauthored arrest made by "authorities" the police of its country, in place. */
export function applyArrestAgents(events: ConflictEvent[]): void {
  for (const e of events) {
    const p = e.properties;
    if (p.sub_event_type !== 'Arrests' || p.actor1 || !p.iso) continue;
    if (!AUTHORITIES_ARRESTED.test(p.evidence.text)) continue;
    const police = `Police Forces of ${countryName(p.iso, true)}`;
    if (p.actor2 !== police) p.actor1 = police;
  }
}
