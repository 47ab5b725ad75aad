/** Loading and normalising events for the app: day numbers for filtering, defensive defaults for bad input. */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { AlternativeSummary, ConflictEvent, EventCollection, EventProperties } from '../types.js';

/** Event properties as the app holds them: pipeline properties plus numeric day bounds for map filters. */
export interface AppEventProperties extends EventProperties {
  /** Days since 1970-01-01 (UTC) of date_start / date_end. */
  day_start: number;
  day_end: number;
  /** Optional headline written by the pipeline (e.g. the article title). */
  title?: string;
}

export type AppEvent = Feature<Point, AppEventProperties>;

export const EVENT_TYPES = [
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Protests',
  'Riots',
  'Strategic developments',
] as const;

export const TYPE_COLORS: Record<string, string> = {
  Battles: '#d62728',
  'Explosions/Remote violence': '#ff7f0e',
  'Violence against civilians': '#8c2d9c',
  Protests: '#1f77b4',
  Riots: '#e6b000',
  'Strategic developments': '#2ca02c',
};
export const OTHER_COLOR = '#6b6b6b';

const DAY_MS = 86_400_000;

/** ISO date (YYYY-MM-DD, or a longer ISO timestamp) → whole days since the epoch, or NaN. */
export function isoToDay(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) return Number.NaN;
  return daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil): the same as
 * Date.UTC(y, m - 1, d) / DAY_MS for valid dates, without a Date per call (loading 100,000 events calls it twice each).
 * Days 29–31 roll over as in Date.UTC; other out-of-range parts and years below 100 go through Date.UTC itself.
 */
function daysFromCivil(y: number, m: number, d: number): number {
  if (y < 100 || m < 1 || m > 12 || d < 1 || d > 31) return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** A plain YYYY-MM-DD that names a real day (not 2025-02-30); cheap for days 1–28, which need no Date. */
function isCalendarDate(iso: string): boolean {
  const m = /^\d{4}-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const month = Number(m[1]);
  const day = Number(m[2]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= 28 || dayToIso(isoToDay(iso)) === iso;
}

export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const str = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));
const num = (v: unknown, d: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : d);

function clampPrecision<T extends 1 | 2 | 3>(v: unknown): T {
  const n = Math.round(num(v, 1));
  return Math.min(3, Math.max(1, n)) as T;
}

function normAlternatives(v: unknown): AlternativeSummary[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter((a): a is Record<string, unknown> => typeof a === 'object' && a !== null)
    .map((a) => ({
      geonameid: num(a.geonameid, 0),
      name: str(a.name),
      countryCode: str(a.countryCode),
      featureCode: str(a.featureCode),
      lat: num(a.lat, Number.NaN),
      lon: num(a.lon, Number.NaN),
      score: num(a.score, 0),
      reasons: Array.isArray(a.reasons) ? a.reasons.map(str) : [],
    }))
    .filter((a) => Number.isFinite(a.lat) && Number.isFinite(a.lon));
}

function isArea(v: unknown): v is Polygon | MultiPolygon {
  const g = v as { type?: unknown; coordinates?: unknown } | null;
  return !!g && (g.type === 'Polygon' || g.type === 'MultiPolygon') && Array.isArray(g.coordinates);
}

/** Normalises one raw feature; returns null when it has no usable point or date. */
export function normalizeEvent(raw: unknown, index: number): AppEvent | null {
  const f = raw as { geometry?: { type?: string; coordinates?: unknown }; properties?: Record<string, unknown> };
  if (f?.geometry?.type !== 'Point' || !Array.isArray(f.geometry.coordinates)) return null;
  const [lon, lat] = f.geometry.coordinates as number[];
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return null;
  const p = f.properties ?? {};
  const dateStart = str(p.date_start || p.event_date);
  const dateEnd = str(p.date_end || dateStart);
  const dayStart = isoToDay(dateStart);
  let dayEnd = isoToDay(dateEnd);
  if (!Number.isFinite(dayStart)) return null;
  if (!Number.isFinite(dayEnd) || dayEnd < dayStart) dayEnd = dayStart;
  const ev = (typeof p.evidence === 'object' && p.evidence !== null ? p.evidence : {}) as Record<string, unknown>;
  const props: AppEventProperties = {
    ...(p as Partial<EventProperties>),
    event_id: str(p.event_id) || `event-${index + 1}`,
    event_date: str(p.event_date) || dateStart,
    date_start: dateStart,
    date_end: dayEnd === isoToDay(dateEnd) && isCalendarDate(dateEnd) ? dateEnd : dayToIso(dayEnd),
    time_precision: clampPrecision(p.time_precision),
    event_type: str(p.event_type) || 'Unknown',
    sub_event_type: str(p.sub_event_type),
    actor1: str(p.actor1),
    actor2: str(p.actor2),
    location: str(p.location),
    admin1: str(p.admin1),
    country: str(p.country),
    iso: str(p.iso),
    geo_precision: clampPrecision(p.geo_precision),
    fatalities: Math.max(0, num(p.fatalities, 0)),
    notes: str(p.notes),
    source: str(p.source),
    source_url: str(p.source_url),
    article_id: str(p.article_id),
    evidence: {
      text: str(ev.text),
      start: num(ev.start, 0),
      end: num(ev.end, 0),
      place_start: typeof ev.place_start === 'number' ? ev.place_start : undefined,
      place_end: typeof ev.place_end === 'number' ? ev.place_end : undefined,
    },
    geonameid: typeof p.geonameid === 'number' ? p.geonameid : null,
    latitude: lat,
    longitude: lon,
    confidence: num(p.confidence, 0),
    alternatives: normAlternatives(p.alternatives),
    area: isArea(p.area) ? p.area : null,
    corrections: Array.isArray(p.corrections) ? (p.corrections as EventProperties['corrections']) : [],
    title: typeof p.title === 'string' ? p.title : undefined,
    day_start: dayStart,
    day_end: dayEnd,
  };
  return { type: 'Feature', id: index, geometry: { type: 'Point', coordinates: [lon, lat] }, properties: props };
}

/** Resolves the events URL: `?data=<relative url>` on the page (same origin only), else data/events.geojson. */
export function eventsUrl(loc: Location): string {
  const fallback = new URL('data/events.geojson', loc.href);
  const param = new URLSearchParams(loc.search).get('data');
  if (!param) return fallback.href;
  try {
    const u = new URL(param, loc.href);
    return u.origin === loc.origin && (u.protocol === 'http:' || u.protocol === 'https:') ? u.href : fallback.href;
  } catch {
    return fallback.href;
  }
}

export async function loadEvents(url: string): Promise<AppEvent[]> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Could not load ${url}: HTTP ${res.status}`);
  const fc = (await res.json()) as FeatureCollection;
  const feats = Array.isArray(fc?.features) ? fc.features : [];
  const out: AppEvent[] = [];
  const seen = new Set<string>();
  feats.forEach((f, i) => {
    const e = normalizeEvent(f, i);
    if (!e) return;
    if (seen.has(e.properties.event_id)) e.properties.event_id = `${e.properties.event_id}-${i}`;
    seen.add(e.properties.event_id);
    out.push(e);
  });
  return out;
}

/** Strips app-only properties: what exports and downloads contain. */
export function toPipelineCollection(events: AppEvent[]): EventCollection {
  return {
    type: 'FeatureCollection',
    features: events.map((e): ConflictEvent => {
      const { day_start: _s, day_end: _e, ...props } = e.properties;
      return {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [...e.geometry.coordinates] },
        properties: props,
      };
    }),
  };
}

export function typeColor(type: string): string {
  return TYPE_COLORS[type] ?? OTHER_COLOR;
}
