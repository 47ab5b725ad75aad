/**
 * The part of a country on one side of a river line ("south of the Litani"). The line is extended from both ends
 * to the country's bounding box and closed along the box edge on the requested side; that polygon is intersected
 * with the country. When the line doubles back and the polygon is invalid, a half-plane at the line's mean
 * latitude/longitude is used instead.
 */
import * as turf from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

type Area = Polygon | MultiPolygon;

function longestPart(line: Geometry): Position[] | null {
  if (line.type === 'LineString') return line.coordinates;
  if (line.type === 'MultiLineString') {
    let best: Position[] | null = null;
    let bestLen = -1;
    for (const part of line.coordinates) {
      if (part.length < 2) continue;
      const len = turf.length(turf.lineString(part));
      if (len > bestLen) {
        best = part;
        bestLen = len;
      }
    }
    return best;
  }
  return null;
}

function clip(country: Area, poly: Position[][]): Area | null {
  try {
    const out = turf.intersect(
      turf.featureCollection([turf.feature(country), turf.polygon(poly)]),
    ) as Feature<Area> | null;
    return out?.geometry && turf.area(out) > 1e6 ? out.geometry : null;
  } catch {
    return null;
  }
}

export function sideOfLine(line: Geometry, country: Area, dir: string): Area | null {
  const coords = longestPart(line);
  if (!coords || coords.length < 2) return null;
  const [w0, s0, e0, n0] = turf.bbox(turf.featureCollection([turf.feature(country), turf.feature(line)]));
  const [w, s, e, n] = [w0 - 1, s0 - 1, e0 + 1, n0 + 1];
  const ns = dir.includes('south') || dir.includes('north');
  let pts = coords.map((c) => [c[0], c[1]]);
  // Orient west→east for north/south, south→north for east/west.
  const [a, b] = [pts[0], pts[pts.length - 1]];
  if ((ns && a[0] > b[0]) || (!ns && a[1] > b[1])) pts = pts.reverse();
  const first = pts[0];
  const last = pts[pts.length - 1];
  let ring: Position[];
  if (ns) {
    const edge = dir.includes('south') ? s : n;
    ring = [[w, first[1]], ...pts, [e, last[1]], [e, edge], [w, edge], [w, first[1]]];
  } else {
    const edge = dir.includes('west') ? w : e;
    ring = [[first[0], s], ...pts, [last[0], n], [edge, n], [edge, s], [first[0], s]];
  }
  const kinked = (() => {
    try {
      return turf.kinks(turf.polygon([ring])).features.length > 0;
    } catch {
      return true;
    }
  })();
  if (!kinked) {
    const out = clip(country, [ring]);
    if (out) return out;
  }
  // Fallback: half-plane through the line's mean coordinate.
  const mean = pts.reduce((acc, p) => [acc[0] + p[0] / pts.length, acc[1] + p[1] / pts.length], [0, 0]);
  const box: Position[] = dir.includes('south')
    ? [
        [w, s],
        [e, s],
        [e, mean[1]],
        [w, mean[1]],
        [w, s],
      ]
    : dir.includes('north')
      ? [
          [w, mean[1]],
          [e, mean[1]],
          [e, n],
          [w, n],
          [w, mean[1]],
        ]
      : dir.includes('west')
        ? [
            [w, s],
            [mean[0], s],
            [mean[0], n],
            [w, n],
            [w, s],
          ]
        : [
            [mean[0], s],
            [e, s],
            [e, n],
            [mean[0], n],
            [mean[0], s],
          ];
  return clip(country, [box]);
}
