/**
 * "Pakistani security forces killed eight militants in a raid …, the military said on Thursday. The operation was
 * carried out on Wednesday night in the Mir Ali area.": a sentence with no trigger of its own that refers back to the
 * event ("The operation / raid / attack (on the base) … took place / was carried out …") and names a day dates the event told in the
 * sentence just before (or two before), when that event had no date of its own (none, or only the day of a statement)
 * (docs/taxonomy.md, "Ninth review"). A toll update that names the day does too: "The strike on Monday also wounded
 * 12 people." (twenty-sixth session).
 */
import { dateCandidates, isSoftDay } from '../dates/resolve-date.js';
import { bareReference, type Candidate, VIOLENT } from './model.js';
import type { Span } from './sentences.js';

const REFERENCE =
  /^\W*(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:operation|raid|attack|strike|assault|ambush|bombing|offensive|incident|massacre|clashes?|fighting)(?:\s+(?:on|in|near|at|against)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?\s+(?:took\s+place|happened|occurred|began|started|was\s+(?:carried\s+out|conducted|launched|staged)|were\s+(?:carried\s+out|conducted|launched)|also\s+(?:wounded|injured|killed|left|destroyed|damaged))\b/i;
/** "… took place two days after talks on Monday": a day of something else. */
const AFTER = /\b(?:after|before|since|ahead\s+of|following)\b/i;
const SPOKEN = /\b(?:said|says|told|announced|reported|added|stated)\s+(?:late\s+|early\s+)?(?:on\s+)?$/i;

/** The day a sentence names for what it tells: not a soft day, not the day something was said, not a day after which. */
function namedDay(sentence: string, published: string) {
  return dateCandidates(sentence, published).find(
    (d) =>
      d.precision === 1 &&
      !isSoftDay(d.phrase) &&
      !SPOKEN.test(sentence.slice(0, d.index)) &&
      !AFTER.test(sentence.slice(0, d.index)),
  );
}

/** Date, in place, the undated events of the sentence before a reference sentence by the day it names. */
export function dateFromReference(cands: Candidate[], sentences: Span[], text: string, published: string): void {
  // A reference placed only by the dateline or the article focus tells nothing new: its sentence still dates.
  const told = new Set(cands.filter((c) => !bareReference(c)).map((c) => c.sentenceIndex));
  sentences.forEach((s, i) => {
    if (told.has(i)) return;
    const sentence = text.slice(s.start, s.end);
    if (!REFERENCE.test(sentence)) return;
    const day = namedDay(sentence, published);
    if (!day) return;
    const before = [i - 1, i - 2].find((j) => told.has(j));
    if (before === undefined) return;
    for (const c of cands) {
      if (c.sentenceIndex !== before || c.dated || c.front) continue;
      c.date = { date_start: day.start, date_end: day.end, time_precision: 1, phrase: day.phrase };
      c.dated = true;
    }
  });
}

/**
 * "Abu Hamza, a commander who was killed in an Israeli airstrike on Saturday, …" (no place), then "The military said its
 * aircraft struck a building in Nabatieh …" (no day): the violent event told without a place on a named day, in the
 * sentence just before an undated violent event with a place, is that event; it gives it the day (twelfth review),
 * and its toll when the placed sentence tells none ("An air strike on Sunday killed 12 fighters, the government said.
 * The strike hit a camp near X": eleventh session). `unplaced`: sentence index → the toll its clauses tell.
 */
export function dateFromUnplaced(
  cands: Candidate[],
  unplaced: Map<number, number>,
  sentences: Span[],
  text: string,
  published: string,
): void {
  for (const [i, toll] of unplaced) {
    const sentence = text.slice(sentences[i].start, sentences[i].end);
    const day = namedDay(sentence, published);
    if (!day) continue;
    const told = cands.filter((c) => c.sentenceIndex === i + 1 && !c.dated && !c.front && VIOLENT.has(c.event_type));
    for (const c of told) {
      c.date = { date_start: day.start, date_end: day.end, time_precision: 1, phrase: day.phrase };
      c.dated = true;
    }
    // One event takes the toll; two would count the dead twice.
    if (told.length === 1 && told[0].fatalities === 0) told[0].fatalities = toll;
  }
}
