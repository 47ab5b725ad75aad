// A lookup answered from the memo of the same name at another limit (lookup-memo.ts) must equal the lookup made cold.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';

const gaz = loadGazetteer();
const LIMITS = [1, 3, 10, 25, 200];
// Names with many namesakes (the limit cuts), few (a short list answers every larger limit), loose spellings only,
// an Arabic article, a twin village's stem, and nothing at all.
const NAMES = ['Springfield', 'Tripoli', 'Naqoura', 'Dmeir', 'al-Bab', 'Zawtar', 'Khiam', 'Albukamal', 'Qwxzvy'];

const cold = (name: string, limit: number, loose: boolean) => {
  gaz.clearCache();
  return JSON.stringify(gaz.lookup(name, { limit, loose }));
};

describe('lookup memo across limits', () => {
  for (const loose of [true, false])
    it(`answers every limit as a cold lookup does, in any order (loose ${loose})`, () => {
      for (const name of NAMES) {
        const want = new Map(LIMITS.map((l) => [l, cold(name, l, loose)]));
        for (const order of [LIMITS, [...LIMITS].reverse(), [25, 1, 200, 10, 3]]) {
          gaz.clearCache();
          for (const limit of order)
            expect(JSON.stringify(gaz.lookup(name, { limit, loose })), `${name} ${limit}`).toBe(want.get(limit));
        }
      }
    });

  it('answers a smaller limit from a larger one without building candidates again', () => {
    gaz.clearCache();
    const wide = gaz.lookup('Springfield', { limit: 25 });
    const narrow = gaz.lookup('Springfield', { limit: 10 });
    expect(wide.length).toBe(25);
    expect(narrow).toHaveLength(10);
    for (let k = 0; k < narrow.length; k++) expect(narrow[k]).toBe(wide[k]);
    // A short list (fewer than its limit: every key was met) answers a larger limit whole.
    const few = gaz.lookup('Dumayr', { limit: 3, loose: false });
    expect(few.length).toBeLessThan(3);
    expect(gaz.lookup('Dumayr', { limit: 25, loose: false })).toBe(few);
  });
});

describe('candidates built once per row', () => {
  it('shares an entry between lookups that meet it, until the cache is cleared', () => {
    gaz.clearCache();
    const any = gaz.lookup('Tripoli', { limit: 25 });
    const exact = gaz.lookup('Tripoli', { limit: 25, loose: false });
    const both = exact.filter((c) => any.some((a) => a.geonameid === c.geonameid));
    expect(both.length).toBeGreaterThan(1);
    for (const c of both) expect(any.find((a) => a.geonameid === c.geonameid)).toBe(c);
    gaz.clearCache();
    const again = gaz.lookup('Tripoli', { limit: 25, loose: false });
    expect(JSON.stringify(again)).toBe(JSON.stringify(exact));
    expect(again[0]).not.toBe(exact[0]);
  });
});
