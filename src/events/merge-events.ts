/**
 * Cross-article duplicates: reports of the same event (same event_type, points within 10 km, overlapping date
 * ranges, different articles) become one event. The most precise report supplies place and date; fatalities take
 * the maximum, and every report's own count stays visible in `sources` and the notes when they disagree.
 */
import type { ConflictEvent, EventProperties } from '../types.js';

export const MERGE_DISTANCE_KM = 10;

function km(a: ConflictEvent, b: ConflictEvent): number {
  const [lon1, lat1] = a.geometry.coordinates;
  const [lon2, lat2] = b.geometry.coordinates;
  const r = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(Math.min(1, h)));
}

const same = (a: ConflictEvent, b: ConflictEvent): boolean =>
  a.properties.event_type === b.properties.event_type &&
  a.properties.article_id !== b.properties.article_id &&
  a.properties.date_start <= b.properties.date_end &&
  b.properties.date_start <= a.properties.date_end &&
  km(a, b) <= MERGE_DISTANCE_KM;

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
  const sorted = [...events].sort(
    (a, b) =>
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
  const pick = (f: (p: EventProperties) => string) => ranked.map((e) => f(e.properties)).find((v) => v) ?? '';
  return {
    ...primary,
    properties: {
      ...primary.properties,
      actor1: pick((p) => p.actor1),
      actor2: pick((p) => p.actor2),
      fatalities,
      confidence: Math.max(...group.map((e) => e.properties.confidence)),
      notes: notes.join('; '),
      sources,
    },
  };
}
