/**
 * An event told without a date of its own happened in the report week; a report dated well before that week is
 * another (earlier) event, even when it names no place of its own (docs/taxonomy.md, "Seventh review"):
 * "Heavy clashes broke out overnight in X" is not the fighting "in May" of the background paragraph, and "Clashes
 * broke out when security forces entered X" is not the violence "which erupted in March" that the next paragraph
 * recalls with only the country to place it.
 */
import { addDays, overlaps } from '../dates/calendar.js';
import { type Candidate, weakPlace } from './model.js';

/** The report week of an undated candidate: its range, or the six days up to its soft day ("overnight"). */
function week(a: Candidate): [string, string] {
  return a.date.phrase ? [addDays(a.date.date_end, -6), a.date.date_end] : [a.date.date_start, a.date.date_end];
}

/** `a` is undated with a place of its own, `b` is a new report (no reference back) dated outside a's report week. */
function apart(a: Candidate, b: Candidate): boolean {
  if (a.dated || a.anaphoric || weakPlace(a.place)) return false;
  if (!b.dated || b.anaphoric) return false;
  const [start, end] = week(a);
  return !overlaps(start, end, b.date.date_start, b.date.date_end);
}

/** Whether `c` and a member of `group` are an undated report-week event and an earlier (or later) dated one. */
export function outsideReportWeek(group: Candidate[], c: Candidate): boolean {
  return group.some((g) => apart(g, c) || apart(c, g));
}
