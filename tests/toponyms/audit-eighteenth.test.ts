/**
 * Audit of the eighteenth session's geoparser code: a family name made of a part word ("Salim al-Kabir") is no village
 * as the object of "arrested", and the session's new name readings stay linear on 50 KB of adversarial text (no
 * timing: a hang fails on vitest's timeout). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';

const gaz = loadGazetteer();
const named = (text: string, name: string) => geoparse(text, gaz).filter((m) => m.text === name && m.place);

describe('a part word after the article is also a family name (qualified-name.ts)', () => {
  it('"Police arrested Salim al-Kabir in Aleppo": Salim is no village', () => {
    expect(named('Police arrested Salim al-Kabir in Aleppo on Tuesday.', 'Salim')).toHaveLength(0);
  });
  it('"stormed the village of Salim al-Kabir" is still the village', () => {
    expect(named('Israeli troops stormed the village of Salim al-Kabir on Tuesday.', 'Salim')).toHaveLength(1);
  });
  it('"shelling hit Yohmor al-Fawqa" is still Yohmor', () => {
    expect(named('Israeli shelling hit Yohmor al-Fawqa on Tuesday.', 'Yohmor')[0]?.place?.countryCode).toBe('LB');
  });
});

const KB50 = 50_000;
const fill = (unit: string) => unit.repeat(Math.ceil(KB50 / unit.length)).slice(0, KB50);

describe('the session’s name readings on 50 KB of adversarial text', () => {
  it.each([
    ['qualified names', 'in Douma al-Batroun ', 'Douma'],
    ['twin stems', 'near the village of Zawtar ', 'Zawtar'],
    ['a plural kind word before a list', 'the cities of Homs, Hama and ', 'Homs'],
    ['the last item before plural unit words', 'Kachin, Karenni and Chin states ', 'Kachin'],
  ])('%s', (_label, unit, name) => {
    expect(named(fill(unit), name).length).toBeGreaterThan(0);
  });
  it.each([
    ['feature heads before "of"', 'the Cape of Good Hope '],
    ['reactions from a capital', 'condemnation from Damascus '],
    ['"the Rio" rivers', 'the Rio Grande '],
  ])('%s', (_label, unit) => {
    expect(Array.isArray(geoparse(fill(unit), gaz))).toBe(true);
  });
});
