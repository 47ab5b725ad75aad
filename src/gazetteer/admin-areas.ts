/**
 * Admin areas (ADM1 provinces/states, ADM2 districts) as gazetteer records. admin1CodesASCII/admin2Codes give names and
 * ids but no coordinates and there are no admin polygons offline, so each area's point is estimated as the centre of
 * the land its towns cover: the country's polygon is sampled on a grid, every cell goes to the nearest town of that
 * country (a Voronoi partition of the country by towns), and an area's point is the area-weighted centroid of its
 * cells. This follows the area, not the population: Manitoba's and Queensland's points lie in their empty north and
 * outback as on atlases, and one mis-coded town moves a province's point by its own cell only.
 */
import { around } from 'geokdbush';
import KDBush from 'kdbush';
import type { Position } from 'geojson';
import type { BuildRecord, RecordSet } from './records.js';
import { type CountryShape, hullCentroid } from './shapes.js';
import { parseAdmin1, usableName } from './sources.js';

/** Grid step in degrees: about 20 km, fine enough for districts, quick enough for the whole world (about 2 s). */
const STEP = 0.2;
/** Areas with fewer cells than this (small or coarse) are placed at the centre of their towns instead. */
const MIN_CELLS = 4;

/** Summed unit vectors of an area's grid cells (their sum over several areas is the centre of their union). */
export interface Acc {
  x: number;
  y: number;
  z: number;
  cells: number;
}

/** Centres of the grid cells inside a (multi)polygon, by scanline with the even-odd rule. */
export function gridCells(rings: Position[][], step: number): [number, number][] {
  let minY = Infinity;
  let maxY = -Infinity;
  for (const ring of rings)
    for (const [, y] of ring) {
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  const out: [number, number][] = [];
  for (let row = Math.floor(minY / step); row * step <= maxY; row++) {
    const y = (row + 0.5) * step;
    const xs: number[] = [];
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
      }
    }
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      for (let col = Math.ceil(xs[k] / step - 0.5); (col + 0.5) * step < xs[k + 1]; col++)
        out.push([(col + 0.5) * step, y]);
    }
  }
  return out;
}

function addCell(acc: Map<string, Acc>, key: string | undefined, lon: number, lat: number): void {
  if (!key) return;
  const r = Math.PI / 180;
  const w = Math.cos(lat * r);
  const a = acc.get(key) ?? { x: 0, y: 0, z: 0, cells: 0 };
  a.x += w * Math.cos(lat * r) * Math.cos(lon * r);
  a.y += w * Math.cos(lat * r) * Math.sin(lon * r);
  a.z += w * Math.sin(lat * r);
  a.cells++;
  acc.set(key, a);
}

/** The point of summed cell vectors (an area's centre on the sphere). */
export function accPoint(c: Acc): { lat: number; lon: number } {
  const r = 180 / Math.PI;
  return { lat: Math.atan2(c.z, Math.hypot(c.x, c.y)) * r, lon: Math.atan2(c.y, c.x) * r };
}

function indexOf(towns: BuildRecord[]): KDBush {
  const kd = new KDBush(towns.length, 64, Float64Array);
  for (const t of towns) kd.add(t.lon, t.lat);
  kd.finish();
  return kd;
}

/** Towns with a province neighbour: a town none of whose five nearest towns shares its province is a coding error
 * (Daocheng, Sichuan, coded as Jiangsu) and would hand that province a far-away territory. */
function consistentTowns(towns: BuildRecord[]): BuildRecord[] {
  if (towns.length < 6) return towns;
  const kd = indexOf(towns);
  return towns.filter((t) => around(kd, t.lon, t.lat, 6).some((j) => towns[j] !== t && towns[j].admin1 === t.admin1));
}

function byCountry(towns: BuildRecord[]): Map<string, BuildRecord[]> {
  const out = new Map<string, BuildRecord[]>();
  for (const t of towns) {
    const list = out.get(t.countryCode);
    if (list) list.push(t);
    else out.set(t.countryCode, [t]);
  }
  return out;
}

/** Per admin key (CC.A1 and CC.A1.A2): the summed unit vectors of the cells whose nearest town lies in it. */
function cellCentres(towns: BuildRecord[], shapes: CountryShape[]): Map<string, Acc> {
  const countries = byCountry(towns);
  const acc = new Map<string, Acc>();
  for (const shape of shapes) {
    const list = countries.get(shape.iso2);
    if (!list) continue;
    const seeds = consistentTowns(list);
    const kd = indexOf(seeds);
    const polys = shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
    for (const poly of polys) {
      for (const [lon, lat] of gridCells(poly, STEP)) {
        const [i] = around(kd, lon, lat, 1);
        if (i === undefined) continue;
        addCell(acc, seeds[i].admin1, lon, lat);
        addCell(acc, seeds[i].admin2, lon, lat);
      }
    }
  }
  return acc;
}

const HEAD_PREFIX =
  /^(?:(?:Province of|State of|Provincia de|Provincia di|Departamento de|Municipio de|Partido de|Kabupaten|Kota) |(?:Province|Région|Département|Préfecture|Cercle) (?:du |de la |des |de (?!l['’])|de l['’] ?|d['’] ?))/;
const HEAD_SUFFIX =
  / (Province|Region|Department|District|State|Oblast|Governorate|Prefecture|Municipality|Division|Rayon|Raion|Krai|Okrug|Cercle)$/;
/** What is left must still be a name, not a generic word ("Central District", "Capital Region"). */
const GENERIC = new Set(
  'central north south east west northern southern eastern western capital coast coastal upper lower middle national federal metropolitan greater inner outer new'.split(
    ' ',
  ),
);

/** admin1CodesASCII and admin2Codes write the unit's type into the name ("Midlands Province", "Province of Pangasinan",
 * "Zamfara State", French "Province du Soum", "Cercle de Ménaka", "Département d' Illéla", "Gao Cercle"); news writes
 * the name alone. Counties and parishes keep theirs ("Plymouth County" is not Plymouth). */
export function shortNames(name: string): string[] {
  const short = name.replace(HEAD_PREFIX, '').replace(HEAD_SUFFIX, '');
  if (short === name || short.length < 3 || GENERIC.has(short.toLowerCase())) return [];
  return [short];
}

function townCentre(towns: BuildRecord[], consistent: Set<BuildRecord>): { lat: number; lon: number } {
  // Not a town coded in the wrong province (Mikhmas, a West Bank village coded as Gaza, moved the Gaza Strip's point
  // into Israel): the hull has no defence against one far outlier.
  // Only a few outliers are dropped: where most towns look inconsistent (islands, exclaves, recoded provinces), the
  // neighbours are what is odd, not the towns.
  const kept = towns.filter((t) => consistent.has(t));
  const populated = (kept.length >= 0.8 * towns.length ? kept : towns).filter((t) => t.population > 0);
  const pts = (populated.length ? populated : towns).map((t) => [t.lon, t.lat] as [number, number]);
  const [lon, lat] = hullCentroid(pts);
  return { lat, lon };
}

/** An admin area added to the gazetteer, with its level and code key (CC.A1 or CC.A1.A2). */
export interface AdminUnit {
  key: string;
  level: 1 | 2;
  record: BuildRecord;
}

/** The admin areas added and the grid cells of each (by key), for the regions derived from them (admin-regions.ts). */
export interface AdminAreas {
  units: AdminUnit[];
  cells: Map<string, Acc>;
}

/** Adds ADM1 records (from admin1CodesASCII) and, when given, ADM2 records (admin2Codes) that have towns. */
export function addAdminAreas(
  set: RecordSet,
  admin1: string,
  admin2: string | undefined,
  shapes: CountryShape[],
): AdminAreas {
  const towns = [...set.byId.values()].filter((r) => r.featureClass === 'P' && r.admin1);
  const members = new Map<string, BuildRecord[]>();
  for (const t of towns) {
    for (const key of [t.admin1, t.admin2]) {
      if (!key) continue;
      const list = members.get(key);
      if (list) list.push(t);
      else members.set(key, [t]);
    }
  }
  // Seeds of the partition: populated towns. GeoNames carries thousands of unpopulated township rows whose admin codes
  // are wrong (CN.10 Hebei townships in Tibet); as seeds they would hand a province a far-away desert.
  const cells = cellCentres(
    towns.filter((t) => t.population > 0),
    shapes,
  );
  // The towns of every country that share their province with one of their nearest towns.
  const consistent = new Set([...byCountry(towns).values()].flatMap(consistentTowns));
  const units: AdminUnit[] = [];
  for (const [text, level] of [
    [admin1, 1],
    [admin2, 2],
  ] as const) {
    if (!text) continue;
    for (const a of parseAdmin1(text)) {
      const list = members.get(a.key);
      if (!list || !a.geonameid) continue;
      const c = cells.get(a.key);
      const point = c && c.cells >= MIN_CELLS ? accPoint(c) : townCentre(list, consistent);
      const [cc, a1] = a.key.split('.');
      const record: BuildRecord = {
        geonameid: a.geonameid,
        name: a.name,
        featureClass: 'A',
        featureCode: level === 1 ? 'ADM1' : 'ADM2',
        countryCode: cc,
        admin1: `${cc}.${a1}`,
        population: list.reduce((s, t) => s + t.population, 0),
        ...point,
        kind: 'area',
        source: 'geonames',
        names: new Set([a.name, a.asciiname, ...shortNames(a.name), ...shortNames(a.asciiname)].filter(usableName)),
      };
      set.add(record);
      units.push({ key: a.key, level, record: set.byId.get(a.geonameid) ?? record });
    }
  }
  return { units, cells };
}
