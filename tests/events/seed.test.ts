// The seed articles through the real pipeline (gazetteer, geoparser, events) against the reviewed expectations in
// tests/fixtures/events/seed-expected.json: every expected event, with type, dates, precision, place and evidence,
// and no event for places that are only mentioned (Washington, Jerusalem, Beirut's embassy, New York, Idlib …).
import { readFileSync } from 'node:fs';
import { check } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { polygonContains } from '../../src/gazetteer/shapes.js';
import { readArticles } from '../../src/ingest/read-files.js';
import { runPipeline } from '../../src/pipeline.js';

interface Expected {
  event_type: string;
  sub_event_type: string;
  location: string;
  geonameid?: number;
  country: string;
  date_start: string;
  date_end: string;
  time_precision: number;
  geo_precision: number;
  fatalities: number;
  actor1: string;
  evidence_starts: string;
  area?: string;
  accept?: Record<string, unknown[]>;
}

const spec = JSON.parse(readFileSync('tests/fixtures/events/seed-expected.json', 'utf8')) as {
  articles: { title: string; events: Expected[] }[];
};
const articles = readArticles(['data/articles']);
const { events } = runPipeline(articles, loadGazetteer());
const ok = (e: Expected, field: keyof Expected, actual: unknown) =>
  actual === e[field] || (e.accept?.[field as string] ?? []).includes(actual);

describe('seed events', () => {
  it('is valid GeoJSON with exactly the expected number of events', () => {
    expect(() => check(JSON.stringify(events))).not.toThrow();
    expect(events.features).toHaveLength(spec.articles.reduce((n, a) => n + a.events.length, 0));
  });

  for (const a of spec.articles) {
    for (const e of a.events) {
      it(`${e.sub_event_type} at ${e.location}`, () => {
        const article = articles.find((x) => x.title === a.title)!;
        const found = events.features.find(
          (f) =>
            f.properties.article_id === article.id &&
            f.properties.evidence.text.startsWith(e.evidence_starts.slice(0, 40)) &&
            ok(e, 'event_type', f.properties.event_type),
        );
        expect(found, `an event whose evidence starts "${e.evidence_starts.slice(0, 40)}"`).toBeTruthy();
        const p = found!.properties;
        expect(ok(e, 'sub_event_type', p.sub_event_type)).toBe(true);
        expect([p.date_start, p.date_end]).toEqual([e.date_start, e.date_end]);
        expect(ok(e, 'time_precision', p.time_precision)).toBe(true);
        expect(p.geo_precision).toBe(e.geo_precision);
        expect(p.fatalities).toBe(e.fatalities);
        expect(p.country).toBe(e.country);
        expect(ok(e, 'actor1', p.actor1)).toBe(true);
        if (e.geonameid) expect(p.geonameid).toBe(e.geonameid);
        if (e.area) expect(['Polygon', 'MultiPolygon']).toContain(p.area?.type);
        expect(article.text.slice(p.evidence.start, p.evidence.end)).toBe(p.evidence.text);
      });
    }
  }

  it('the Litani area is the part of Lebanon between the river and Israel', () => {
    const litani = events.features.find((f) => f.properties.location.includes('Litani'))!;
    const [lon, lat] = litani.geometry.coordinates;
    const gaz = loadGazetteer();
    expect(gaz.countryAt(lon, lat)).toBe('LB');
    // The pin stands in the south, below Lake Qaraoun, not in the Bekaa plain (the land beyond the river's source).
    expect(lat).toBeLessThan(33.5);
    const area = litani.properties.area!;
    const inside = (id: number) => {
      const c = gaz.byGeonameId(id)!;
      return polygonContains(area, c.lon, c.lat);
    };
    expect(inside(278832)).toBe(true); // Naqura, near the border
    expect(inside(276781)).toBe(false); // Beirut
    expect(inside(268064)).toBe(false); // Sidon, north of the river's mouth
  });
});
