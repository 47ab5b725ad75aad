/**
 * Cross-article duplicates: reports of the same event (same event_type, points within 10 km, overlapping date
 * ranges, different articles) become one event. The most precise report supplies place and date; fatalities take
 * the maximum, and every report's own count stays visible in `sources` and the notes when they disagree.
 * A report placed in a sector ("south-west of Kirkuk", geo_precision 2) matches a report whose point lies inside that
 * sector ("near Kirkuk"): one outlet gave a bearing, the other only the town. Days one apart meet when either report
 * tells a night ("overnight into Thursday" / "late on Wednesday").
 */
import { booleanPointInPolygon } from '@turf/turf';
import { daysBetween } from '../dates/calendar.js';
import { haversineKm } from '../gazetteer/distance.js';
import type { ConflictEvent, EventProperties } from '../types.js';

export const MERGE_DISTANCE_KM = 10;

function km(a: ConflictEvent, b: ConflictEvent): number {
  const [lon1, lat1] = a.geometry.coordinates;
  const [lon2, lat2] = b.geometry.coordinates;
  return haversineKm(lat1, lon1, lat2, lon2);
}

/** Does a's sector (a bearing from a town, not a region or a border strip) hold b's point? */
function sectorHolds(a: ConflictEvent, b: ConflictEvent): boolean {
  const area = a.properties.area;
  if (!area || a.properties.geo_precision > 2) return false;
  try {
    return booleanPointInPolygon(b.geometry.coordinates, area);
  } catch {
    return false;
  }
}

/** A report dated to more than a month ("this year", "since January") overlaps any incident of that span: too vague to
 * be told apart from the others, so it joins none of them. */
const identifiable = (e: ConflictEvent): boolean => daysBetween(e.properties.date_start, e.properties.date_end) <= 31;

/** A night told as "overnight into Thursday" by one outlet is "late on Wednesday" in another: a day apart. */
const NIGHT = /\b(?:overnight|midnight|early\s+hours|late\s+(?:on\s+)?(?:\w+day|night)|\w+day\s+night)\b/i;
const nightApart = (a: EventProperties, b: EventProperties): boolean =>
  a.time_precision === 1 &&
  b.time_precision === 1 &&
  Math.abs(daysBetween(a.date_start, b.date_start)) === 1 &&
  (NIGHT.test(a.evidence?.text ?? '') || NIGHT.test(b.evidence?.text ?? ''));

const datesMeet = (a: EventProperties, b: EventProperties): boolean =>
  (a.date_start <= b.date_end && b.date_start <= a.date_end) || nightApart(a, b);

const same = (a: ConflictEvent, b: ConflictEvent): boolean =>
  identifiable(a) &&
  identifiable(b) &&
  a.properties.event_type === b.properties.event_type &&
  a.properties.article_id !== b.properties.article_id &&
  datesMeet(a.properties, b.properties) &&
  (km(a, b) <= MERGE_DISTANCE_KM || sectorHolds(a, b) || sectorHolds(b, a));

/** Most precise first: place precision, date precision, narrowest range, confidence, then id (total order). */
function better(a: EventProperties, b: EventProperties): number {
  return (
    a.geo_precision - b.geo_precision ||
    a.time_precision - b.time_precision ||
    a.date_end.localeCompare(b.date_end) - a.date_start.localeCompare(b.date_start) ||
    b.confidence - a.confidence ||
    a.event_id.localeCompare(b.event_id)
  );
}

export function mergeEvents(events: ConflictEvent[]): ConflictEvent[] {
  // The most exact reports seed the groups: an article's vague mention ("the raid near X", report week) must not take
  // the place of its exact report of the same incident in a group, which admits one report per article.
  const sorted = [...events].sort(
    (a, b) =>
      a.properties.time_precision - b.properties.time_precision ||
      a.properties.geo_precision - b.properties.geo_precision ||
      a.properties.date_start.localeCompare(b.properties.date_start) ||
      a.properties.event_id.localeCompare(b.properties.event_id),
  );
  const groups: ConflictEvent[][] = [];
  for (const e of sorted) {
    // Join the first group where e matches a member and brings no second report from an article already in it.
    const g = groups.find(
      (grp) => grp.some((o) => same(o, e)) && !grp.some((o) => o.properties.article_id === e.properties.article_id),
    );
    if (g) g.push(e);
    else groups.push([e]);
  }
  const out = groups.map((g) => (g.length === 1 ? g[0] : combine(g)));
  return out.sort(
    (a, b) =>
      a.properties.date_start.localeCompare(b.properties.date_start) ||
      a.properties.event_id.localeCompare(b.properties.event_id),
  );
}

function combine(group: ConflictEvent[]): ConflictEvent {
  const ranked = [...group].sort((a, b) => better(a.properties, b.properties));
  const primary = ranked[0];
  // The place comes from the most precise place; the day from the most exact date inside the primary's range ("on
  // Thursday" in one report, "earlier this week" in the report with the town).
  const p0 = primary.properties;
  const dated = ranked
    .map((e) => e.properties)
    .filter((q) => q.date_start >= p0.date_start && q.date_end <= p0.date_end)
    .sort((a, b) => a.time_precision - b.time_precision)[0];
  const when = {
    event_date: dated.event_date,
    date_start: dated.date_start,
    date_end: dated.date_end,
    time_precision: dated.time_precision,
  };
  const sources = ranked
    .map((e) => ({
      article_id: e.properties.article_id,
      source: e.properties.source,
      source_url: e.properties.source_url,
      fatalities: e.properties.fatalities,
    }))
    .sort((a, b) => a.article_id.localeCompare(b.article_id));
  const counts = [...new Set(sources.map((s) => s.fatalities))];
  const fatalities = Math.max(...counts);
  const notes = [primary.properties.notes, `${group.length} reports merged`];
  if (counts.length > 1) {
    notes.push(
      `fatalities differ between reports: ${sources.map((s) => `${s.fatalities} (${s.source || s.article_id})`).join(', ')}; maximum kept`,
    );
  }
  // A side the primary report leaves empty is filled from another report, but never with the party already on the
  // other side: one outlet's attacker can be the other's victim ("a PMF patrol hit by a bomb" vs "a bomb hit a PMF patrol").
  const pick = (f: (p: EventProperties) => string, not: string) =>
    ranked.map((e) => f(e.properties)).find((v) => v && v !== not) ?? '';
  const actor1 = primary.properties.actor1 || pick((p) => p.actor1, primary.properties.actor2);
  const actor2 = primary.properties.actor2 || pick((p) => p.actor2, actor1);
  return {
    ...primary,
    properties: {
      ...primary.properties,
      ...when,
      actor1,
      actor2,
      fatalities,
      confidence: Math.max(...group.map((e) => e.properties.confidence)),
      notes: notes.join('; '),
      sources,
    },
  };
}
