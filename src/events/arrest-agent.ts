/**
 * "Authorities detained 40 people in Lahore": an arrest whose only agent is the bare "authorities" (no demonym, no
 * named force) has no actor in the dictionary, yet ACLED codes every arrest by a state on its police: actor1 is the
 * Police Forces of the event's country. Only when the authorities are the arrest verb's subject in the event's own
 * sentence ("the authorities said police detained …" already has the police). "Military authorities arrested …" (a
 * junta's arrests) are its Military Forces.
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
    const m = AUTHORITIES_ARRESTED.exec(p.evidence.text);
    if (!m) continue;
    const military = /\b(?:military|army|junta)\s+$/i.test(p.evidence.text.slice(Math.max(0, m.index - 10), m.index));
    const force = `${military ? 'Military' : 'Police'} Forces of ${countryName(p.iso, true)}`;
    if (p.actor2 !== force) p.actor1 = force;
  }
}
