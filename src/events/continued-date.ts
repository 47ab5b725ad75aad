/**
 * An undated sentence that goes on with the story told just before ("On Tuesday, forces regained Baniyas … The forces
 * also secured the port", "Hours later, a drone strike hit …") happened on the day of that event: "also", "then",
 * "later", "hours later", "the same day", "following the attack" continue the dated lead; "a day later", "the next
 * day" are the day after.
 * The lead is the nearest earlier event of the body dated to a day, within three sentences (docs/taxonomy.md,
 * "Eighth review"). "Fighting continued into Tuesday", with no place of its own, is the same battle on another day:
 * ACLED codes each day, so it stays an event with its own day and takes the place and sides of the battle before it
 * (tenth review).
 */
import { addDays } from '../dates/calendar.js';
import { type Candidate, VIOLENT, weakPlace } from './model.js';

const CONTINUED =
  /\b(?:also|then|later|subsequently|afterwards|meanwhile)\b|^\W*(?:hours|minutes|moments|shortly)\s+later\b|\b(?:the\s+same\s+day|later\s+that\s+day)\b|^\W*(?:following|after|in\s+the\s+wake\s+of)\s+the\s+(?:attack|stabbing|shooting|bombing|strike|raid|ambush|assault|incident|blast|explosion)\b/i;
const NEXT_DAY = /^\W*(?:a\s+day\s+later|the\s+(?:next|following)\s+day)\b/i;

const GOES_ON =
  /^\W*(?:and\s+)?(?:the\s+)?(?:fighting|clashes|battles?|shelling|bombardment|attacks?)\s+(?:continued|went\s+on|raged\s+on|persisted)\s+(?:into|until|till|through|on)\b/i;

/** The violent event just before (in an earlier clause of the sentence or in the previous sentence, with a place of
 * its own) that a placeless "fighting continued into <day>" ("…, and fighting continued into Monday") goes on with. */
export function goingOnLead(cands: Candidate[], clause: string, sentenceIndex: number): Candidate | null {
  if (!GOES_ON.test(clause)) return null;
  let lead: Candidate | undefined;
  for (let k = cands.length - 1; k >= 0 && !lead; k--)
    if (!cands[k].front && cands[k].sentenceIndex <= sentenceIndex) lead = cands[k];
  if (!lead || lead.sentenceIndex < sentenceIndex - 1 || !VIOLENT.has(lead.event_type)) return null;
  return weakPlace(lead.place) ? null : lead;
}

/** "the protests spread to X", "a man was shot dead during the protests": the clause goes on with the event told
 * before it (in its own sentence too: "… marched in X on Tuesday, and the protests spread to Y"). */
const SPREAD = /\b(?:spread|spreading|spreads)\s+(?:[a-z]+\s+){0,2}?(?:to|into|across)\b/i;
const DURING_THE =
  /\b(?:during|amid|in)\s+the\s+(?:(?:same|ensuing|day['’]s)\s+)?(?:protests?|demonstrations?|rall(?:y|ies)|unrest|riots?|march(?:es)?|clashes|fighting)\b/i;

/** The report-week fallback: no date phrase at all. */
const undated = (c: Candidate) => !c.dated && !c.date.phrase;

/** Give each undated continuation the day of its lead, in place. `text` is the (quote-masked) article text. */
export function dateContinuations(cands: Candidate[], text: string): void {
  cands.forEach((c, k) => {
    if (!undated(c) || c.front) return;
    const sentence = text.slice(c.sentence.start, c.sentence.end);
    const at = sentence.indexOf(c.trigger);
    // The words up to the trigger and just after it, within its clause: "Israeli artillery also shelled …".
    const opening = at >= 0 ? sentence.slice(0, at + c.trigger.length + 30).split(/[,;:]/)[0] : sentence;
    // A bounded window after the trigger (a run-on line must stay linear).
    const clause = at >= 0 ? sentence.slice(at, at + 300).split(/[;:]|,\s+(?:and|but|while)\s/)[0] : '';
    const spread = SPREAD.test(clause) || DURING_THE.test(sentence.slice(Math.max(0, at - 24), at) + clause);
    if (c.anaphoric && !spread) return;
    const next = NEXT_DAY.test(opening);
    if (!next && !CONTINUED.test(opening) && !spread) return;
    const lead = cands
      .slice(0, k)
      .reverse()
      .find(
        (l) =>
          (l.sentenceIndex < c.sentenceIndex || (spread && l.event_type === c.event_type)) &&
          !l.front &&
          l.date.time_precision === 1 &&
          !!l.date.phrase,
      );
    if (!lead || lead.sentenceIndex < c.sentenceIndex - 3) return;
    const day = next ? addDays(lead.date.date_start, 1) : lead.date.date_start;
    c.date = { date_start: day, date_end: day, time_precision: 1, phrase: lead.date.phrase };
    c.dated = true;
  });
}
