/**
 * A lead that sums up a barrage across the country ("Russia launched … attacks on Ukraine's power grid overnight into
 * Tuesday, killing four people"), placed only by the dateline, the article's focus or the country, followed by
 * undated details at their own places ("Two people were killed when a missile struck … Dnipro", "Another man was
 * killed in Kherson …"): the details are the events. They take the lead's day and, when they name no attacker, its
 * actor1; the lead's national total is no event of its own and no longer adds to one detail's toll
 * (docs/taxonomy.md, "Ninth review"). A detail dated to the lead's own day counts too (tenth review). One placed
 * detail with part of the toll leaves the lead the rest (eighth session).
 */
import { addDays } from '../dates/calendar.js';
import { isCountry } from './context.js';
import { type Candidate, VIOLENT, weakPlace } from './model.js';

/** "Israeli fire killed three … Two men were shot dead … A third man was killed by a drone strike": the details of a
 * lead's killings may be violence of any type. */
const violentOrSame = (d: Candidate, lead: Candidate) =>
  d.event_type === lead.event_type || (VIOLENT.has(d.event_type) && VIOLENT.has(lead.event_type));

/** How many sentences after the lead its details may come. */
const SPAN = 4;

const summaryPlace = (c: Candidate) => weakPlace(c.place) || c.place.geo_precision === 3;

const countryWide = (c: Candidate) =>
  c.place.kind === 'dateline' ||
  c.place.kind === 'focus' ||
  (!!c.place.mention?.place && isCountry(c.place.mention.place));

/** "another man died … in the Kharkiv region" after a country-wide lead: a province is a placed detail of it. */
const provinceDetail = (d: Candidate, lead: Candidate) =>
  countryWide(lead) && d.place.kind === 'attached' && d.place.mention?.place?.featureCode === 'ADM1';

/** "killed 17 militants in raids in X province … 11 in the Y district and six more in the Z district": a district of
 * the lead's province is a placed detail of it. */
const districtDetail = (d: Candidate, lead: Candidate) => {
  const [outer, inner] = [lead.place.mention?.place, d.place.mention?.place];
  return (
    lead.place.kind === 'attached' &&
    outer?.featureCode === 'ADM1' &&
    /^ADM[2-4]$/.test(inner?.featureCode ?? '') &&
    inner?.countryCode === outer.countryCode &&
    inner?.admin1 === outer.admin1
  );
};

/** A detail dated to the lead's own day ("on Tuesday" again, or carried over) with a toll of its own details that lead. */
const sameDay = (d: Candidate, lead: Candidate) =>
  lead.date.time_precision === 1 &&
  d.date.date_start === lead.date.date_start &&
  d.date.date_end === lead.date.date_end;

/** "Israeli attacks … have killed four" (undated: the report week), then "two were killed on Monday …": a detail dated
 * inside the lead's week (or in the week up to the day the lead was said). */
const inUndatedLead = (d: Candidate, lead: Candidate) =>
  !lead.dated && weekBefore(lead) <= d.date.date_start && d.date.date_end <= lead.date.date_end;

/** A lead dated only by its statement's day ("…, the military said on Friday") tells of the days before it too. */
const weekBefore = (lead: Candidate) =>
  lead.date.time_precision === 1 && lead.date.phrase ? addDays(lead.date.date_start, -6) : lead.date.date_start;

export function splitSummaryLead(cands: Candidate[]): Candidate[] {
  const dropped = new Set<Candidate>();
  for (const lead of cands) {
    if (lead.front || lead.fatalities === 0) continue;
    if (!summaryPlace(lead) || dropped.has(lead)) continue;
    const near = cands.filter(
      (d) =>
        !d.front &&
        d.sentenceIndex > lead.sentenceIndex &&
        d.sentenceIndex <= lead.sentenceIndex + SPAN &&
        ((!d.dated && !d.date.phrase) || ((sameDay(d, lead) || inUndatedLead(d, lead)) && d.fatalities > 0)) &&
        violentOrSame(d, lead) &&
        d.place.key !== lead.place.key &&
        (!summaryPlace(d) || provinceDetail(d, lead) || districtDetail(d, lead)) &&
        (!lead.place.countryCode || d.place.countryCode === lead.place.countryCode),
    );
    // Details of other violent types only when they account for the whole toll ("Israeli fire killed three": two shot
    // dead, a third killed by a drone strike); else only the lead's own type.
    const sameType = near.filter((d) => d.event_type === lead.event_type);
    const all = near.reduce((n, d) => n + d.fatalities, 0);
    const details =
      near.length > sameType.length && all === lead.fatalities && new Set(near.map((d) => d.place.key)).size > 1
        ? near
        : sameType;
    const places = new Set(details.map((d) => d.place.key));
    const toll = details.reduce((n, d) => n + d.fatalities, 0);
    // Districts of the lead's province may count more dead than it did (its troops' own losses told with them).
    const covered = details.every((d) => districtDetail(d, lead)) && places.size > 1;
    if (places.size === 0 || toll === 0 || (toll > lead.fatalities && !covered)) continue;
    // One placed detail that tells part of the toll ("strikes killed three in south Lebanon … a drone struck a car
    // near X, killing two"): the detail is an event of the lead's day, and the lead keeps the deaths placed nowhere
    // else (ACLED codes them at the region). A single detail with the whole toll is grouped with the lead (group.ts).
    const partial = places.size === 1;
    if (partial && toll === lead.fatalities) continue;
    const day = lead.dated && lead.date.time_precision === 1 && !!lead.date.phrase;
    for (const d of details) {
      if (day) {
        d.date = lead.date;
        d.dated = true;
      }
      d.anaphoric = false;
      if (!d.actor1 && lead.actor1 && lead.actor1 !== d.actor2) d.actor1 = lead.actor1;
    }
    if (partial) lead.fatalities -= toll;
    else dropped.add(lead);
  }
  return cands.filter((c) => !dropped.has(c));
}
