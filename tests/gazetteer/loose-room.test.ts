// Gazetteer.lookup reads a name's loose entries only as far as a result can use (twenty-fifth session): the first
// FINE_SCAN for the finer key, and `limit` in all. A lookup at a small limit, asked cold, must then still be the first
// entries of the same lookup at a large limit: names whose loose key has more than a hundred entries.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';

const gaz = loadGazetteer();
const cold = (name: string, limit: number) => {
  gaz.clearCache();
  return gaz.lookup(name, { limit }).map((c) => `${c.geonameid} ${c.match}`);
};

describe('lookup: loose entries read only as far as needed', () => {
  for (const name of ['Maroun', 'Qusair', 'Salam', 'Karak', 'Mazraa'])
    it(name, () => {
      const all = cold(name, 200);
      expect(all.filter((c) => c.endsWith('loose')).length).toBeGreaterThan(40);
      for (const limit of [1, 3, 5, 10, 20, 25, 41, 60]) expect(cold(name, limit)).toEqual(all.slice(0, limit));
    });
});
