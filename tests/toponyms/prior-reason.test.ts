// priorReason (src/resolve/prior-reason.ts, twenty-sixth session) must write exactly what the template literal of
// resolve.ts wrote: the prior's text is memoised by value, and a memo of numbers must not confuse 0 and -0, miss NaN,
// or hand back a text of another value after it has been cleared.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { priorReason, priorText } from '../../src/resolve/prior-reason.js';
import type { Candidate } from '../../src/types.js';

const written = (c: Candidate) =>
  `prior ${c.prior ?? 0} (${c.featureClass}.${c.featureCode}${c.population ? `, population ${c.population}` : ''})`;

describe('priorReason', () => {
  it('writes index rows as the template did', () => {
    const gaz = loadGazetteer();
    const rows = ['Springfield', 'Dmeir', 'Aleppo', 'China', 'Al Quds'].flatMap((n) => gaz.lookup(n, { limit: 25 }));
    expect(rows.length).toBeGreaterThan(20);
    for (const c of rows) expect(priorReason(c)).toBe(written(c));
    for (const c of rows) expect(priorReason(c)).toBe(written(c)); // memoised now
  });

  it('writes every value as String() does, through more values than the memo holds', () => {
    const values = [0, -0, NaN, 1, 0.1, 0.3, 1 / 3, 1e-7, 123456789.5, -2.25, 1.541];
    for (let k = 0; k < 25_000; k++) values.push(k / 1000, Math.round(k * 7.3) / 1000);
    for (const v of values) expect(priorText(v)).toBe(String(v));
    for (const v of values.slice(0, 12)) expect(priorText(v)).toBe(String(v));
  });

  it('writes a candidate with no prior or no population as the template did', () => {
    const base = { featureClass: 'P', featureCode: 'PPL', population: 0, prior: 0.25 } as Candidate;
    const cases = [base, { ...base, prior: undefined }, { ...base, population: 4_000_000_000 }, { ...base, prior: -0 }];
    for (const c of cases) expect(priorReason(c)).toBe(written(c));
  });
});
