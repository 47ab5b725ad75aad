/** The export formats by id, with file extension and media type, and one entry point that dispatches on the id. */
import type { EventCollection } from '../types.js';
import { toCSV } from './csv.js';
import { toGeoJSON } from './geojson.js';
import { toGeoJSONSeq } from './geojsonseq.js';
import { toKML } from './kml.js';

export const FORMATS = ['geojson', 'geojsonseq', 'csv', 'kml'] as const;
export type ExportFormat = (typeof FORMATS)[number];

export interface FormatInfo {
  /** File extension GDAL/QGIS recognise, with the dot. */
  extension: string;
  mediaType: string;
  label: string;
}

export const FORMAT_INFO: Readonly<Record<ExportFormat, FormatInfo>> = {
  geojson: { extension: '.geojson', mediaType: 'application/geo+json', label: 'GeoJSON (RFC 7946)' },
  geojsonseq: {
    extension: '.geojsons',
    mediaType: 'application/geo+json-seq',
    label: 'GeoJSON text sequence (RFC 8142)',
  },
  csv: { extension: '.csv', mediaType: 'text/csv; charset=utf-8', label: 'CSV (ACLED columns + WKT)' },
  kml: { extension: '.kml', mediaType: 'application/vnd.google-earth.kml+xml', label: 'KML 2.2' },
};

export function isExportFormat(value: string): value is ExportFormat {
  return (FORMATS as readonly string[]).includes(value);
}

export function exportAs(fc: EventCollection, format: ExportFormat): string {
  switch (format) {
    case 'geojson':
      return toGeoJSON(fc);
    case 'geojsonseq':
      return toGeoJSONSeq(fc);
    case 'csv':
      return toCSV(fc);
    case 'kml':
      return toKML(fc);
    default:
      throw new Error(`Unknown export format: ${String(format)} (expected one of ${FORMATS.join(', ')})`);
  }
}
