/**
 * GeoJSON text sequences: RFC 8142 (each record is RS + one Feature + LF, media type application/geo+json-seq) by
 * default, or newline-delimited GeoJSON ("GeoJSONL", one Feature per line) with `{ rs: false }`.
 * Features are the same canonical objects as in toGeoJSON.
 */
import type { EventCollection } from '../types.js';
import { normalizeCollection } from './common.js';

const RS = '\x1e';

export interface GeoJSONSeqOptions {
  /** Frame each record with the ASCII record separator (RFC 8142). Default true. */
  rs?: boolean;
}

export function toGeoJSONSeq(fc: EventCollection, options: GeoJSONSeqOptions = {}): string {
  const prefix = options.rs === false ? '' : RS;
  return normalizeCollection(fc)
    .map((f) => `${prefix}${JSON.stringify(f)}\n`)
    .join('');
}
