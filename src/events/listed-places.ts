/**
 * "Israeli strikes hit Yohmor and Arnoun": one clause naming two towns gives one candidate per town, and ACLED codes
 * one event per location, however close the towns lie (docs/taxonomy.md, "Twenty-seventh review"). The ≤10 km
 * nearness that lets two sentences' names of one place meet (group.ts, samePlace) must not fold them back together.
 */
import type { Candidate } from './model.js';

/** "a car between X and Y": the two towns bound one scene (where.ts notes the cue). */
const BETWEEN = /\bcue "between"/;

/** Two places of one clause (same sentence and trigger), each a town named in the text: two events. */
export function listedApart(a: Candidate, b: Candidate): boolean {
  return (
    !BETWEEN.test(a.place.note) &&
    !BETWEEN.test(b.place.note) &&
    a.sentenceIndex === b.sentenceIndex &&
    a.trigger === b.trigger &&
    a.place.key !== b.place.key &&
    a.place.kind === 'attached' &&
    b.place.kind === 'attached' &&
    a.place.geo_precision === 1 &&
    b.place.geo_precision === 1 &&
    !a.front === !b.front
  );
}
