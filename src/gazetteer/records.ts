/**
 * Build-time records: every source row becomes a BuildRecord; GeoNames rows with the same id merge.
 */
import type { Geometry } from 'geojson';
import type { GeometryKind } from '../types.js';
import { usableName, type GeoNamesRow } from './sources.js';

export interface BuildRecord {
  geonameid: number;
  name: string;
  featureClass: string;
  featureCode: string;
  countryCode: string;
  admin1: string;
  /** CC.A1.A2 when known (build only: places admin2 areas). */
  admin2?: string;
  population: number;
  lat: number;
  lon: number;
  kind: GeometryKind;
  source: string;
  names: Set<string>;
  scalerank?: number;
  geometry?: Geometry;
  /** Upper bound of the prior (derived regions stay below their own areas: admin-regions.ts). */
  priorCap?: number;
}

const AREA_CODES = new Set(['A', 'L']);
const LINE_CODES = new Set(['STM', 'STMI', 'WAD', 'CNL', 'STMS']);

export function kindOf(featureClass: string, featureCode: string): GeometryKind {
  if (featureClass === 'H' && LINE_CODES.has(featureCode)) return 'line';
  if (AREA_CODES.has(featureClass) || (featureClass === 'T' && /^(DSRT|MTS|PLAT|PLN|VAL|HLLS)$/.test(featureCode))) {
    return 'area';
  }
  if (featureClass === 'H' && /^(LK|LKS|SEA|GULF|BAY|OCN|RSV)$/.test(featureCode)) return 'area';
  return 'point';
}

export class RecordSet {
  readonly byId = new Map<number, BuildRecord>();

  addGeoNames(row: GeoNamesRow, source: string, preferFresh: boolean): void {
    const existing = this.byId.get(row.geonameid);
    if (existing) {
      for (const n of [row.name, row.asciiname, ...row.altNames]) if (usableName(n)) existing.names.add(n);
      if (preferFresh) {
        existing.population = row.population || existing.population;
        existing.name = row.name;
        existing.lat = row.lat;
        existing.lon = row.lon;
        existing.featureCode = row.featureCode;
      }
      return;
    }
    const names = new Set<string>();
    for (const n of [row.name, row.asciiname, ...row.altNames]) if (usableName(n)) names.add(n);
    this.byId.set(row.geonameid, {
      geonameid: row.geonameid,
      name: row.name,
      featureClass: row.featureClass,
      featureCode: row.featureCode,
      countryCode: row.countryCode,
      admin1: row.countryCode && row.admin1 ? `${row.countryCode}.${row.admin1}` : '',
      admin2:
        row.countryCode && row.admin1 && row.admin2 ? `${row.countryCode}.${row.admin1}.${row.admin2}` : undefined,
      population: row.population,
      lat: row.lat,
      lon: row.lon,
      kind: kindOf(row.featureClass, row.featureCode),
      source,
      names,
    });
  }

  add(record: BuildRecord): void {
    const existing = this.byId.get(record.geonameid);
    if (existing) {
      for (const n of record.names) existing.names.add(n);
      return;
    }
    this.byId.set(record.geonameid, record);
  }
}
