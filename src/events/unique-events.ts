/**
 * One event per id. The id hashes the article, the evidence offsets, the type and the place (build-event.ts), so two
 * groups that built the same event collapse into one. Two events of one sentence, type and place on different days
 * ("attacked a camp near X on Sunday, and fighting continued into Monday": ACLED codes each day) are not the same
 * event: the later one keeps its day and takes an id that also hashes its dates (ids of every other event unchanged).
 */
import type { ConflictEvent } from '../types.js';
import { fnv1a64 } from './hash.js';

export function uniqueEvents(features: ConflictEvent[]): ConflictEvent[] {
  const seen = new Map<string, ConflictEvent>();
  const out: ConflictEvent[] = [];
  for (const f of features) {
    const p = f.properties;
    const prior = seen.get(p.event_id);
    if (prior && prior.properties.date_start === p.date_start && prior.properties.date_end === p.date_end) continue;
    if (prior) {
      const id = fnv1a64([p.event_id, p.date_start, p.date_end].join('|'));
      if (seen.has(id)) continue;
      p.event_id = id;
    }
    seen.set(p.event_id, f);
    out.push(f);
  }
  return out;
}
