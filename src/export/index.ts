/**
 * Export stage: pure serialisers from an EventCollection to GeoJSON, GeoJSON text sequences, CSV (+ .csvt) and KML,
 * plus an atomic file writer. docs/exports.md describes the formats and the decisions behind them.
 * Browser code should import './formats.js' (or a single format file) rather than this barrel, which pulls in node:fs.
 */
export { COORD_DECIMALS } from './common.js';
export { type CSVOptions, csvtFor, FORMULA_START, toCSV } from './csv.js';
export { type ExportFormat, exportAs, FORMAT_INFO, FORMATS, type FormatInfo, isExportFormat } from './formats.js';
export { toGeoJSON } from './geojson.js';
export { type GeoJSONSeqOptions, toGeoJSONSeq } from './geojsonseq.js';
export { KML_STYLE_ID, toKML } from './kml.js';
export { COLUMN_NAMES, COLUMNS, type Column, type ColumnType, rowOf, toWKT } from './table.js';
export { writeFileAtomic, writeFileAtomicSync } from './write-atomic.js';
