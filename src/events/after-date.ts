/**
 * "Troops deployed to X on Tuesday after two days of clashes in the town": the day belongs to the main verb (the
 * deployment); the event told in the "after" phrase ended before it. Two days of clashes are the two days before;
 * a bare "after clashes" is some day of the week before, and counts as undated so a report that dates the clashes
 * itself wins when grouping (docs/taxonomy.md, "Twelfth review").
 */
import { addDays, precisionOf } from '../dates/calendar.js';
import { dateCandidates, isSoftDay } from '../dates/resolve-date.js';
import { NUMBER_WORDS } from '../dates/number-words.js';
import { VIOLENT } from './model.js';
import { classify } from './taxonomy.js';
import type { DateChoice } from './when.js';

const GAP =
  /^\s*(?:,\s*)?(?:(?:(an?|one|two|three|four|five|six|seven|\d)\s+)?(days?|weeks?)\s+)?(?:after|following)\s+(?:(an?|one|two|three|four|five|six|seven|\d)\s+(days?|nights?|weeks?)\s+of\s+)?(?:[\w'’-]+\s+){0,6}$/i;

const countOf = (w: string | undefined): number =>
  w ? (/^an?$/i.test(w) ? 1 : (NUMBER_WORDS[w.toLowerCase()] ?? Number(w))) : 0;

/**
 * "on Saturday, two days / days / a week after the military retook Y": Y two days before, in the six days before,
 * or about a week before the main verb's day; a bare "days" counts as undated, like a bare "after".
 */
function offsetBefore(
  day: { start: string; phrase: string },
  gap: string,
  countWord: string | undefined,
  unit: string,
): DateChoice {
  const n = countOf(countWord);
  const week = /^week/i.test(unit);
  const [from, to] = week ? (n > 0 ? [7 * n + 3, 7 * n - 3] : [41, 7]) : n > 0 ? [n, n] : [6, 1];
  const start = addDays(day.start, -from);
  const end = addDays(day.start, -to);
  const phrase = `${gap} … (before ${day.phrase})`;
  return { date: { date_start: start, date_end: end, time_precision: precisionOf(start, end), phrase }, dated: n > 0 };
}

/** What GAP needs at the end of the text before the trigger, checked before any date is read. */
const AFTER_NEAR = /\b(?:after|following)\s+(?:[\w'’-]+\s+){0,6}$/i;

/** The date of a trigger told in an "after" phrase that follows the main verb's day, or null. */
export function beforeMainDay(
  text: string,
  published: string,
  sentenceStart: number,
  triggerStart: number,
  anchor?: string,
): DateChoice | null {
  // The day and its "after" stand just before the trigger; a bounded window keeps a run-on sentence cheap.
  const head = text.slice(Math.max(sentenceStart, triggerStart - 240), triggerStart);
  // Most triggers have no "after" just before them: no date reading for those.
  if (!AFTER_NEAR.test(head)) return null;
  const day = dateCandidates(head, published, { anchor })
    .filter((c) => c.precision === 1 && !isSoftDay(c.phrase))
    .pop();
  if (!day) return null;
  const m = GAP.exec(head.slice(day.index + day.length));
  if (!m) return null;
  // "clashed near X on Saturday, days after the military retook Y": the gap before "after" sets the two events apart.
  if (m[2]) return offsetBefore(day, m[0].trim(), m[1], m[2]);
  // "Three were killed on Friday after an air strike hit …": a violent main verb tells the same event; a deployment,
  // a statement or a ceasefire under strain does not.
  const main = classify(head.slice(0, day.index));
  if (main && VIOLENT.has(main.event_type)) return null;
  const n = countOf(m[3]);
  const days = n > 0 ? (/^week/i.test(m[4]) ? 7 * n : n) : 6;
  const start = addDays(day.start, -days);
  const end = addDays(day.start, -1);
  const phrase = `${m[0].trim()} … (before ${day.phrase})`;
  return { date: { date_start: start, date_end: end, time_precision: precisionOf(start, end), phrase }, dated: n > 0 };
}

const AFTER_TRIGGER = /\b(?:after|following)\s+(?:[\w'’-]+\s+){0,4}$/i;

/**
 * Where the "after" phrase holding the trigger opens, when the clause's main verb before it tells no violence
 * ("Police arrested five men after clashes between fans", "a truce came under strain after clashes between A and B"):
 * the main verb's subject is no party to the event of the phrase. -1 otherwise.
 */
export function afterPhraseStart(masked: string, triggerIndex: number): number {
  const from = Math.max(0, triggerIndex - 80);
  const m = AFTER_TRIGGER.exec(masked.slice(from, triggerIndex));
  if (!m || from + m.index === 0) return -1;
  const main = classify(masked.slice(0, from + m.index));
  return main && VIOLENT.has(main.event_type) ? -1 : from + m.index;
}
