/**
 * Geometry helpers shared by the build and the runtime: representative points and country lookup by polygon.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

export interface CountryShape {
  iso2: string;
  name: string;
  bbox: [number, number, number, number];
  geometry: Polygon | MultiPolygon;
}

function ringContains(ring: Position[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function polygonContains(geom: Polygon | MultiPolygon, x: number, y: number): boolean {
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  for (const poly of polys) {
    if (poly.length === 0 || !ringContains(poly[0], x, y)) continue;
    let inHole = false;
    for (let h = 1; h < poly.length; h++) if (ringContains(poly[h], x, y)) inHole = true;
    if (!inHole) return true;
  }
  return false;
}

export function bboxOf(geom: Geometry): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as number[];
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
      return;
    }
    for (const cc of c as unknown[]) visit(cc);
  };
  if (geom.type === 'GeometryCollection') for (const g of geom.geometries) visit(bboxOf(g).slice(0, 2));
  else visit(geom.coordinates);
  return b;
}

const validCode = (c: unknown): c is string => typeof c === 'string' && /^[A-Z]{2,3}$/.test(c);

/**
 * Country polygons with ISO2 codes. Natural Earth leaves ISO_A2 as "-99" for a few countries (Norway, France in some
 * releases, disputed areas): those are matched through their ISO3 codes with `iso3to2` (from countryInfo), never
 * through POSTAL, which is not a country code. Parts without a code are dropped.
 */
export function countryShapes(fc: FeatureCollection, iso3to2?: Map<string, string>): CountryShape[] {
  const out: CountryShape[] = [];
  for (const f of fc.features as Feature<Polygon | MultiPolygon>[]) {
    const p = f.properties ?? {};
    let iso2: string | undefined = p.iso2;
    if (!iso2 && validCode(p.ISO_A2)) iso2 = p.ISO_A2;
    if (!iso2 && iso3to2)
      for (const k of [p.ISO_A3_EH, p.ADM0_A3, p.ISO_A3, p.SOV_A3]) if (!iso2 && validCode(k)) iso2 = iso3to2.get(k);
    if (!iso2 || !f.geometry) continue;
    out.push({ iso2, name: p.name ?? p.NAME, bbox: bboxOf(f.geometry), geometry: f.geometry });
  }
  return out;
}

export function countryAtIn(shapes: CountryShape[], lon: number, lat: number): string | null {
  for (const s of shapes) {
    if (lon < s.bbox[0] || lon > s.bbox[2] || lat < s.bbox[1] || lat > s.bbox[3]) continue;
    if (polygonContains(s.geometry, lon, lat)) return s.iso2;
  }
  return null;
}

/** Share of a (multi)polygon's area in its largest part: near 1 for compact countries, low for archipelagos. */
export function largestPartShare(geom: Polygon | MultiPolygon): number {
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  // Planar degrees inflate high latitudes (Alaska, arctic islands): weight each part by cos(latitude).
  const areas = polys.map((p) => ringArea(p[0]) * Math.cos(((p[0][0]?.[1] ?? 0) * Math.PI) / 180));
  const total = areas.reduce((a, b) => a + b, 0);
  return total > 0 ? Math.max(...areas) / total : 1;
}

function ringArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return Math.abs(a / 2);
}

/** Centroid of a ring by area on the sphere: the shoelace centroid in the cylindrical equal-area projection
 * (x = longitude, y = sin latitude), projected back. Planar degrees would over-weight high latitudes (Siberia, the
 * Canadian north); a vertex mean would lean towards detailed coastlines. */
export function areaCentroid(ring: Position[]): [number, number] {
  const r = Math.PI / 180;
  let a2 = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xj = ring[j][0];
    const yj = Math.sin(ring[j][1] * r);
    const xi = ring[i][0];
    const yi = Math.sin(ring[i][1] * r);
    const cross = xj * yi - xi * yj;
    a2 += cross;
    cx += (xj + xi) * cross;
    cy += (yj + yi) * cross;
  }
  if (a2 === 0) return [ring[0][0], ring[0][1]];
  return [cx / (3 * a2), Math.asin(Math.max(-1, Math.min(1, cy / (3 * a2)))) / r];
}

/** Equal-area size of a ring (cylindrical equal-area units: degrees × sin latitude). */
function equalArea(ring: Position[]): number {
  const r = Math.PI / 180;
  let a2 = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    a2 += ring[j][0] * Math.sin(ring[i][1] * r) - ring[i][0] * Math.sin(ring[j][1] * r);
  return Math.abs(a2 / 2);
}

/** Gap between two bounding boxes in degrees (0 when they overlap). */
function bboxGap(a: number[], b: number[]): number {
  const dx = Math.max(0, a[0] - b[2], b[0] - a[2]);
  const dy = Math.max(0, a[1] - b[3], b[1] - a[3]);
  return Math.max(dx, dy);
}

/** The centre of a country's home territory: the area centroid (on the sphere) of its largest part together with the
 * islands lying off it (parts whose bounding box is within `gapDeg` of the largest part's), but not its far exclaves
 * and overseas parts (Alaska and Hawaii for the United States). Falls back to representativePoint when that centre
 * is not on land. */
export function homeCentroid(geom: Polygon | MultiPolygon, gapDeg = 2): [number, number] {
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  let main = polys[0];
  for (const p of polys) if (ringArea(p[0]) > ringArea(main[0])) main = p;
  const mainBox = bboxOf({ type: 'Polygon', coordinates: main });
  const r = Math.PI / 180;
  let x = 0;
  let y = 0;
  let z = 0;
  for (const p of polys) {
    if (p !== main && bboxGap(bboxOf({ type: 'Polygon', coordinates: p }), mainBox) > gapDeg) continue;
    const w = equalArea(p[0]);
    const [lon, lat] = areaCentroid(p[0]);
    x += w * Math.cos(lat * r) * Math.cos(lon * r);
    y += w * Math.cos(lat * r) * Math.sin(lon * r);
    z += w * Math.sin(lat * r);
  }
  const c: [number, number] = [Math.atan2(y, x) / r, Math.atan2(z, Math.hypot(x, y)) / r];
  return polygonContains(geom, c[0], c[1]) ? c : representativePoint(geom);
}

/** A point that represents a line or area: the middle vertex of the longest line, or the centre of the largest polygon
 * (its centroid when inside, else the midpoint of the widest horizontal chord through it). */
export function representativePoint(geom: Geometry): [number, number] {
  if (geom.type === 'Point') return geom.coordinates as [number, number];
  if (geom.type === 'LineString' || geom.type === 'MultiLineString') {
    const lines = geom.type === 'LineString' ? [geom.coordinates] : geom.coordinates;
    let best = lines[0];
    for (const l of lines) if (l.length > best.length) best = l;
    return best[Math.floor(best.length / 2)] as [number, number];
  }
  if (geom.type === 'Polygon' || geom.type === 'MultiPolygon') {
    const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
    let best = polys[0];
    for (const p of polys) if (ringArea(p[0]) > ringArea(best[0])) best = p;
    const ring = best[0];
    const [cx, cy] = areaCentroid(ring);
    const poly: Polygon = { type: 'Polygon', coordinates: best };
    if (polygonContains(poly, cx, cy)) return [cx, cy];
    const xs: number[] = [];
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > cy !== yj > cy) xs.push(((xj - xi) * (cy - yi)) / (yj - yi) + xi);
    }
    xs.sort((a, b) => a - b);
    let w = -1;
    let mid = cx;
    for (let i = 0; i + 1 < xs.length; i += 2) {
      if (xs[i + 1] - xs[i] > w) {
        w = xs[i + 1] - xs[i];
        mid = (xs[i] + xs[i + 1]) / 2;
      }
    }
    return [mid, cy];
  }
  throw new Error(`representativePoint: unsupported geometry type ${geom.type}`);
}

export function roundGeometry<G extends Geometry>(geom: G, digits: number): G {
  const f = 10 ** digits;
  const r = (c: unknown): unknown =>
    typeof (c as number[])[0] === 'number'
      ? (c as number[]).map((v) => Math.round(v * f) / f)
      : (c as unknown[]).map(r);
  if (geom.type === 'GeometryCollection') return geom;
  return { ...geom, coordinates: r((geom as Exclude<Geometry, { type: 'GeometryCollection' }>).coordinates) } as G;
}

/** Centroid of the convex hull of points ([lon, lat]): the middle of the area they cover, not of where most of them are. */
export function hullCentroid(points: [number, number][]): [number, number] {
  const pts = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (pts.length < 3) {
    const n = pts.length || 1;
    return [pts.reduce((s, p) => s + p[0], 0) / n, pts.reduce((s, p) => s + p[1], 0) / n];
  }
  const cross = (o: number[], a: number[], b: number[]) =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: [number, number][] = [];
  for (const p of pts) {
    while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: [number, number][] = [];
  for (let i = pts.length - 1; i >= 0; i--) {
    const p = pts[i];
    while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], p) <= 0) upper.pop();
    upper.push(p);
  }
  const ring = lower.slice(0, -1).concat(upper.slice(0, -1));
  let a2 = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const c = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    a2 += c;
    cx += (ring[j][0] + ring[i][0]) * c;
    cy += (ring[j][1] + ring[i][1]) * c;
  }
  if (a2 === 0) return ring[0];
  return [cx / (3 * a2), cy / (3 * a2)];
}
