/**
 * GeoJSON (RFC 7946) export: WGS84 [lon, lat], no `crs`, coordinates rounded to 6 decimals, area polygons rewound
 * to the right-hand rule, a `bbox` on the collection. One feature per line so diffs stay readable; the output is
 * byte-identical for the same input.
 */
import type { EventCollection } from '../types.js';
import { bboxOf, normalizeCollection } from './common.js';

export function toGeoJSON(fc: EventCollection): string {
  const features = normalizeCollection(fc);
  const bbox = bboxOf(features);
  const head = `{"type":"FeatureCollection",${bbox ? `"bbox":${JSON.stringify(bbox)},` : ''}"features":[`;
  if (features.length === 0) return `${head}]}\n`;
  return `${head}\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}
