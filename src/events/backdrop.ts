/**
 * A backdrop clause (guard `backdrop`, data/taxonomy.json): ", as fighting intensified across the north-west" tells a
 * trend, not one more event, and the guard drops the triggers of its clause. Written first, the backdrop ends at its
 * comma and the main clause follows: "As clashes intensified in Gao on Sunday, gunmen killed four soldiers" lost the
 * killing with it (audit of the eighteenth session), since a fronted phrase is no clause of its own (the clause cutter
 * cuts only between two events, and the guard hid this one's). The backdrop, up to its first comma, is blanked (same
 * length: trigger offsets stay) when a main clause follows it.
 */
import taxonomyJson from '../../data/taxonomy.json' with { type: 'json' };
import type { TaxonomyFile } from './taxonomy-file.js';

const SOURCE = (taxonomyJson as unknown as TaxonomyFile).guards.backdrop;
const BACKDROP = SOURCE ? new RegExp(SOURCE, 'i') : null;

/** `clause` with a backdrop that opens it blanked up to its first comma, when words follow; else `clause`. */
export function afterFrontedBackdrop(clause: string): string {
  const m = BACKDROP?.exec(clause);
  if (!m) return clause;
  const comma = clause.indexOf(',', m.index + m[0].length);
  if (comma < 0 || !/\w/.test(clause.slice(comma + 1))) return clause;
  return ' '.repeat(comma + 1) + clause.slice(comma + 1);
}
