/**
 * The harness of the generalisation passes: a fixture file of own wire-style paragraphs, each place with its expected
 * country, feature class or code and admin area (never coordinates), checked against geoparse with the real gazetteer.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/gazetteer/gazetteer.js';
import { geoparse } from '../../src/geoparse.js';

interface Expect {
  name: string;
  cc?: string;
  class?: string;
  code?: string;
  admin1?: string;
  /** No pin (the gazetteer lacks the place: `gap` says why); a namesake elsewhere would be wrong. */
  none?: boolean;
  gap?: string;
  /** Still wrong, and why (docs/accuracy.md): not asserted. */
  left?: string;
}
interface Paragraph {
  id: string;
  text: string;
  expect: Expect[];
}

/** One test per paragraph of `file` (under tests/fixtures/toponyms/), in a describe block titled `title`; the file
 * holds `least` paragraphs at least (40 by default; 36 for the seventh pass, three sets of twelve). */
export function checkParagraphs(gaz: Gazetteer, file: string, title: string, least = 40): void {
  const paragraphs: Paragraph[] = JSON.parse(
    readFileSync(new URL(`../fixtures/toponyms/${file}`, import.meta.url), 'utf8'),
  );
  describe(title, () => {
    it(`has ${least} to 60 paragraphs`, () => {
      expect(paragraphs.length).toBeGreaterThanOrEqual(least);
      expect(paragraphs.length).toBeLessThanOrEqual(60);
    });

    it.each(paragraphs.map((p) => [p.id, p] as const))('%s', (_id, p) => {
      const mentions = geoparse(p.text, gaz);
      for (const e of p.expect.filter((x) => !x.left)) {
        const found = mentions.filter((m) => m.text === e.name);
        if (e.none) {
          for (const m of found)
            expect({ name: e.name, place: m.place?.name ?? null }).toEqual({ name: e.name, place: null });
          continue;
        }
        expect(found.length, `${e.name} recognised`).toBeGreaterThan(0);
        const place = found[0].place;
        const got = {
          name: e.name,
          cc: e.cc && place?.countryCode,
          class: e.class && place?.featureClass,
          code: e.code && place?.featureCode.slice(0, e.code.length),
          admin1: e.admin1 && place?.admin1Name,
        };
        expect(got).toEqual({ name: e.name, cc: e.cc, class: e.class, code: e.code, admin1: e.admin1 });
      }
    });
  });
}
