/**
 * A country made of separate pieces of land (the West Bank and the Gaza Strip; Azerbaijan and Nakhchivan): "in the
 * south" of a Gaza story is the south of the Gaza Strip, not the Hebron hills in the south of the whole. The piece
 * holding the story's focus place (inside it, else whose box holds it, else nearest by its middle) stands for the
 * country only when another country's land parts it from the rest: an island of an archipelago (Java, Luzon,
 * Honshu) or a piece across a strait (Northern Ireland) is no country of its own, and "in the north of the country"
 * of a Jakarta story is the north of Indonesia.
 */
import * as turf from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';

type Area = Polygon | MultiPolygon;
type Point = { lon: number; lat: number };
/** ISO2 code of the country at a point, or null at sea (GeoContext.countryAt). */
type CountryAt = (lon: number, lat: number) => string | null;

/** The piece stands for the country only when the rest is more than a fringe of islands: Nigeria's mainland is its
 * country, the Gaza Strip a twentieth of the Palestinian territories. */
const MAIN_SHARE = 0.8;
/** Spacing of the points probed between the piece and the rest (km): finer than a strait worth telling apart. */
const STEP_KM = 2;
/** At most this many probes on one line between the pieces. */
const MAX_PROBES = 400;

/** The answer for a country's area (the gazetteer's one object) and a focus point: every clause of an article with
 * "in the south" asks again, and the land test probes up to MAX_PROBES points. */
const known = new WeakMap<Area, Map<string, Area>>();

export function homePart(country: Area, at: Point | null, countryAt?: CountryAt): Area {
  if (country.type !== 'MultiPolygon' || !at || !countryAt || country.coordinates.length < 2) return country;
  const answers = known.get(country) ?? new Map<string, Area>();
  known.set(country, answers);
  const key = `${at.lon} ${at.lat}`;
  const hit = answers.get(key);
  if (hit) return hit;
  const part = partHolding(country, at, countryAt);
  answers.set(key, part);
  return part;
}

function partHolding(country: MultiPolygon, at: Point, countryAt: CountryAt): Area {
  const pieces: Polygon[] = country.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  const piece = pieceAt(pieces, at);
  if (turf.area(piece) >= MAIN_SHARE * turf.area(country)) return country;
  const rest = largest(pieces.filter((p) => p !== piece));
  const iso = countryAt(at.lon, at.lat);
  return rest && iso && landBetween(at, nearestVertex(rest, at), iso, countryAt) ? piece : country;
}

function pieceAt(pieces: Polygon[], at: Point): Polygon {
  const pt = turf.point([at.lon, at.lat]);
  const inside = pieces.find((p) => turf.booleanPointInPolygon(pt, p));
  if (inside) return inside;
  const boxed = pieces.filter((p) => {
    const [w, s, e, n] = turf.bbox(p);
    return at.lon >= w && at.lon <= e && at.lat >= s && at.lat <= n;
  });
  const near = (boxed.length ? boxed : pieces).map((p) => ({ p, d: turf.distance(pt, turf.centroid(p)) }));
  near.sort((a, b) => a.d - b.d);
  return near[0].p;
}

function largest(pieces: Polygon[]): Polygon | undefined {
  let best: Polygon | undefined;
  let bestArea = -1;
  for (const p of pieces) {
    const a = turf.area(p);
    if (a > bestArea) [best, bestArea] = [p, a];
  }
  return best;
}

function nearestVertex(piece: Polygon, at: Point): Position {
  const from = turf.point([at.lon, at.lat]);
  let best = piece.coordinates[0][0];
  let bestKm = Number.POSITIVE_INFINITY;
  for (const v of piece.coordinates[0]) {
    const km = turf.distance(from, v);
    if (km < bestKm) [best, bestKm] = [v, km];
  }
  return best;
}

/** Is the line from `at` to `to` on land all the way, crossing another country than `iso` (no sea between)? */
function landBetween(at: Point, to: Position, iso: string, countryAt: CountryAt): boolean {
  const km = turf.distance([at.lon, at.lat], to);
  const n = Math.min(MAX_PROBES, Math.max(8, Math.ceil(km / STEP_KM)));
  let foreign = false;
  // The end points lie on the pieces' edges: probe strictly between them.
  for (let i = 1; i < n; i++) {
    const t = i / n;
    const here = countryAt(at.lon + (to[0] - at.lon) * t, at.lat + (to[1] - at.lat) * t);
    if (here === null) return false;
    if (here !== iso) foreign = true;
  }
  return foreign;
}
