/**
 * "The handover took place without incident, and government troops took control of the Tabqa dam": the sentence
 * tells the taking of control as peaceful in a clause of its own (", and" cuts the clauses), so the capture rule's
 * variant ("took control … without a fight", data/taxonomy.json) does not see it. A capture whose sentence says, in a
 * clause without an event of its own, that it went without a fight is a non-violent transfer too (docs/taxonomy.md,
 * "Twenty-seventh review"). The words are the taxonomy's own variant.
 */
import { type Classification, TAXONOMY } from './taxonomy.js';

const TRANSFER = 'Non-violent transfer of territory';
const CAPTURES = new Set(['Government regains territory', 'Non-state actor overtakes territory']);

/** The "when" of the capture rules' non-violent variant. */
const PEACEFUL = TAXONOMY.rules
  .flatMap((r) => r.variants ?? [])
  .filter((v) => v.sub_event_type === TRANSFER)
  .map((v) => new RegExp(v.when, 'i'));

interface ClauseRead {
  masked: string;
  cls: Classification | null;
}

/** The classification of clause `k` (`cls`), made a non-violent transfer when another clause says it went peacefully. */
export function peacefulCapture(clauses: ClauseRead[], k: number, cls: Classification | null): Classification | null {
  if (!cls || !CAPTURES.has(cls.sub_event_type)) return cls;
  const told = clauses.some((c, j) => j !== k && !c.cls && PEACEFUL.some((re) => re.test(c.masked)));
  return told ? { ...cls, event_type: 'Strategic developments', sub_event_type: TRANSFER } : cls;
}
