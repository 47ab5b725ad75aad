/**
 * The flat, one-row-per-event view shared by CSV and KML: ACLED's columns in ACLED's order, then GeoEvents extras.
 * Nested values (alternatives, corrections, sources) become JSON strings; the area (or the point) becomes WKT.
 */
import type { MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { ConflictEvent } from '../types.js';
import { type NormalizedFeature, normalizeFeature } from './common.js';

/** GDAL .csvt column types used here. */
export type ColumnType = 'String' | 'Date' | 'Integer' | 'Real' | 'WKT';

export interface Column {
  name: string;
  type: ColumnType;
}

export const COLUMNS: readonly Column[] = [
  // ACLED names and order.
  { name: 'event_id', type: 'String' },
  { name: 'event_date', type: 'Date' },
  { name: 'year', type: 'Integer' },
  { name: 'time_precision', type: 'Integer' },
  { name: 'event_type', type: 'String' },
  { name: 'sub_event_type', type: 'String' },
  { name: 'actor1', type: 'String' },
  { name: 'actor2', type: 'String' },
  { name: 'country', type: 'String' },
  { name: 'iso', type: 'String' },
  { name: 'admin1', type: 'String' },
  { name: 'location', type: 'String' },
  { name: 'latitude', type: 'Real' },
  { name: 'longitude', type: 'Real' },
  { name: 'geo_precision', type: 'Integer' },
  { name: 'source', type: 'String' },
  { name: 'notes', type: 'String' },
  { name: 'fatalities', type: 'Integer' },
  // GeoEvents extras.
  { name: 'date_start', type: 'Date' },
  { name: 'date_end', type: 'Date' },
  { name: 'source_url', type: 'String' },
  { name: 'article_id', type: 'String' },
  { name: 'evidence_text', type: 'String' },
  { name: 'evidence_start', type: 'Integer' },
  { name: 'evidence_end', type: 'Integer' },
  { name: 'geonameid', type: 'Integer' },
  { name: 'confidence', type: 'Real' },
  { name: 'wkt', type: 'WKT' },
  { name: 'alternatives', type: 'String' },
  { name: 'corrections', type: 'String' },
  { name: 'sources', type: 'String' },
];

export const COLUMN_NAMES: readonly string[] = COLUMNS.map((c) => c.name);

export type Cell = string | number | null;
export type Row = Record<string, Cell>;

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function int(v: unknown): number | null {
  const n = num(v);
  return n === null ? null : Math.trunc(n);
}

function str(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'string' ? v : String(v);
}

function wktPos(p: Position): string {
  return `${p[0]} ${p[1]}`;
}

function wktRings(rings: Position[][]): string {
  return `(${rings.map((r) => `(${r.map(wktPos).join(', ')})`).join(', ')})`;
}

/** OGC Well-Known Text of a point or (multi)polygon whose coordinates are already rounded. */
export function toWKT(g: Point | Polygon | MultiPolygon): string {
  switch (g.type) {
    case 'Point':
      return `POINT (${wktPos(g.coordinates)})`;
    case 'Polygon':
      return g.coordinates.length ? `POLYGON ${wktRings(g.coordinates)}` : 'POLYGON EMPTY';
    case 'MultiPolygon':
      return g.coordinates.length ? `MULTIPOLYGON (${g.coordinates.map(wktRings).join(', ')})` : 'MULTIPOLYGON EMPTY';
  }
}

/** One event as a flat row keyed by COLUMN_NAMES (numbers stay numbers; missing values are null). */
export function rowOf(feature: NormalizedFeature): Row {
  const p = feature.properties;
  const ev = (p.evidence ?? {}) as Record<string, unknown>;
  const area = (p.area ?? null) as Polygon | MultiPolygon | null;
  const date = str(p.event_date);
  const year = /^\d{4}-/.test(date) ? Number(date.slice(0, 4)) : null;
  const geom = area ?? feature.geometry;
  return {
    event_id: str(p.event_id),
    event_date: date,
    year,
    time_precision: int(p.time_precision),
    event_type: str(p.event_type),
    sub_event_type: str(p.sub_event_type),
    actor1: str(p.actor1),
    actor2: str(p.actor2),
    country: str(p.country),
    iso: str(p.iso),
    admin1: str(p.admin1),
    location: str(p.location),
    latitude: num(p.latitude),
    longitude: num(p.longitude),
    geo_precision: int(p.geo_precision),
    source: str(p.source),
    notes: str(p.notes),
    fatalities: int(p.fatalities),
    date_start: str(p.date_start),
    date_end: str(p.date_end),
    source_url: str(p.source_url),
    article_id: str(p.article_id),
    evidence_text: str(ev.text),
    evidence_start: int(ev.start),
    evidence_end: int(ev.end),
    geonameid: int(p.geonameid),
    confidence: num(p.confidence),
    wkt: geom ? toWKT(geom) : '',
    alternatives: JSON.stringify(p.alternatives ?? []),
    corrections: JSON.stringify(p.corrections ?? []),
    sources: JSON.stringify(p.sources ?? []),
  };
}

export function rowOfEvent(feature: ConflictEvent): Row {
  return rowOf(normalizeFeature(feature));
}
