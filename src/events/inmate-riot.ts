/**
 * "Inmates killed six other inmates during a riot at the prison": inmates who kill or wound fellow inmates are no
 * demonstration. ACLED codes violence between unorganised crowds as Riots / Mob violence (rival gangs it names are an
 * armed clash, and the dictionary gives those); Violence against civilians needs an armed, organised attacker, which
 * a crowd of prisoners is not. The riot word made it a Violent demonstration before (docs/taxonomy.md,
 * "Twenty-seventh session: events review").
 */
import type { ConflictEvent } from '../types.js';

const INMATES = '(?:inmates|prisoners|detainees|convicts)';
/** "inmates killed six other inmates", "prisoners stabbed fellow prisoners", "inmates killed each other". */
const INMATE_VIOLENCE = new RegExp(
  `\\b${INMATES}\\s+(?:[\\w-]+\\s+){0,3}?(?:killed|stabbed|beat|beheaded|hacked|burned|attacked|murdered|wounded|injured)\\s+(?:(?:each\\s+other|one\\s+another)\\b|(?:[\\w-]+\\s+){0,3}?(?:other|fellow|rival)\\s+${INMATES}\\b)`,
  'i',
);

/** Re-type a prison riot in which inmates killed inmates as Mob violence, in place. */
export function applyInmateRiots(events: ConflictEvent[]): void {
  for (const e of events) {
    const p = e.properties;
    if (p.event_type !== 'Riots' || p.sub_event_type !== 'Violent demonstration') continue;
    if (INMATE_VIOLENCE.test(p.evidence.text)) p.sub_event_type = 'Mob violence';
  }
}
