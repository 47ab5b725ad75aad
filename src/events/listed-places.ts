/**
 * "Israeli strikes hit Yohmor and Arnoun": one clause naming two towns gives one candidate per town, and ACLED codes
 * one event per location, however close the towns lie (docs/taxonomy.md, "Twenty-seventh review"). The ≤10 km
 * nearness that lets two sentences' names of one place meet (group.ts, samePlace) must not fold them back together.
 */
import { distanceKm } from './containment.js';
import type { Candidate } from './model.js';

/** "a car between X and Y": the two towns bound one scene (where.ts notes the cue). */
const BETWEEN = /\bcue "between"/;

/**
 * "Hundreds marched in X on Saturday. Police fired tear gas to disperse a second group of protesters in Y": the later
 * report says it tells another crowd or incident, so two nearby towns named in the text stay two events ("another
 * attack … in X" at the same town still joins: ACLED codes one event per place, day and sides).
 */
const ANOTHER_SCENE =
  /\b(?:a\s+(?:second|third|separate|further)|another|other)\s+(?:group|crowd|protest|demonstration|rally|march|gathering|attack|strike|raid|clash|incident|bombing|explosion)s?\b|\belsewhere\b/i;

function anotherScene(a: Candidate, b: Candidate, text: string): boolean {
  const later = a.sentence.start > b.sentence.start ? a : b;
  return (
    a.sentenceIndex !== b.sentenceIndex &&
    a.place.kind === 'attached' &&
    b.place.kind === 'attached' &&
    a.place.geo_precision === 1 &&
    b.place.geo_precision === 1 &&
    distanceKm(a.place, b.place) > 1 &&
    ANOTHER_SCENE.test(text.slice(later.sentence.start, later.sentence.end))
  );
}

/** Two places of one clause (same sentence and trigger), each a town named in the text: two events; or two
 * sentences' towns when the later says it tells another scene. */
export function listedApart(a: Candidate, b: Candidate, text = ''): boolean {
  if (text && anotherScene(a, b, text)) return true;
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
