// scoredCopy (src/resolve/scored-copy.ts, twenty-fourth session) must make exactly what copyWith made: the same keys
// in the same order and the same values, for every shape of candidate.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { copyWith } from '../../src/resolve/copy-with.js';
import { scoredCopy } from '../../src/resolve/scored-copy.js';
import type { Candidate } from '../../src/types.js';

const gaz = loadGazetteer();

const same = (c: Candidate) => {
  const reasons = ['a reason'];
  const got = scoredCopy(c, 0.25, reasons);
  const want = copyWith(c, { score: 0.25, reasons });
  expect(Object.keys(got)).toEqual(Object.keys(want));
  expect(got).toStrictEqual(want);
  expect(JSON.stringify(got)).toBe(JSON.stringify(want));
  expect(got.reasons).toBe(reasons);
  expect(got).not.toBe(c);
};

describe('scoredCopy', () => {
  it('copies index rows with and without their match', () => {
    const rows = [...gaz.lookup('Springfield', { limit: 5 }), ...gaz.lookup('Dmeir', { limit: 5 })];
    expect(rows.some((c) => c.match === 'loose')).toBe(true);
    rows.push(gaz.candidate(rows[0] ? 0 : 1));
    for (const c of rows) same(c);
  });

  it('copies candidates of other shapes as copyWith does', () => {
    const [row] = gaz.lookup('Paris', { limit: 1 });
    const { match: _, ...bare } = row;
    same(bare);
    same(copyWith(bare, { match: 'exact' as const }));
    same({ ...bare, match: undefined });
    same({ ...bare, distanceKm: 3 } as Candidate);
    same(gaz.near(row.lat, row.lon, 5, 2)[0]);
    const { prior: _p, ...noPrior } = bare;
    same(noPrior as Candidate);
    same({ match: 'loose', ...bare } as Candidate);
    const inherited = Object.assign(Object.create({ extra: 1 }), bare) as Candidate;
    same(inherited);
  });
});
