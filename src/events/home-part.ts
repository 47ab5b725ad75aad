/**
 * A country made of separate pieces (the West Bank and the Gaza Strip; Azerbaijan and Nakhchivan): "in the south" of
 * a Gaza story is the south of the Gaza Strip, not the Hebron hills in the south of the whole. The piece holding the
 * story's focus place (inside it, else whose box holds it, else nearest by its middle) stands for the country.
 */
import * as turf from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';

type Area = Polygon | MultiPolygon;

/** The piece stands for the country only when the rest is more than a fringe of islands: Nigeria's mainland is its
 * country, the Gaza Strip a twentieth of the Palestinian territories. */
const MAIN_SHARE = 0.8;

export function homePart(country: Area, at: { lon: number; lat: number } | null): Area {
  if (country.type !== 'MultiPolygon' || !at || country.coordinates.length < 2) return country;
  const pieces: Polygon[] = country.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  const piece = pieceAt(pieces, at);
  return turf.area(piece) >= MAIN_SHARE * turf.area(country) ? country : piece;
}

function pieceAt(pieces: Polygon[], at: { lon: number; lat: number }): Polygon {
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
