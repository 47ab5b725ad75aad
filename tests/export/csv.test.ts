import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { COLUMN_NAMES, COLUMNS, csvtFor, toCSV } from '../../src/export/index.js';
import { loadFixture } from './helpers.js';

const ACLED_HEAD = [
  'event_id',
  'event_date',
  'year',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'country',
  'iso',
  'admin1',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
];
const EXTRAS = [
  'date_start',
  'date_end',
  'source_url',
  'article_id',
  'evidence_text',
  'evidence_start',
  'evidence_end',
  'geonameid',
  'confidence',
  'wkt',
  'alternatives',
  'corrections',
  'sources',
];

function rows(csv: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('toCSV', () => {
  it("has ACLED's columns in ACLED's order, then the GeoEvents extras; CRLF records", () => {
    const csv = toCSV(loadFixture());
    expect(csv.split('\r\n')[0].split(',')).toEqual([...ACLED_HEAD, ...EXTRAS]);
    expect(COLUMN_NAMES).toEqual([...ACLED_HEAD, ...EXTRAS]);
  });

  it('round-trips every scalar through papaparse, with year, evidence and WKT columns', () => {
    const fc = loadFixture();
    const data = rows(toCSV(fc));
    expect(data).toHaveLength(fc.features.length);
    const [ariha, donetsk, fasher, djenne, goma] = data;
    expect(ariha).toMatchObject({
      event_id: 'SYR-20240305-ariha-1',
      event_date: '2024-03-05',
      year: '2024',
      latitude: '35.813499',
      longitude: '36.610412',
      fatalities: '3',
      evidence_start: '120',
      geonameid: '173576',
      wkt: 'POINT (36.610412 35.813499)',
    });
    expect(JSON.parse(ariha.alternatives)).toEqual(fc.features[0].properties.alternatives);
    expect(donetsk.wkt).toBe(
      'POLYGON ((36.531235 47.031235, 39 47.031235, 39 49.231235, 36.531235 49.231235, 36.531235 47.031235))',
    );
    expect(donetsk.date_start).toBe('2024-03-10');
    expect(donetsk.date_end).toBe('2024-03-16');
    expect(fasher.evidence_text).toBe(fc.features[2].properties.evidence.text);
    expect(fasher.source).toBe('Darfur 24, "Radio Dabanga"');
    expect(djenne.geonameid).toBe('');
    expect(djenne.alternatives).toBe('[]');
    expect(djenne.longitude).toBe('-4.5533');
    expect(goma.geonameid).toBe('-12');
    expect(JSON.parse(goma.corrections)).toEqual(fc.features[4].properties.corrections);
    expect(JSON.parse(goma.sources)).toEqual(fc.features[4].properties.sources);
  });

  it('quotes commas, quotes and newlines (RFC 4180)', () => {
    const csv = toCSV(loadFixture());
    expect(csv).toContain('"Darfur 24, ""Radio Dabanga"""');
    expect(csv).toContain('killed 12 <script>alert(1)</script>;\nwitnesses');
  });

  it('neutralises spreadsheet formulae in text cells only', () => {
    const fc = loadFixture();
    fc.features[0].properties.actor2 = '+cmd';
    fc.features[0].properties.evidence.text = '@SUM(A1)\nmore';
    fc.features[1].properties.location = '\tTab';
    const data = rows(toCSV(fc));
    expect(data[2].notes.startsWith("'=HYPERLINK(")).toBe(true);
    expect(data[3].notes.startsWith("'-- Gunmen")).toBe(true);
    expect(data[0].actor2).toBe("'+cmd");
    expect(data[0].evidence_text).toBe("'@SUM(A1)\nmore");
    expect(data[1].location).toBe("'\tTab");
    // Numbers stay numbers, even negative ones.
    expect(data[3].longitude).toBe('-4.5533');
    expect(data[4].latitude).toBe('-1.6792');
    expect(data[4].geonameid).toBe('-12');
    // And the escape can be switched off.
    expect(rows(toCSV(fc, { escapeFormulae: false }))[2].notes.startsWith('=HYPERLINK(')).toBe(true);
  });

  it('is deterministic and writes only a header for no events', () => {
    const fc = loadFixture();
    expect(toCSV(fc)).toBe(toCSV(fc));
    expect(toCSV({ type: 'FeatureCollection', features: [] })).toBe(`${COLUMN_NAMES.join(',')}\r\n`);
    expect(toCSV(fc).endsWith('\r\n')).toBe(true);
  });
});

describe('csvtFor', () => {
  it('gives one GDAL type per column: dates Date, counts Integer, coordinates Real, geometry WKT', () => {
    const types = csvtFor().split(',');
    expect(types).toHaveLength(COLUMNS.length);
    const typeOf = (name: string) => types[COLUMN_NAMES.indexOf(name)];
    expect(typeOf('event_id')).toBe('"String"');
    for (const c of ['event_date', 'date_start', 'date_end']) expect(typeOf(c)).toBe('"Date"');
    for (const c of ['year', 'fatalities', 'geonameid', 'time_precision', 'geo_precision']) {
      expect(typeOf(c)).toBe('"Integer"');
    }
    for (const c of ['latitude', 'longitude', 'confidence']) expect(typeOf(c)).toBe('"Real"');
    expect(typeOf('wkt')).toBe('"WKT"');
    expect(typeOf('iso')).toBe('"String"'); // keeps leading zeros such as "004"
    expect(csvtFor()).not.toContain('\n');
  });
});
