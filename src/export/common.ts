/**
 * Shared helpers of the export stage: coordinate rounding, RFC 7946 winding, string sanitising and a canonical
 * (stable key order) copy of every event. All pure; every format starts from `normalizeFeature`.
 */
import type { MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { ConflictEvent, EventCollection, EventProperties } from '../types.js';

/** Decimal places kept for every coordinate (6 ≈ 0.1 m, plenty for event locations). */
export const COORD_DECIMALS = 6;
const SCALE = 10 ** COORD_DECIMALS;

/** Round to COORD_DECIMALS decimals; -0 becomes 0. */
export function roundCoord(n: number): number {
  const r = Math.round(n * SCALE) / SCALE;
  return r === 0 ? 0 : r;
}

/** A finite number or null: JSON has no NaN/Infinity and GDAL cannot parse them. */
export function finiteOrNull(n: unknown): number | null {
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

function roundPosition(p: Position): Position {
  return [roundCoord(p[0]), roundCoord(p[1])];
}

/** Twice the signed planar area of a ring: > 0 counter-clockwise, < 0 clockwise (lon = x, lat = y). */
export function ringArea2(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return sum;
}

function closeRing(ring: Position[]): Position[] {
  if (ring.length === 0) return ring;
  const first = ring[0];
  const last = ring[ring.length - 1];
  return first[0] === last[0] && first[1] === last[1] ? ring : [...ring, first];
}

/** Rounds, closes and rewinds polygon rings to the RFC 7946 right-hand rule: exterior CCW, holes CW. */
function normalizeRings(rings: Position[][]): Position[][] {
  return rings.map((ring, i) => {
    const r = closeRing(ring.map(roundPosition));
    const area = ringArea2(r);
    const wantCcw = i === 0;
    return (wantCcw && area < 0) || (!wantCcw && area > 0) ? [...r].reverse() : r;
  });
}

function isLonLat(p: unknown): boolean {
  return (
    Array.isArray(p) &&
    p.length >= 2 &&
    typeof p[0] === 'number' &&
    typeof p[1] === 'number' &&
    Math.abs(p[0]) <= 180 &&
    Math.abs(p[1]) <= 90
  );
}

/** An exterior ring (and holes), each of at least 3 positions that are [lon, lat] on the globe. */
function isRings(rings: unknown): boolean {
  return (
    Array.isArray(rings) &&
    rings.length > 0 &&
    rings.every((r) => Array.isArray(r) && r.length >= 3 && r.every(isLonLat))
  );
}

/** A well-formed Polygon or MultiPolygon (events files may be hand-edited); anything else is not an area. */
export function isArea(v: unknown): v is Polygon | MultiPolygon {
  const g = v as { type?: unknown; coordinates?: unknown } | null;
  if (!g || typeof g !== 'object') return false;
  if (g.type === 'Polygon') return isRings(g.coordinates);
  return (
    g.type === 'MultiPolygon' &&
    Array.isArray(g.coordinates) &&
    g.coordinates.length > 0 &&
    g.coordinates.every(isRings)
  );
}

export function normalizeArea(area: Polygon | MultiPolygon): Polygon | MultiPolygon {
  if (area.type === 'Polygon') return { type: 'Polygon', coordinates: normalizeRings(area.coordinates) };
  return { type: 'MultiPolygon', coordinates: area.coordinates.map(normalizeRings) };
}

export function normalizePoint(point: Point | null | undefined): Point | null {
  if (point?.type !== 'Point' || !Array.isArray(point.coordinates)) return null;
  const [lon, lat] = point.coordinates;
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return null;
  return { type: 'Point', coordinates: [roundCoord(lon), roundCoord(lat)] };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces unpaired UTF-16 surrogates (which cannot be encoded as UTF-8) with U+FFFD. */
export function wellFormed(s: string): string {
  return s.replace(LONE_SURROGATE, '\uFFFD');
}

/** Key order of the event properties: the order of EventProperties in src/types.ts. */
export const PROPERTY_ORDER: readonly (keyof EventProperties)[] = [
  'event_id',
  'event_date',
  'date_start',
  'date_end',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'location',
  'admin1',
  'country',
  'iso',
  'geo_precision',
  'fatalities',
  'notes',
  'source',
  'source_url',
  'article_id',
  'evidence',
  'geonameid',
  'latitude',
  'longitude',
  'confidence',
  'alternatives',
  'area',
  'sources',
  'corrections',
];

/** Key order of known nested objects; any other keys follow alphabetically. */
const NESTED_ORDER: Record<string, readonly string[]> = {
  evidence: ['text', 'start', 'end', 'place_start', 'place_end'],
  alternatives: ['geonameid', 'name', 'countryCode', 'featureCode', 'lat', 'lon', 'score', 'reasons'],
  sources: ['article_id', 'source', 'source_url', 'fatalities'],
  corrections: ['field', 'from', 'to', 'at'],
};

const DATE_KEYS = new Set(['event_date', 'date_start', 'date_end']);

/** NESTED_ORDER for a key from the data: own entries only ("constructor" or "__proto__" must not reach Object's). */
const nestedOrder = (key: string): readonly string[] | undefined =>
  Object.hasOwn(NESTED_ORDER, key) ? NESTED_ORDER[key] : undefined;

/** out[key] = value as an own data property, even for the key "__proto__" (which JSON.parse creates as data). */
function setOwn(out: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}

function orderKeys(keys: string[], order: readonly string[] = []): string[] {
  const known = order.filter((k) => keys.includes(k));
  const rest = keys.filter((k) => !order.includes(k)).sort();
  return [...known, ...rest];
}

/**
 * A JSON-safe deep copy with stable key order: strings made well-formed, Dates as ISO strings, non-finite numbers
 * as null, undefined members dropped. `order` ranks the keys of this object; nested objects are ranked by NESTED_ORDER
 * (looked up by the key that holds them) or alphabetically.
 */
export function canon(value: unknown, order?: readonly string[]): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return wellFormed(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value)) return value.map((v) => canon(v, order));
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of orderKeys(Object.keys(obj), order)) {
      if (obj[key] === undefined) continue;
      setOwn(out, key, canon(obj[key], nestedOrder(key)));
    }
    return out;
  }
  return null;
}

/** An ISO calendar date (YYYY-MM-DD) from a string or Date; other strings pass through unchanged. */
export function isoDate(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return typeof value === 'string' ? wellFormed(value) : '';
}

/** Event properties in canonical order, latitude/longitude rounded, area rewound, dates as ISO strings. */
export function normalizeProperties(props: EventProperties): Record<string, unknown> {
  const src = (props ?? {}) as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of orderKeys(Object.keys(src), PROPERTY_ORDER)) {
    const v = src[key];
    if (v === undefined) continue;
    if (DATE_KEYS.has(key)) out[key] = isoDate(v);
    else if (key === 'latitude' || key === 'longitude') {
      const n = finiteOrNull(v);
      out[key] = n === null ? null : roundCoord(n);
    } else if (key === 'area') out[key] = isArea(v) ? normalizeArea(v) : null;
    else setOwn(out, key, canon(v, nestedOrder(key)));
  }
  return out;
}

export interface NormalizedFeature {
  type: 'Feature';
  geometry: Point | null;
  properties: Record<string, unknown>;
}

/** The canonical form of one event that every format serialises. Member order: type, geometry, properties. */
export function normalizeFeature(feature: ConflictEvent): NormalizedFeature {
  return {
    type: 'Feature',
    geometry: normalizePoint(feature.geometry),
    properties: normalizeProperties(feature.properties),
  };
}

export function normalizeCollection(fc: EventCollection): NormalizedFeature[] {
  return (fc.features ?? []).map(normalizeFeature);
}

/** [minLon, minLat, maxLon, maxLat] of the point geometries, or null when there are none. */
export function bboxOf(features: NormalizedFeature[]): [number, number, number, number] | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const f of features) {
    if (!f.geometry) continue;
    const [x, y] = f.geometry.coordinates;
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return minX === Infinity ? null : [minX, minY, maxX, maxY];
}
