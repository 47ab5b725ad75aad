/**
 * "Rival militias clashed in Zawiya", "armed groups clashed near Bunia", "two factions fought each other": a battle
 * between two unnamed groups of one kind has that kind on both sides, as ACLED codes it ("Militia (Libya)" against
 * "Militia (Libya)"). The dictionary finds one plural group word and gives the battle one side; when the event's
 * sentence tells the plural as rivals or as fighting each other, the same generic name is actor2 too.
 */
import type { ConflictEvent } from '../types.js';

const RIVALS =
  /\b(?:(?:rival|two|opposing|competing|warring)\s+(?:armed\s+|ethnic\s+|tribal\s+|local\s+)?(?:militias|groups|factions|gangs|clans|tribes)|armed\s+groups\s+(?:clashed|fought|battled)|(?:clashed|fought|battled)\s+(?:with\s+)?(?:each\s+other|one\s+another|among\s+themselves))\b/i;
/** The generic names (a kind and a country) a plural group word yields. */
const GENERIC_GROUP = /^(?:Militia|Unidentified Armed Group|Rebel groups|Rioters) \(/;

/** Give each one-sided battle between rivals of one kind its second side, in place. */
export function applyRivalSides(events: ConflictEvent[]): void {
  for (const e of events) {
    const p = e.properties;
    if (p.event_type !== 'Battles' || !p.actor1 || p.actor2) continue;
    if (GENERIC_GROUP.test(p.actor1) && RIVALS.test(p.evidence.text)) p.actor2 = p.actor1;
  }
}
