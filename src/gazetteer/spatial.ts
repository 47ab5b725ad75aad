/**
 * The Gazetteer's spatial queries (gazetteer.ts): entries near a point (a k-d tree over every row, built on first use)
 * and the country polygons (Natural Earth 50m, decoded on first use). Split from the Gazetteer class so that each file
 * keeps one purpose.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import KDBush from 'kdbush';
import type { Candidate } from '../types.js';
import { haversineKm } from './distance.js';
import type { IndexColumns } from './format.js';
import { type CountryShape, countryAtIn, countryShapes } from './shapes.js';

export class Spatial {
  private kd: KDBush | null = null;
  private shapes: CountryShape[] | null = null;

  constructor(
    private readonly cols: IndexColumns,
    private readonly candidate: (i: number) => Candidate,
    private readonly countries: () => FeatureCollection,
  ) {}

  /** Entries within `km` of a point, nearest first. */
  near(lat: number, lon: number, km: number, limit: number): (Candidate & { distanceKm: number })[] {
    const size = this.cols.ids.length;
    if (!this.kd) {
      const kd = new KDBush(size, 64, Float32Array);
      for (let i = 0; i < size; i++) kd.add(this.cols.lon[i], this.cols.lat[i]);
      kd.finish();
      this.kd = kd;
    }
    const dLat = km / 111;
    const dLon = km / (111 * Math.max(0.05, Math.cos((lat * Math.PI) / 180)));
    const hits = this.kd.range(lon - dLon, lat - dLat, lon + dLon, lat + dLat);
    return hits
      .map((i) => ({ ...this.candidate(i), distanceKm: haversineKm(lat, lon, this.cols.lat[i], this.cols.lon[i]) }))
      .filter((c) => c.distanceKm <= km)
      .sort((a, b) => a.distanceKm - b.distanceKm || a.geonameid - b.geonameid)
      .slice(0, limit);
  }

  private countryShapes(): CountryShape[] {
    if (!this.shapes) this.shapes = countryShapes(this.countries());
    return this.shapes;
  }

  /** ISO2 code of the country containing the point, or null at sea. */
  countryAt(lon: number, lat: number): string | null {
    return countryAtIn(this.countryShapes(), lon, lat);
  }

  countryArea(iso2: string): Polygon | MultiPolygon | null {
    return this.countryShapes().find((s) => s.iso2 === iso2)?.geometry ?? null;
  }
}
