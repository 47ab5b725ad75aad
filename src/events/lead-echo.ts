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

/** The candidates left once echoing leads are dropped. The incident keeps the sides only the lead named ("struck
 * suspected PKK positions in northern Iraq … The strikes hit areas around X"). */
export function dropLeadEchoes(cands: Candidate[]): Candidate[] {
  const echoed = (c: Candidate) =>
    VIOLENT.has(c.event_type) && c.fatalities === 0 && c.place.geo_precision === 3 && c.place.kind !== 'attached'
      ? cands.find((d) => d !== c && echoes(c, d))
      : undefined;
  return cands.filter((c) => {
    const d = echoed(c);
    if (!d) return true;
    if (!d.actor1 && c.actor1 && c.actor1 !== d.actor2) d.actor1 = c.actor1;
    if (!d.actor2 && c.actor2 && c.actor2 !== d.actor1) d.actor2 = c.actor2;
    return false;
  });
}
