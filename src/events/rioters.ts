/**
 * ACLED names the side of a riot "Rioters (country)", whatever the report calls them: "protesters stormed the
 * palace, breaking windows" is a Violent demonstration by Rioters, not by Protesters. The actor dictionary reads
 * the report's word ("protesters"), so this pass renames a riot's protesters, in place.
 */
import type { ConflictEvent } from '../types.js';

const PROTESTERS = /^Protesters \(/;

export function applyRioters(events: ConflictEvent[]): void {
  for (const e of events) {
    const p = e.properties;
    if (p.event_type !== 'Riots') continue;
    if (PROTESTERS.test(p.actor1)) p.actor1 = p.actor1.replace(PROTESTERS, 'Rioters (');
    if (PROTESTERS.test(p.actor2)) p.actor2 = p.actor2.replace(PROTESTERS, 'Rioters (');
  }
}
