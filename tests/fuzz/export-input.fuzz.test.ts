/**
 * `geoevents export` and the app's export buttons take events GeoJSON that anyone may have edited. Fuzz: arbitrary
 * JSON, and FeatureCollections whose properties hold values of the wrong type, through parseEventCollection and every
 * format. Either an InputError (a clear message), or outputs that are valid and complete.
 */
import { check } from '@placemarkio/check-geojson';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseEventCollection } from '../../src/cli/export-command.js';
import { exportAs, FORMATS } from '../../src/export/formats.js';
import { InputError } from '../../src/ingest/article.js';
import { checkXml, KML_ELEMENTS } from '../export/helpers.js';
import { codeUnit, SCALE, SEED } from './arbitraries.js';

const RUNS = { seed: SEED, numRuns: Math.round(200 * SCALE) };
const T = { timeout: 60_000 };

const weird: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: codeUnit, maxLength: 20 }),
  fc.constantFrom(null, -0, 1e308, -1e308, 5e-324, '', '=1+1', '<x>', ']]>', 'NaN', [], {}, [[[]]], {
    type: 'Polygon',
  }),
  fc.double(),
);

const geometryLike: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ type: fc.constant('Polygon'), coordinates: weird }),
  fc.record({ type: fc.constant('MultiPolygon'), coordinates: weird }),
  fc.record({
    type: fc.constant('Polygon'),
    coordinates: fc.array(fc.array(fc.array(fc.oneof(fc.double(), weird), { maxLength: 3 }), { maxLength: 5 }), {
      maxLength: 2,
    }),
  }),
  weird,
);

const KEYS = [
  'event_id',
  'event_date',
  'date_start',
  'date_end',
  'time_precision',
  'event_type',
  'location',
  'actor1',
  'notes',
  'source_url',
  'fatalities',
  'geonameid',
  'latitude',
  'longitude',
  'confidence',
  'evidence',
  'alternatives',
  'sources',
  'corrections',
  'area',
  '__proto__',
  'constructor',
  'toString',
];

const properties = fc.dictionary(
  fc.constantFrom(...KEYS),
  fc.oneof({ weight: 3, arbitrary: weird }, { weight: 1, arbitrary: geometryLike }),
  { maxKeys: 12 },
);

const feature = fc.record({
  type: fc.constant('Feature'),
  geometry: fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({ type: fc.constant('Point'), coordinates: fc.tuple(fc.double(), fc.double()) }),
    },
    {
      weight: 5,
      arbitrary: fc.record({
        type: fc.constant('Point'),
        coordinates: fc.tuple(fc.double({ min: -180, max: 180 }), fc.double({ min: -90, max: 90 })),
      }),
    },
    { weight: 1, arbitrary: weird },
  ),
  properties: fc.oneof({ weight: 8, arbitrary: properties }, { weight: 1, arbitrary: weird }),
});

const collectionText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .array(feature, { maxLength: 4 })
      .map((features) => JSON.stringify({ type: 'FeatureCollection', features })),
  },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 50 }) },
  // Raw JSON text can hold what JSON.stringify never writes: a __proto__ member.
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]},"properties":{"__proto__":{"event_id":"x"},"area":{"type":"Polygon","coordinates":[[["a",1]]]}}}]}',
    ),
  },
);

describe('export of hostile events GeoJSON (fast-check, fixed seed)', () => {
  it('parseEventCollection → exportAs: an InputError or valid output in every format', T, () => {
    fc.assert(
      fc.property(collectionText, (text) => {
        let events: ReturnType<typeof parseEventCollection>;
        try {
          events = parseEventCollection(text, 'in.geojson');
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
          expect((e as Error).message).not.toContain('\n');
          return;
        }
        const n = events.features.length;
        const out = Object.fromEntries(FORMATS.map((f) => [f, exportAs(events, f)]));
        for (const f of FORMATS) expect(typeof out[f]).toBe('string');
        expect((check(out.geojson) as { features: unknown[] }).features).toHaveLength(n);
        for (const r of out.geojsonseq.split('\x1e').filter(Boolean)) check(r);
        const csv = Papa.parse(out.csv, { header: true, skipEmptyLines: true });
        expect(csv.errors).toEqual([]);
        expect(csv.data).toHaveLength(n);
        expect(checkXml(out.kml, KML_ELEMENTS).filter((x) => x === 'Placemark')).toHaveLength(n);
      }),
      RUNS,
    );
  });
});
