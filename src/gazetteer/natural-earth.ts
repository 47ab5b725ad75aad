/**
 * Natural Earth rivers, lakes, physical regions and seas as gazetteer records with real line/area geometry.
 * Features with the same name close together (river segments) merge into one record. Ids are negative and stable:
 * -(layer base + rank of the group in (name, first vertex) order).
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { BuildRecord, RecordSet } from './records.js';
import { bboxOf, type CountryShape, countryAtIn, representativePoint } from './shapes.js';
import { usableName } from './sources.js';
import { addWholeOceans } from './whole-oceans.js';

export type NaturalEarthLayer = 'rivers' | 'lakes' | 'regions' | 'marine';

export const LAYER_BASE: Record<NaturalEarthLayer, number> = {
  rivers: 1_000_000,
  lakes: 2_000_000,
  regions: 3_000_000,
  marine: 4_000_000,
};

const REGION_CODES: Record<string, string> = {
  Continent: 'L.CONT',
  Desert: 'T.DSRT',
  'Range/mtn': 'T.MTS',
  Plateau: 'T.PLAT',
  Peninsula: 'T.PEN',
  'Pen/cape': 'T.CAPE',
  Island: 'T.ISL',
  'Island group': 'T.ISLS',
  Basin: 'T.BSN',
  Depression: 'T.DPR',
  Plain: 'T.PLN',
  Lowland: 'T.PLN',
  Valley: 'T.VAL',
  Delta: 'T.DLTA',
  Wetlands: 'H.WTLD',
  Coast: 'L.CST',
  Gorge: 'T.GRGE',
  Isthmus: 'T.ISTH',
  Foothills: 'T.HLLS',
  Tundra: 'L.RGN',
  Geoarea: 'L.RGN',
  Lake: 'H.LK',
};

const MARINE_CODES: Record<string, string> = {
  ocean: 'H.OCN',
  sea: 'H.SEA',
  gulf: 'H.GULF',
  bay: 'H.BAY',
  strait: 'H.STRT',
  channel: 'H.CHN',
  sound: 'H.SD',
  lagoon: 'H.LGN',
  fjord: 'H.FJD',
  inlet: 'H.INLT',
  reef: 'H.RF',
  river: 'H.STM',
  generic: 'H.SEA',
};

function codeFor(layer: NaturalEarthLayer, featurecla: string): string | null {
  if (layer === 'rivers') return featurecla === 'River' ? 'H.STM' : null;
  if (layer === 'lakes') return featurecla === 'Reservoir' ? 'H.RSV' : 'H.LK';
  if (layer === 'marine') return MARINE_CODES[featurecla] ?? 'H.SEA';
  return REGION_CODES[featurecla] ?? null;
}

/** "SYRIAN DESERT" → "Syrian Desert"; names already in mixed case stay as they are. */
function displayName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s(-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
}

function firstVertex(g: Geometry): Position {
  const b = bboxOf(g);
  return [b[0], b[1]];
}

export function addNaturalEarth(
  set: RecordSet,
  layer: NaturalEarthLayer,
  fc: FeatureCollection,
  shapes: CountryShape[],
  byName: Map<string, BuildRecord>,
): void {
  const groups: { name: string; code: string; feats: Feature[]; center: Position }[] = [];
  for (const f of fc.features) {
    const p = f.properties ?? {};
    const raw = (p.name_en || p.name) as string | null;
    const code = codeFor(layer, p.featurecla);
    if (!raw || !code || !f.geometry) continue;
    const name = displayName(raw);
    if (!usableName(name)) continue;
    const c = firstVertex(f.geometry);
    const g = groups.find(
      (x) => x.name === name && Math.abs(x.center[0] - c[0]) < 8 && Math.abs(x.center[1] - c[1]) < 8,
    );
    if (g) g.feats.push(f);
    else groups.push({ name, code, feats: [f], center: c });
  }
  groups.sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : a.center[0] - b.center[0] || a.center[1] - b.center[1],
  );
  const made: BuildRecord[] = [];
  groups.forEach((g, i) => {
    const geometry = mergeGeometries(g.feats.map((f) => f.geometry));
    const [lon, lat] = representativePoint(geometry);
    const names = new Set<string>([g.name]);
    let scalerank = 10;
    for (const f of g.feats) {
      const p = f.properties ?? {};
      for (const alt of [p.name, p.name_alt, p.namealt, p.name_abb]) {
        if (typeof alt === 'string' && usableName(displayName(alt))) names.add(displayName(alt));
      }
      if (typeof p.scalerank === 'number') scalerank = Math.min(scalerank, p.scalerank);
    }
    const [featureClass, featureCode] = g.code.split('.');
    const rec: BuildRecord = {
      geonameid: -(LAYER_BASE[layer] + i),
      name: g.name,
      featureClass,
      featureCode,
      countryCode: countryAtIn(shapes, lon, lat) ?? '',
      admin1: '',
      population: 0,
      lat,
      lon,
      kind: layer === 'rivers' ? 'line' : 'area',
      source: 'naturalearth',
      names,
      scalerank,
      geometry,
    };
    set.add(rec);
    made.push(rec);
    const key = `${layer}:${g.name}`.toLowerCase();
    if (!byName.has(key)) byName.set(key, rec);
  });
  if (layer === 'marine') addWholeOceans(set, made, LAYER_BASE[layer] + groups.length, mergeGeometries);
}

function mergeGeometries(geoms: Geometry[]): Geometry {
  if (geoms.length === 1) return geoms[0];
  const lines: Position[][] = [];
  const polys: Position[][][] = [];
  for (const g of geoms) {
    if (g.type === 'LineString') lines.push(g.coordinates);
    else if (g.type === 'MultiLineString') lines.push(...g.coordinates);
    else if (g.type === 'Polygon') polys.push(g.coordinates);
    else if (g.type === 'MultiPolygon') polys.push(...g.coordinates);
  }
  if (polys.length > 0) return { type: 'MultiPolygon', coordinates: polys };
  return { type: 'MultiLineString', coordinates: lines };
}
