/**
 * "Hundreds of youths rioted in Kisumu … One protester was shot dead by police during the unrest.": a killing told
 * without a place of its own, that names the unrest told before as its setting ("during / in the unrest, riots,
 * protests, demonstration, clashes"), is part of that protest or riot. ACLED codes the death on the demonstration
 * event, with the force that killed as its second actor (docs/taxonomy.md, "Twenty-eighth review"), so the nearest
 * protest or riot of the two sentences before takes the toll (when it tells none) and the force (when it has none).
 * So does a killing of "them" in the protest's own sentence ("Troops fired at protesters in X, and soldiers killed
 * two of them": the second clause has no place of its own).
 */
import { FORCE_NAME, findActors } from './actors.js';
import type { Classification } from './taxonomy.js';
import { type Candidate, VIOLENT } from './model.js';
import type { Span } from './sentences.js';

const DURING_UNREST =
  /\b(?:during|in|amid)\s+the\s+(?:unrest|riots?|rioting|protests?|demonstrations?|march|rally|disturbances?)\b/i;
const OF_THEM = /\b(?:killed|killing|shot\s+dead)\s+(?:\w+\s+){0,2}?of\s+them\b/i;
const DEMONSTRATION = new Set(['Protests', 'Riots']);

/** A clause whose unplaced toll is kept: violence, or lethal force on protesters ("One protester was shot dead"). */
export const lethal = (cls: Classification) =>
  VIOLENT.has(cls.event_type) || cls.sub_event_type === 'Excessive force against protesters';

/** Give an unplaced killing's toll and force to the protest or riot it names as its setting, in place. */
export function unrestTolls(cands: Candidate[], unplaced: Map<number, number>, sentences: Span[], text: string): void {
  for (const [i, toll] of unplaced) {
    const sentence = text.slice(sentences[i].start, sentences[i].end);
    const during = DURING_UNREST.test(sentence);
    if (toll === 0 || (!during && !OF_THEM.test(sentence))) continue;
    const own = (c: Candidate) => (during ? c.sentenceIndex < i && c.sentenceIndex >= i - 2 : c.sentenceIndex === i);
    const before = cands.filter((c) => own(c) && !c.front);
    const demo = before.filter((c) => DEMONSTRATION.has(c.event_type)).pop();
    if (!demo || before.some((c) => c.order > demo.order && c.fatalities > 0)) continue;
    if (demo.fatalities === 0) demo.fatalities = toll;
    const force = findActors(sentence, demo.place.countryCode).find((h) => FORCE_NAME.test(h.name));
    if (force && !demo.actor2) demo.actor2 = force.name;
  }
}
