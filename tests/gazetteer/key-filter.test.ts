// The key table's bit filter (key-filter.ts): never turns away a key that is there, turns away most that are not, and
// find() answers the same with it as without it.
import { describe, expect, it } from 'vitest';
import { keyFilter, mayHold } from '../../src/gazetteer/key-filter.js';
import { KeyTable } from '../../src/gazetteer/key-table.js';
import { loadGazetteer } from '../../src/gazetteer/load.js';

const KEYS = ['ad dumayr', 'al bab', 'bab', 'damascus', 'tall abyad', '~dmyr', '~tl abyd', 'zawtar ash sharqiyah'];
const ABSENT = ['ad dumay', 'al ba', 'babs', 'damascu', 'tal abyad', '~dmr', 'zawtar', '', 'x'];

describe('key filter', () => {
  it('holds every key it was built from; find answers the same with and without it', () => {
    const filter = keyFilter(KEYS);
    for (const k of KEYS) expect(mayHold(filter, k), k).toBe(true);
    const plain = new KeyTable(KEYS);
    const filtered = new KeyTable(KEYS, filter);
    for (const k of [...KEYS, ...ABSENT]) expect(filtered.find(k), k).toBe(plain.find(k));
  });

  it('turns away nearly every absent key of a small set', () => {
    const filter = keyFilter(KEYS);
    const absent = Array.from({ length: 2000 }, (_, i) => `absent ${i}`);
    expect(absent.filter((k) => mayHold(filter, k)).length).toBeLessThan(5);
  });

  it('the built index finds each of its keys (sampled) at its own position, through its filter', () => {
    const gaz = loadGazetteer();
    for (let k = 0; k < 958_000; k += 997) {
      const key = gaz.keyAt(k);
      if (key === undefined) break;
      expect(gaz.findKey(key), key).toBe(k);
    }
    const absent = Array.from({ length: 2000 }, (_, i) => `qz absent ${i}`);
    expect(absent.every((k) => gaz.findKey(k) === -1)).toBe(true);
  });
});
