/**
 * CSV export (RFC 4180: comma, CRLF after every record, double-quote quoting) via papaparse, with ACLED's column names first and a
 * matching GDAL .csvt sidecar so GIS tools type dates, numbers and the WKT geometry column correctly.
 *
 * Spreadsheet formula injection: text cells starting with = + - @ TAB or CR get a leading apostrophe (OWASP advice).
 * Numeric cells (latitude -3.5, negative geonameid) are numbers, never text, so they are never prefixed.
 */
import Papa from 'papaparse';
import type { EventCollection } from '../types.js';
import { normalizeCollection, wellFormed } from './common.js';
import { type Cell, COLUMN_NAMES, COLUMNS, rowOf } from './table.js';

/** Text that a spreadsheet would evaluate as a formula. Papaparse's default regex misses values containing a newline. */
export const FORMULA_START = /^[=+\-@\t\r]/;

export interface CSVOptions {
  /** Prefix formula-like text cells with an apostrophe. Default true. */
  escapeFormulae?: boolean;
}

export function toCSV(fc: EventCollection, options: CSVOptions = {}): string {
  const data = normalizeCollection(fc).map((f) => {
    const row = rowOf(f);
    return COLUMN_NAMES.map((name): Cell => {
      const v = row[name];
      return typeof v === 'string' ? wellFormed(v) : v;
    });
  });
  const csv = Papa.unparse(
    { fields: [...COLUMN_NAMES], data },
    {
      delimiter: ',',
      newline: '\r\n',
      quoteChar: '"',
      escapeChar: '"',
      quotes: false,
      header: true,
      escapeFormulae: options.escapeFormulae === false ? false : FORMULA_START,
    },
  );
  // Papaparse ends a header-only file with a newline but not a file with rows; always end with one.
  return csv.endsWith('\r\n') ? csv : `${csv}\r\n`;
}

/** The single line of the GDAL .csvt sidecar that matches toCSV's columns, e.g. "String","Date","Integer",… */
export function csvtFor(): string {
  return COLUMNS.map((c) => `"${c.type}"`).join(',');
}
