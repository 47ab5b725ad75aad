/**
 * A daily report that opens with the day's roundup ("Israeli strikes killed 27 across Gaza on Tuesday, health
 * officials said") tells that day's incidents one by one without repeating the day: "In Khan Younis, a strike on a
 * tent killed …", "Troops opened fire on crowds near an aid site …". ACLED dates an event told as part of the day's
 * report to that day. When the body opens with such a roundup (dated to a day, placed no finer than a region), an
 * undated incident with a place of its own takes the day of the nearest earlier body event dated to that day, when
 * the story has not moved on in between: no phrase of another day between them ("Last week, …", "In 2023, …"), no
 * new article's dateline, at most four sentences apart, and not an ongoing state ("where fighting has raged for
 * months"). A story opening on one place's event keeps its undated details in the report week (follow-ups of the
 * eighth review) (docs/taxonomy.md, "Nineteenth review").
 */
import { dateCandidates } from '../dates/resolve-date.js';
import { type Candidate, VIOLENT, weakPlace } from './model.js';

const GAP = 4;
/** "CAIRO: ", "KIRKUK, Iraq: ": the dateline opening another article of the page. */
const NEW_DATELINE = /\n[A-Z][A-Z .'’-]{2,30}(?:,\s+[A-Z][\w .'’-]{2,30})?:\s/;

/** "killed 21 across the Gaza Strip, including nine in Gaza City": a toll over a wide area, whatever part is placed. */
const ACROSS = /\b(?:across|throughout)\s+(?:the\s+)?[A-Z]/;

/** The day of the body's opening roundup, or null when the body opens otherwise. */
export function roundupDay(cands: Candidate[], text: string): string | null {
  const first = cands.filter((c) => !c.front).sort((a, b) => a.sentenceIndex - b.sentenceIndex)[0];
  if (!first?.dated || first.date.time_precision !== 1 || !VIOLENT.has(first.event_type)) return null;
  const wide =
    weakPlace(first.place) ||
    first.place.geo_precision === 3 ||
    ACROSS.test(text.slice(first.sentence.start, first.sentence.end));
  return wide ? first.date.date_start : null;
}

const INCIDENT = (c: Candidate) =>
  VIOLENT.has(c.event_type) || c.sub_event_type === 'Looting/property destruction' || c.sub_event_type === 'Arrests';

/** "where fighting has raged for months": an ongoing state, not an incident of the day. */
const ONGOING =
  /\b(?:has|have)\s+(?:been\s+)?(?:raged|continued|persisted|gone\s+on|intensified|escalated)\b|\bfor\s+(?:months|weeks|years|decades)\b/i;

/** Give each undated incident of a roundup report the report's day, in place. */
export function dateFromReportDay(cands: Candidate[], text: string, published: string, day: string | null): void {
  if (!day) return;
  cands.forEach((c, k) => {
    if (c.dated || c.date.phrase || c.front || c.anaphoric || !INCIDENT(c)) return;
    // A detail with neither a place nor a day of its own (a claim, a toll summed up elsewhere) is no incident.
    if (weakPlace(c.place)) return;
    const sentence = text.slice(c.sentence.start, c.sentence.end);
    if (ONGOING.test(sentence.slice(Math.max(0, sentence.indexOf(c.trigger))))) return;
    const lead = cands
      .slice(0, k)
      .reverse()
      .find((l) => !l.front && l.sentenceIndex < c.sentenceIndex && l.dated);
    if (lead?.date.time_precision !== 1 || !lead.date.phrase || lead.date.date_start !== day) return;
    if (c.sentenceIndex - lead.sentenceIndex > GAP) return;
    const between = text.slice(lead.sentence.end, c.sentence.start);
    if (NEW_DATELINE.test(between)) return;
    // "Iran fired missiles on Friday night. Three were killed when a missile hit X": the same day named again.
    const sameDay = (d: { start: string; precision: number }) => d.precision === 1 && d.start === lead.date.date_start;
    if (!dateCandidates(between, published).every(sameDay)) return;
    c.date = { ...lead.date };
    c.dated = true;
  });
}
