/**
 * "…, as troops also opened fire near a food distribution site in the south": a clause that sums up, with no toll and
 * only a region for its place, an incident the article tells later at a finer place, on the same day and with the
 * same trigger or head ("troops opened fire on crowds … in Rafah, killing nine"), is that incident, not a second one.
 */
import { type Candidate, VIOLENT } from './model.js';

const echoes = (c: Candidate, d: Candidate) =>
  d.sentenceIndex > c.sentenceIndex &&
  VIOLENT.has(d.event_type) &&
  (d.head === c.head || d.trigger.toLowerCase() === c.trigger.toLowerCase()) &&
  d.date.date_start === c.date.date_start &&
  d.date.date_end === c.date.date_end &&
  d.place.geo_precision < 3 &&
  d.place.countryCode === c.place.countryCode;

export function dropLeadEchoes(cands: Candidate[]): Candidate[] {
  const echo = (c: Candidate) =>
    VIOLENT.has(c.event_type) &&
    c.fatalities === 0 &&
    c.place.geo_precision === 3 &&
    c.place.kind !== 'attached' &&
    cands.some((d) => d !== c && echoes(c, d));
  return cands.filter((c) => !echo(c));
}
