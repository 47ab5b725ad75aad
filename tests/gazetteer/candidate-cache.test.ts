// The cache of built candidates (candidate-row.ts): one object per row and match until cleared, built again after.
import { describe, expect, it } from 'vitest';
import { CandidateCache } from '../../src/gazetteer/candidate-row.js';
import type { Candidate } from '../../src/types.js';

const fake = (i: number, match: 'exact' | 'loose') => ({ geonameid: i, name: `row ${i}`, match }) as Candidate;

describe('CandidateCache', () => {
  it('builds each row and match once, keeps exact and loose apart, and builds again after clear', () => {
    const built: string[] = [];
    const cache = new CandidateCache(10, (i, match) => {
      built.push(`${i}${match}`);
      return fake(i, match);
    });
    const a = cache.get(3, 'exact');
    expect(cache.get(3, 'exact')).toBe(a);
    const b = cache.get(3, 'loose');
    expect(b).not.toBe(a);
    expect(b.match).toBe('loose');
    expect(cache.get(9, 'loose').geonameid).toBe(9);
    expect(cache.get(0, 'exact').geonameid).toBe(0);
    expect(built).toEqual(['3exact', '3loose', '9loose', '0exact']);
    cache.clear();
    const c = cache.get(3, 'exact');
    expect(c).not.toBe(a);
    expect(c).toEqual(a);
    expect(cache.get(3, 'exact')).toBe(c);
    expect(built).toEqual(['3exact', '3loose', '9loose', '0exact', '3exact']);
  });
});
