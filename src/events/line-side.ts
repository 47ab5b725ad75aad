/**
 * The part of a country on one side of a river line ("south of the Litani"). Each end of the line is carried to the
 * country's bounding box and the polygon closed along the box edge on the requested side, then intersected with the
 * country. An end at the country's edge (the mouth at the coast, a border crossing) is carried along the line's own
 * course (sideways, for north/south); an end inland (a source) goes straight to the requested side, so the land beyond
 * the source is no side of the river: the upper Litani rises in the northern Bekaa, and the plain east of it is not
 * "south of the Litani". When the line doubles back and the polygon is invalid, a half-plane at the line's mean
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

/** How near the country's outline a line's end must lie to count as reaching it (the mouth at the coast). */
const EDGE_KM = 10;

function atEdge(p: Position, country: Area): boolean {
  const pt = turf.point(p);
  if (!turf.booleanPointInPolygon(pt, turf.feature(country))) return true;
  const rings = country.type === 'Polygon' ? country.coordinates : country.coordinates.flat();
  return rings.some((r) => turf.pointToLineDistance(pt, turf.lineString(r), { units: 'kilometers' }) <= EDGE_KM);
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
  const open = (p: Position) => atEdge(p, country);
  if (ns) {
    const edge = dir.includes('south') ? s : n;
    const start = open(first) ? [w, first[1]] : [first[0], edge];
    const end = open(last) ? [e, last[1]] : [last[0], edge];
    ring = [start, ...pts, end, [end[0], edge], [start[0], edge], start];
  } else {
    const edge = dir.includes('west') ? w : e;
    const start = open(first) ? [first[0], s] : [edge, first[1]];
    const end = open(last) ? [last[0], n] : [edge, last[1]];
    ring = [start, ...pts, end, [edge, end[1]], [edge, start[1]], start];
  }
  ring = ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1][0] || p[1] !== ring[i - 1][1]);
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
