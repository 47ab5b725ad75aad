// The index's shortcuts for hot paths must agree with the full lookup they stand in for.
import { describe, expect, it } from 'vitest';
import { foldLoose, keyHash } from '../../src/gazetteer/fold.js';
import { loadGazetteer } from '../../src/gazetteer/load.js';

const gaz = loadGazetteer();

describe('gazetteer shortcuts', () => {
  it.each([
    'Dmeir',
    'Albukamal',
    'Al-Quneitra',
    'Busra al-Sham',
    'Sheikh Meskin',
    'Naqoura',
    'Qwxzvbn',
    'Zzyzzyq Plateau',
    'Al Qwxzv',
  ])('hasAny(%s) answers as lookup does', (name) => {
    expect(gaz.hasAny(name)).toBe(gaz.lookup(name, { limit: 1 }).length > 0);
  });

  it("each entry's stored fine hash is the hash of its name's finer loose key", () => {
    for (const id of [170589, 278832, 272089]) {
      const c = gaz.byGeonameId(id);
      expect(c).not.toBeNull();
      expect(gaz.fineHashOf(id)).toBe(keyHash(foldLoose(c?.name ?? '', true)));
    }
  });

  it('the bucketed key search finds every key and rejects neighbours', () => {
    for (const key of ['ad dumayr', '~dmyr', 'beirut', 'a', 'zzz', 'şam']) {
      const k = gaz.findKey(key);
      if (k >= 0) expect(gaz.keyAt(k)).toBe(key);
    }
    expect(gaz.findKey('ad dumayr')).toBeGreaterThanOrEqual(0);
    expect(gaz.findKey('ad dumayq')).toBe(-1);
  });
});
