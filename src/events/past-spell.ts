/**
 * "In July, days of sectarian violence in Sweida killed more than 1,000 people" in a September report: a spell of
 * fighting ("days / weeks / months of violence, clashes, fighting …") dated only by a month that ended before the
 * report's month is the story's background, a summary of many events, not one newly reported. ACLED codes the single
 * events of such a spell when they happen; the recap adds none. A spell dated to a day ("two days of clashes ended on
 * Tuesday") or in the report's own month stays an event.
 * So is an agreement dated only by an earlier month ("a peace deal Congo and Rwanda signed in June" in an October
 * report): a new agreement is told with its day; one recalled by its month was coded when it was signed.
 */
import type { DateResolution } from '../types.js';

const SPELL =
  /\b(?:(?:days|weeks|months|nights)|(?:a|two|three|four|five|six|several)\s+(?:days?|weeks?|months?))\s+of\s+(?:[a-z][\w-]*\s+){0,2}?(?:fighting|violence|clashes|bloodshed|bombardment|shelling|air\s*strikes|strikes|unrest|riots|rioting|attacks|battles|hostilities)\b/i;

/** Is `sentence` a recap of a spell of violence in a month before the report's (`published`, YYYY-MM-DD)? */
export function pastSpell(
  sentence: string,
  date: Pick<DateResolution, 'date_end' | 'time_precision'>,
  published: string,
): boolean {
  return date.time_precision >= 3 && date.date_end < `${published.slice(0, 7)}-01` && SPELL.test(sentence);
}

/** Is an agreement dated only by a month (or vaguer) that ended before the report's month the story's background? */
export function pastAgreement(
  subType: string,
  date: Pick<DateResolution, 'date_end' | 'time_precision'>,
  published: string,
): boolean {
  return subType === 'Agreement' && date.time_precision >= 3 && date.date_end < `${published.slice(0, 7)}-01`;
}
