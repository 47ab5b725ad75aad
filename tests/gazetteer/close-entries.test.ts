// A loose lookup puts the entries (among the first by prior) whose own name meets the written name's finer loose key
// before the others, which keep their order (gazetteer.ts, closeEntries); a smaller limit gets the first of that list.
import { describe, expect, it } from 'vitest';
import { foldLoose } from '../../src/gazetteer/fold.js';
import { loadGazetteer } from '../../src/gazetteer/load.js';

const gaz = loadGazetteer();

describe('close loose entries first', () => {
  it.each(['Dmeir', 'Dumair', 'Qlaileh', 'Shebaa', 'Naqura', 'Kfar Kila'])('%s', (name) => {
    // A smaller limit is the first entries of the larger one, read cold.
    for (const limit of [1, 3, 10]) {
      gaz.clearCache();
      const some = gaz.lookup(name, { limit }).map((c) => c.geonameid);
      gaz.clearCache();
      expect(
        gaz
          .lookup(name, { limit: 200 })
          .slice(0, limit)
          .map((c) => c.geonameid),
      ).toEqual(some);
    }
  });

  it('Dmeir: the close entries (Aḑ Ḑumayr) ahead of the loose key entries with a higher prior', () => {
    gaz.clearCache();
    const loose = gaz.lookup('Dmeir', { limit: 25 }).filter((c) => c.match === 'loose');
    const close = loose.map((c) => foldLoose(c.name, true) === foldLoose('Dmeir', true));
    expect(loose[0].name).toBe('Aḑ Ḑumayr');
    expect(close[0]).toBe(true);
    // The close ones first, the others after them (some with a higher prior), none close.
    const n = close.indexOf(false);
    expect(n).toBeGreaterThan(0);
    expect(close.slice(n)).not.toContain(true);
    expect(loose.slice(n).some((c) => (c.prior ?? 0) > (loose[0].prior ?? 0))).toBe(true);
  });
});
