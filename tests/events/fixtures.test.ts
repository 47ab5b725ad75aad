/**
 * Fixture loop (Turf-style): tests/fixtures/events/in/*.json → detectEvents → out/*.json.
 * REGEN=1 rewrites the outputs; review the diff before committing. Each fixture also lists the events it must
 * contain (`expect`, partial properties), so a regenerated output cannot silently lose them.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import { describe, expect, test } from 'vitest';
import { subEventTypes } from '../../src/events/taxonomy.js';
import type { EventProperties } from '../../src/types.js';
import { type Fixture, runFixture } from './helpers.js';

const DIR = join(import.meta.dirname, '../fixtures/events');
const REGEN = process.env.REGEN === '1';

const files = readdirSync(join(DIR, 'in'))
  .filter((n) => n.endsWith('.json'))
  .sort();
const produced: EventProperties[] = [];

describe('event fixtures', () => {
  for (const name of files) {
    test(name.replace(/\.json$/, ''), () => {
      const fixture = JSON.parse(readFileSync(join(DIR, 'in', name), 'utf8')) as Fixture;
      const result = runFixture(fixture);
      const json = `${JSON.stringify(result, null, 2)}\n`;
      const outPath = join(DIR, 'out', name);
      if (REGEN) writeFileSync(outPath, json);
      check(JSON.stringify(result.events));
      for (const f of result.events.features) {
        const p = f.properties;
        expect(fixture.article.text.slice(p.evidence.start, p.evidence.end)).toBe(p.evidence.text);
        expect(f.geometry.coordinates).toEqual([p.longitude, p.latitude]);
        if (p.area) check(JSON.stringify({ type: 'Feature', properties: {}, geometry: p.area }));
        produced.push(p);
      }
      for (const want of fixture.expect) {
        const hit = result.events.features.find((f) =>
          Object.entries(want).every(([k, v]) => (f.properties as unknown as Record<string, unknown>)[k] === v),
        );
        expect(hit, `${name}: no event matching ${JSON.stringify(want)}`).toBeDefined();
      }
      expect(result.events.features.length, `${name}: event count`).toBe(fixture.expect.length);
      expect(json).toBe(readFileSync(outPath, 'utf8'));
    });
  }

  test('every ACLED sub-event type of the taxonomy is produced by some fixture', () => {
    const seen = new Set(produced.map((p) => `${p.event_type}|${p.sub_event_type}`));
    const missing = subEventTypes().filter((t) => !seen.has(`${t.event_type}|${t.sub_event_type}`));
    expect(missing).toEqual([]);
  });
});
