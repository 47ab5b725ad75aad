/**
 * "Gunmen shot dead the police chief of Tepalcatepec": an officer of the police named as the one killed, shot,
 * abducted or ambushed (a chief, commander, director, inspector, officer, agent) makes the police the attacked side,
 * actor2, as ACLED codes it (Police Forces of Mexico). The dictionary's police pattern leaves out "police chief" and
 * "police officer", which more often name a source ("a police officer said"), so such events had no actor2
 * (docs/taxonomy.md, "Twenty-seventh session: events review").
 */
import type { ConflictEvent } from '../types.js';
import { countryName } from './country-names.js';

const OFFICER =
  '(?:(?:municipal|local|state|district|regional|provincial|senior|deputy|top|traffic|off-duty|female)\\s+)*(?:police|security)\\s+(?:chief|commander|director|inspector|superintendent|officers?|agents?|commissioner|captain|lieutenant|sergeant)';
/** The officer as the object: "shot dead the police chief", "killed two police officers", "a police officer was shot". */
const VICTIM = new RegExp(
  `\\b(?:killed|killing|shot|shooting|gunned\\s+down|murdered|assassinated|ambushed|abducted|kidnapped|attacked|stabbed|wounded|injured)\\s+(?:dead\\s+)?(?:(?:a|an|the|two|three|four|five|six|\\d+)\\s+)?${OFFICER}\\b|\\b(?:a|an|the|two|three|four|five|\\d+)\\s+${OFFICER}\\s+(?:[\\w,'’-]+\\s+){0,6}?(?:was|were)\\s+(?:shot|killed|murdered|assassinated|ambushed|abducted|kidnapped|attacked|stabbed|wounded|injured)\\b`,
  'i',
);
const KINDS = new Set(['Battles', 'Violence against civilians', 'Explosions/Remote violence']);

/** Give an attack on a named police officer with no actor2 the police of the event's country, in place. */
export function applyPoliceVictims(events: ConflictEvent[]): void {
  for (const e of events) {
    const p = e.properties;
    if (!KINDS.has(p.event_type) || p.actor2 || !p.iso || /^Police Forces of /.test(p.actor1)) continue;
    if (VICTIM.test(p.evidence.text)) p.actor2 = `Police Forces of ${countryName(p.iso, true)}`;
  }
}
