/**
 * "Jets struck the port, hours after the militia fired a missile. … three workers were killed in the raids": a toll
 * told of "the raids / strikes / shelling / clashes" belongs to the event of that kind in the sentence before, not
 * merely to its last violent event (docs/taxonomy.md, "Twenty-second review").
 */
import type { Candidate } from './model.js';

const KINDS: [RegExp, (c: Candidate) => boolean][] = [
  [/\b(?:air\s*strikes?|air\s+raids?|strikes?|raids?|bombings?)\s*$/i, (c) => c.sub_event_type === 'Air/drone strike'],
  [/\bshelling\s*$/i, (c) => c.sub_event_type === 'Shelling/artillery/missile attack'],
  [/\b(?:clash(?:es)?|fighting|battles?|ambush|assault)\s*$/i, (c) => c.event_type === 'Battles'],
];

/** The candidate of `previous` whose kind the toll's reference noun (`reference`, ending with the noun) names. */
export function leadOfKind(previous: Candidate[], reference: string): Candidate | undefined {
  const kind = KINDS.find(([re]) => re.test(reference));
  if (!kind) return undefined;
  const matching = previous.filter(kind[1]);
  // Only a choice between kinds: one event of the named kind among others of another kind.
  return matching.length === 1 && previous.length > 1 ? matching[0] : undefined;
}
