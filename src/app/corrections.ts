/**
 * User corrections (another candidate place, a pin moved by hand, a date, a type) kept in localStorage keyed by event_id, with an audit
 * trail {field, from, to, at}. Corrections are re-applied to the pristine loaded events on every change and reload.
 */
import type { AlternativeSummary, Correction } from '../types.js';
import { type AppEvent, dayToIso, isoToDay } from './model.js';

export const STORAGE_KEY = 'geoevents.corrections.v1';

export interface PlaceChoice {
  geonameid: number;
  name: string;
  countryCode: string;
  featureCode: string;
  lat: number;
  lon: number;
}

export interface EventCorrection {
  place?: PlaceChoice;
  /** A position set by hand (the pin dragged): it overrides the place's point. */
  point?: { lat: number; lon: number };
  event_date?: string;
  event_type?: string;
  audit: Correction[];
}

type Store = Record<string, EventCorrection>;

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export class CorrectionStore {
  private store: Store = {};
  private readonly storage: Storage | null;

  constructor(storage: Storage | null = safeStorage()) {
    this.storage = storage;
    try {
      const parsed: unknown = JSON.parse(this.storage?.getItem(STORAGE_KEY) ?? '{}');
      if (isRecord(parsed)) {
        for (const [id, c] of Object.entries(parsed)) {
          if (isRecord(c) && Array.isArray(c.audit)) this.store[id] = c as unknown as EventCorrection;
        }
      }
    } catch {
      this.store = {};
    }
  }

  private save(): void {
    try {
      this.storage?.setItem(STORAGE_KEY, JSON.stringify(this.store));
    } catch {
      // Storage full or blocked: corrections stay in memory for this session.
    }
  }

  has(id: string): boolean {
    return !!this.store[id];
  }

  get(id: string): EventCorrection | undefined {
    return this.store[id];
  }

  private entry(id: string): EventCorrection {
    this.store[id] ??= { audit: [] };
    return this.store[id];
  }

  private log(id: string, field: string, from: unknown, to: unknown): void {
    this.entry(id).audit.push({ field, from, to, at: new Date().toISOString() });
  }

  /** Moves the event to another candidate; choosing the original place again drops the place correction. */
  choosePlace(current: AppEvent, original: AppEvent, alt: AlternativeSummary): void {
    const id = current.properties.event_id;
    const cp = current.properties;
    const from = { name: cp.location, geonameid: cp.geonameid, lat: cp.latitude, lon: cp.longitude };
    const to = { name: alt.name, geonameid: alt.geonameid, lat: alt.lat, lon: alt.lon };
    this.log(id, 'location', from, to);
    const op = original.properties;
    const e = this.entry(id);
    if (alt.lat === op.latitude && alt.lon === op.longitude && alt.name === op.location) delete e.place;
    else e.place = { ...to, countryCode: alt.countryCode, featureCode: alt.featureCode };
    delete e.point;
    this.save();
  }

  /** Puts the event's point where the user dragged the pin (rounded to 5 decimals, about a metre). */
  movePin(current: AppEvent, lon: number, lat: number): void {
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lat) > 90) return;
    const round = (v: number) => Math.round(v * 1e5) / 1e5;
    const to = { lat: round(lat), lon: round(((((lon + 180) % 360) + 360) % 360) - 180) };
    const cp = current.properties;
    if (to.lat === cp.latitude && to.lon === cp.longitude) return;
    const id = cp.event_id;
    this.log(
      id,
      'position',
      { name: cp.location, lat: cp.latitude, lon: cp.longitude },
      { name: 'set by hand', ...to },
    );
    this.entry(id).point = to;
    this.save();
  }

  setDate(current: AppEvent, date: string): void {
    if (!Number.isFinite(isoToDay(date)) || date === current.properties.event_date) return;
    const id = current.properties.event_id;
    this.log(id, 'event_date', current.properties.event_date, date);
    this.entry(id).event_date = date;
    this.save();
  }

  setType(current: AppEvent, type: string): void {
    if (!type || type === current.properties.event_type) return;
    const id = current.properties.event_id;
    this.log(id, 'event_type', current.properties.event_type, type);
    this.entry(id).event_type = type;
    this.save();
  }

  reset(id: string): void {
    delete this.store[id];
    this.save();
  }

  /** Returns corrected copies of the pristine events (untouched events are returned as they are). */
  apply(originals: AppEvent[]): AppEvent[] {
    return originals.map((e) =>
      this.store[e.properties.event_id] ? applyOne(e, this.store[e.properties.event_id]) : e,
    );
  }
}

function originalAsAlternative(e: AppEvent): AlternativeSummary {
  const p = e.properties;
  return {
    geonameid: p.geonameid ?? 0,
    name: p.location,
    countryCode: '',
    featureCode: '',
    lat: p.latitude,
    lon: p.longitude,
    score: p.confidence,
    reasons: ['original choice of the pipeline'],
  };
}

export function applyOne(e: AppEvent, c: EventCorrection): AppEvent {
  const p = { ...e.properties };
  let coords = [...e.geometry.coordinates];
  if (c.place) {
    const chosen = c.place;
    p.alternatives = [
      originalAsAlternative(e),
      ...e.properties.alternatives.filter(
        (a) => !(a.lat === chosen.lat && a.lon === chosen.lon && a.name === chosen.name),
      ),
    ];
    p.location = chosen.name;
    p.geonameid = chosen.geonameid;
    p.latitude = chosen.lat;
    p.longitude = chosen.lon;
    p.area = null;
    coords = [chosen.lon, chosen.lat];
  }
  if (c.point && Number.isFinite(c.point.lat) && Number.isFinite(c.point.lon)) {
    // The name stays (the user says where the named event happened); the gazetteer id no longer fits the point.
    p.latitude = c.point.lat;
    p.longitude = c.point.lon;
    p.geonameid = null;
    p.area = null;
    coords = [c.point.lon, c.point.lat];
  }
  if (c.event_date && Number.isFinite(isoToDay(c.event_date))) {
    const day = isoToDay(c.event_date);
    p.event_date = dayToIso(day);
    p.date_start = p.event_date;
    p.date_end = p.event_date;
    p.time_precision = 1;
    p.day_start = day;
    p.day_end = day;
  }
  if (c.event_type) p.event_type = c.event_type;
  p.corrections = [...(e.properties.corrections ?? []), ...c.audit];
  return { ...e, geometry: { type: 'Point', coordinates: coords }, properties: p };
}
