/**
 * Property-based fuzzing of the whole pipeline: hostile text in every input format → ingest → geoparse →
 * runPipeline → every export format. Bounded (fixed seed, a few hundred runs per property) so CI is deterministic.
 * A failure prints the seed, the path and the shrunk counterexample: paste it into a unit test.
 */
import { check } from '@placemarkio/check-geojson';
import fc from 'fast-check';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportAs, FORMATS } from '../../src/export/formats.js';
import type { Gazetteer } from '../../src/gazetteer/gazetteer.js';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';
import { InputError, isIsoDate } from '../../src/ingest/article.js';
import { parseInput } from '../../src/ingest/parse-input.js';
import { runPipeline } from '../../src/pipeline.js';
import type { Article, PipelineResult, ResolvedMention } from '../../src/types.js';
import { checkXml, KML_ELEMENTS } from '../export/helpers.js';
import { hostileText, type Input, input, SCALE, SEED } from './arbitraries.js';

let gaz: Gazetteer;
beforeAll(() => {
  gaz = loadGazetteer();
});

const T = { timeout: 120_000 };
const runs = (n: number) => ({ seed: SEED, numRuns: Math.round(n * SCALE), endOnFailure: true });
const RUNS = runs(200);

/** parseInput may reject bad input with an InputError, and nothing else; returns null when it did. */
function ingest(inp: Input): Article[] | null {
  try {
    const articles = parseInput(inp.raw, inp.name, { published: '2025-12-03' });
    // Like readArticles: duplicate ids keep the first.
    const seen = new Set<string>();
    return articles.filter((a) => !seen.has(a.id) && !!seen.add(a.id));
  } catch (e) {
    if (e instanceof InputError) return null;
    throw e;
  }
}

function expectSpan(text: string, start: unknown, end: unknown, what: string): void {
  expect(Number.isInteger(start), `${what} start ${start}`).toBe(true);
  expect(Number.isInteger(end), `${what} end ${end}`).toBe(true);
  expect(0 <= (start as number) && (start as number) <= (end as number) && (end as number) <= text.length, what).toBe(
    true,
  );
}

function checkMentions(text: string, mentions: ResolvedMention[]): void {
  for (const m of mentions) {
    expectSpan(text, m.start, m.end, `mention ${JSON.stringify(m.text)}`);
    expect(m.end).toBeGreaterThan(m.start);
    expect(text.slice(m.start, m.end)).toBe(m.text);
  }
}

function checkEvidence(articles: Article[], result: PipelineResult): void {
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const f of result.events.features) {
    const p = f.properties;
    const article = byId.get(p.article_id);
    expect(article, `event ${p.event_id} names article ${p.article_id}`).toBeDefined();
    const text = article!.text;
    const ev = p.evidence;
    expectSpan(text, ev.start, ev.end, `evidence of ${p.event_id}`);
    expect(text.slice(ev.start, ev.end)).toBe(ev.text);
    // place_* may lie outside the evidence sentence (an event placed by the article focus), never outside the text.
    if (ev.place_start !== undefined || ev.place_end !== undefined) {
      expectSpan(text, ev.place_start, ev.place_end, `place of ${p.event_id}`);
    }
    // docs/schema.md: dates are YYYY-MM-DD with event_date = date_start <= date_end, fatalities an integer ≥ 0,
    // confidence 0–1, precisions 1–3, a point on the globe.
    for (const d of [p.event_date, p.date_start, p.date_end]) expect(isIsoDate(d), `date ${d}`).toBe(true);
    expect(p.event_date).toBe(p.date_start);
    expect(p.date_start <= p.date_end).toBe(true);
    expect(Number.isInteger(p.fatalities) && p.fatalities >= 0).toBe(true);
    expect(p.confidence >= 0 && p.confidence <= 1).toBe(true);
    expect([1, 2, 3]).toContain(p.time_precision);
    expect([1, 2, 3]).toContain(p.geo_precision);
    const [lon, lat] = f.geometry.coordinates;
    expect(Math.abs(lon) <= 180 && Math.abs(lat) <= 90).toBe(true);
  }
}

/** Every export format: strings, valid GeoJSON, CSV that parses back to one row per event, well-formed KML. */
function checkExports(result: PipelineResult): Record<string, string> {
  const n = result.events.features.length;
  const out: Record<string, string> = {};
  for (const format of FORMATS) {
    const s = exportAs(result.events, format);
    expect(typeof s).toBe('string');
    out[format] = s;
  }
  const fcOut = check(out.geojson);
  expect(fcOut.type).toBe('FeatureCollection');
  expect((fcOut as { features: unknown[] }).features).toHaveLength(n);
  const records = out.geojsonseq.split('\x1e').filter(Boolean);
  expect(records).toHaveLength(n);
  for (const r of records) expect(check(r).type).toBe('Feature');
  const csv = Papa.parse<Record<string, string>>(out.csv, { header: true, skipEmptyLines: true });
  expect(csv.errors).toEqual([]);
  expect(csv.data).toHaveLength(n);
  const names = checkXml(out.kml, KML_ELEMENTS);
  expect(names.filter((x) => x === 'Placemark')).toHaveLength(n);
  return out;
}

function runAll(
  inp: Input,
): { mentions: ResolvedMention[][]; result: PipelineResult; exports: Record<string, string> } | null {
  const articles = ingest(inp);
  if (!articles) return null;
  expect(articles.length).toBeGreaterThan(0);
  const mentions = articles.map((a) => {
    const ms = geoparse(a.text, gaz);
    checkMentions(a.text, ms);
    return ms;
  });
  const result = runPipeline(articles, gaz);
  checkEvidence(articles, result);
  return { mentions, result, exports: checkExports(result) };
}

describe('pipeline fuzz (fast-check, fixed seed)', () => {
  it('geoparse never throws and every mention offset matches its text', T, () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        checkMentions(text, geoparse(text, gaz));
      }),
      runs(300),
    );
  });

  it('ingest → pipeline → exports never throws (InputError from parseInput only); outputs are valid', T, () => {
    fc.assert(
      fc.property(input, (inp) => {
        runAll(inp);
      }),
      runs(300),
    );
  });

  it('articles parsed from any format have usable fields', T, () => {
    fc.assert(
      fc.property(input, (inp) => {
        for (const a of ingest(inp) ?? []) {
          expect(a.text.trim()).not.toBe('');
          expect(a.text).not.toMatch(/\r/);
          expect(a.published === '' || /^\d{4}-\d{2}-\d{2}$/.test(a.published)).toBe(true);
          if (a.url !== undefined) expect(a.url).toMatch(/^https?:\/\/\S+$/i);
          expect(a.id).not.toBe('');
        }
      }),
      RUNS,
    );
  });

  it(
    'the same input twice (warm, then with a cleared lookup memo) gives identical mentions, events and exports',
    T,
    () => {
      fc.assert(
        fc.property(input, (inp) => {
          const a = runAll(inp);
          // A memoised lookup result mutated by a later stage would make the second run differ.
          gaz.clearCache();
          const b = runAll(inp);
          expect(JSON.stringify(b?.mentions)).toBe(JSON.stringify(a?.mentions));
          expect(b?.exports).toEqual(a?.exports);
          expect(JSON.stringify(b?.result.issues)).toBe(JSON.stringify(a?.result.issues));
        }),
        runs(100),
      );
    },
  );

  it('several articles at once: merging keeps evidence pointing into the right article', T, () => {
    const many = fc.array(fc.record({ title: fc.string({ maxLength: 20 }), text: hostileText }), {
      minLength: 2,
      maxLength: 5,
    });
    fc.assert(
      fc.property(many, (list) => {
        runAll({ name: 'many.json', raw: JSON.stringify(list.map((a) => ({ ...a, published: '2025-12-03' }))) });
      }),
      runs(100),
    );
  });
});
