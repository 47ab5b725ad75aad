/**
 * "Sudanese troops attacked RSF positions near Babanusa on Monday. On Tuesday the army regained control of the base":
 * a government's regain whose sentence names no loser has as actor2 the armed group that held the place, and when it
 * is not named there it is the non-state group the story named last before it in the same paragraph (the side the
 * troops were fighting). ACLED codes a regain on the group that lost the territory.
 */
import { findActors } from './actors.js';
import type { ConflictEvent } from '../types.js';
import { reportsOnly } from './roles.js';
import { STATE_NAME } from './targets.js';

/** How far back (characters) the holder may be named. */
const REACH = 600;

/** Give each one-sided government regain the non-state group named last before it, in place. */
export function applyRegainHolders(events: ConflictEvent[], masked: string): void {
  for (const e of events) {
    const p = e.properties;
    if (p.sub_event_type !== 'Government regains territory' || p.actor2) continue;
    const from = Math.max(0, p.evidence.start - REACH);
    let before = masked.slice(from, p.evidence.start);
    const para = before.lastIndexOf('\n\n');
    if (para >= 0) before = before.slice(para + 2);
    const groups = findActors(before, p.iso).filter(
      (h) =>
        !h.generic &&
        !STATE_NAME.test(h.name) &&
        !/^(?:Civilians|Protesters|Rioters)\b/.test(h.name) &&
        !reportsOnly(before, h, -1),
    );
    const last = groups[groups.length - 1];
    if (last && last.name !== p.actor1) p.actor2 = last.name;
  }
}
