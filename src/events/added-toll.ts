/**
 * "Government forces and the Houthis clashed overnight west of X, an official said, adding that eight Houthi fighters
 * and three soldiers were killed": the toll the speaker adds in a clause of its own (no place there, so no event of
 * its own) is the toll of the one violent event told earlier in that sentence. Only a continuation of the reported
 * speech counts (", adding that …", ", saying …"), and only when the sentence told one violent event with no toll
 * yet: with two, the toll cannot be split between them.
 */
import { type Candidate, VIOLENT } from './model.js';
import type { Span } from './sentences.js';

const ADDED = /,\s*(?:adding|saying|and\s+added|and\s+said)\s+(?:that\s+)?/i;

/** Give a speaker's added toll to its sentence's single violent event, in place. */
export function addedTolls(cands: Candidate[], unplaced: Map<number, number>, sentences: Span[], text: string): void {
  for (const [i, toll] of unplaced) {
    if (toll === 0) continue;
    const sentence = text.slice(sentences[i].start, sentences[i].end);
    if (!ADDED.test(sentence)) continue;
    const told = cands.filter((c) => c.sentenceIndex === i && VIOLENT.has(c.event_type));
    if (told.length === 1 && told[0].fatalities === 0) told[0].fatalities = toll;
  }
}
