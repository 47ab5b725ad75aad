/**
 * "In July the Houthis sank two ships. Israel has answered with strikes on Hodeidah.": an event told with no date
 * phrase of its own, right after a sentence of its paragraph that opens with a month, season or year over before
 * the report week, goes on with that recalled story; it takes the recalled period, not the report week (and is then
 * judged as background by build-event.ts like any event so dated). So does an undated event whose sentence names such
 * a period before it ("The war began in April 2023 when … fighting in Khartoum") (docs/taxonomy.md, "Seventeenth
 * pass").
 */
import { addDays } from '../dates/calendar.js';
import { dateCandidates } from '../dates/resolve-date.js';
import type { DateResolution } from '../types.js';
import { MAX_SENTENCE, type Span } from './sentences.js';

/** How much of the sentence before can hold its opening period ("In July, …", within 12 characters). A paragraph
 * with no full stop is read back no further than a sentence can be long: once per event, it would be quadratic. */
const OPENING = 80;

/** The sentence just before `start` in its paragraph (lines are paragraphs in a capture), or ''. */
function sentenceBefore(text: string, start: number): string {
  const para = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - MAX_SENTENCE);
  const parts = text
    .slice(para, start)
    .trim()
    .split(/(?<=[.!?])\s+/);
  return parts[parts.length - 1] ?? '';
}

/** A month, season or year over before the report week, told within the first words of `s` when `opening`. */
function recalledPeriod(s: string, published: string, opening: boolean): DateResolution | null {
  const d = dateCandidates(s, published).find(
    (c) => c.precision === 3 && c.end < addDays(published, -7) && (!opening || c.index <= 12),
  );
  return d ? { date_start: d.start, date_end: d.end, time_precision: 3, phrase: d.phrase } : null;
}

/** The long-past period an undated event takes from its own sentence (before its trigger) or the previous one. */
export function recalledDate(text: string, sentence: Span, trigger: number, published: string): DateResolution | null {
  // Only a date told before the trigger: "met at X, where the guarantors of the November 2024 truce convene" is not;
  // the sentence before must open with it ("In July, …"): "In Kursk, where … in August 2024, …" is no recalled story.
  return (
    recalledPeriod(text.slice(sentence.start, trigger), published, false) ??
    recalledPeriod(sentenceBefore(text, sentence.start).slice(0, OPENING), published, true)
  );
}
