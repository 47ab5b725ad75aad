/**
 * Actors whose coding changed on a date: ACLED codes the Taliban as "Military Forces of Afghanistan (2021-)" for every
 * event from their takeover of Kabul (15 August 2021) on, and as the rebel group "Taliban" before it. The dictionary
 * (data/actors.json) spells the group; this pass renames it on events dated from that day (the year suffix dropped,
 * as every name of the dictionary is). The Pakistani Taliban (TTP) are another actor and keep their name.
 */
import type { ConflictEvent } from '../types.js';

const ERAS: { name: string; from: string; becomes: string }[] = [
  { name: 'Taliban', from: '2021-08-15', becomes: 'Military Forces of Afghanistan' },
];

/** Rename the actors of each event dated on or after their era's first day, in place. */
export function applyActorEras(events: ConflictEvent[]): void {
  for (const e of events) {
    const p = e.properties;
    for (const era of ERAS) {
      if (p.date_start < era.from) continue;
      if (p.actor1 === era.name) p.actor1 = p.actor2 === era.becomes ? p.actor1 : era.becomes;
      if (p.actor2 === era.name) p.actor2 = p.actor1 === era.becomes ? p.actor2 : era.becomes;
    }
  }
}
