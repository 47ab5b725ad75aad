/**
 * Event placement and dating against UCDP GED records (shared/eval/README.md): for rows whose headline names the
 * gold place and where_prec ≤ 2, does an event from that headline lie within 25 km of the gold point with a date
 * range overlapping the gold date range? Misses are classed as no event / wrong place / wrong date. Pure.
 */
import { isIsoDate } from '../dates/calendar.js';
import { haversineKm } from '../gazetteer/distance.js';
import type { Article, ConflictEvent } from '../types.js';

export interface UcdpRow {
  id?: string | number;
  text: string;
  source_date: string;
  source_office?: string;
  date_start: string;
  date_end: string;
  lat: number;
  lon: number;
  where_prec: number;
  headline_names_place: boolean;
}

/** What the pipeline callback receives: an Article that also carries the row's fields (one headline of it). */
export type UcdpArticle = Article & UcdpRow;

export type Outcome = 'hit' | 'no_event' | 'wrong_place' | 'wrong_date';

export interface EvalEventsResult {
  rows: number;
  considered: number;
  skipped: number;
  hits: number;
  share: number;
  errors: { no_event: number; wrong_place: number; wrong_date: number };
  /** Median distance (km) from the gold point to the nearest event, over rows with any event. */
  median_nearest_km: number | null;
  per_row: {
    id: string;
    outcome: Outcome;
    nearest_km: number | null;
    events: number;
    /** The event nearest to the gold point (for error analysis): where and when we placed it. */
    nearest?: { location: string; date_start: string; date_end: string; sub_event_type: string };
  }[];
}

export const EVAL_RADIUS_KM = 25;

/** One article per headline: UCDP joins several sources' headlines and dates with ";". */
export function rowArticles(row: UcdpRow, index: number): UcdpArticle[] {
  const texts = row.text.split(';').map((t) => t.trim());
  const dates = row.source_date.split(';').map((d) => d.trim());
  const parts = texts.length === dates.length ? texts.map((t, i) => [t, dates[i]]) : [[row.text, dates[0]]];
  const id = String(row.id ?? `row-${index}`);
  return parts
    .filter(([t, d]) => t && isIsoDate(d))
    .map(([text, published], i) => ({
      ...row,
      id: parts.length > 1 ? `${id}#${i + 1}` : id,
      title: text,
      publisher: row.source_office ?? 'UCDP',
      published,
      published_basis: 'metadata' as const,
      text,
      source_date: published,
    }));
}

export function evalEvents(rows: UcdpRow[], runPipeline: (article: UcdpArticle) => ConflictEvent[]): EvalEventsResult {
  const per_row: EvalEventsResult['per_row'] = [];
  let skipped = 0;
  const eligible = rows.filter((r) => r.headline_names_place && r.where_prec <= 2);
  eligible.forEach((row, i) => {
    const articles = rowArticles(row, i);
    if (articles.length === 0 || !isIsoDate(row.date_start) || !isIsoDate(row.date_end)) {
      skipped++;
      return;
    }
    const events = articles.flatMap((a) => runPipeline(a));
    const near = events.map((e) => ({
      e,
      d: haversineKm(row.lat, row.lon, e.geometry.coordinates[1], e.geometry.coordinates[0]),
    }));
    const best = near.reduce<(typeof near)[number] | null>((a, n) => (a === null || n.d < a.d ? n : a), null);
    const nearest = best ? best.d : null;
    const close = near.filter((n) => n.d <= EVAL_RADIUS_KM);
    const dated = close.filter(
      (n) => n.e.properties.date_start <= row.date_end && row.date_start <= n.e.properties.date_end,
    );
    const outcome: Outcome =
      events.length === 0 ? 'no_event' : close.length === 0 ? 'wrong_place' : dated.length === 0 ? 'wrong_date' : 'hit';
    per_row.push({
      id: String(row.id ?? `row-${i}`),
      outcome,
      nearest_km: nearest === null ? null : Math.round(nearest * 10) / 10,
      events: events.length,
      ...(best && {
        nearest: {
          location: best.e.properties.location,
          date_start: best.e.properties.date_start,
          date_end: best.e.properties.date_end,
          sub_event_type: best.e.properties.sub_event_type,
        },
      }),
    });
  });
  const count = (o: Outcome) => per_row.filter((r) => r.outcome === o).length;
  const dists = per_row
    .map((r) => r.nearest_km)
    .filter((d): d is number => d !== null)
    .sort((a, b) => a - b);
  const hits = count('hit');
  return {
    rows: rows.length,
    considered: per_row.length,
    skipped,
    hits,
    share: per_row.length ? Math.round((hits / per_row.length) * 1000) / 1000 : 0,
    errors: { no_event: count('no_event'), wrong_place: count('wrong_place'), wrong_date: count('wrong_date') },
    median_nearest_km: dists.length ? dists[Math.floor(dists.length / 2)] : null,
    per_row,
  };
}
