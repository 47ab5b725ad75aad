// A demonym that names who acts ("an Israeli strike on …", "Russian troops near …") says where neither the place after
// it nor the story is; a district written after a town narrows it; a loose spelling never lands in a big city abroad.
import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../src/gazetteer/gazetteer.js';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';
import { countryFocus } from '../../src/resolve/focus.js';
import type { Mention } from '../../src/types.js';

const gaz = loadGazetteer();
const pick = (text: string, name: string) => geoparse(text, gaz).find((m) => m.text === name)?.place ?? null;

const STORY = [
  'Israeli strikes killed two people in south Lebanon on Tuesday, the Lebanese health ministry said.',
  'An Israeli drone hit a car near Bint Jbeil, and Israeli troops blew up houses in Kfar Kila.',
].join(' ');

describe('demonyms of the side that acts', () => {
  it('"an Israeli strike on the outskirts of Shebaa" does not make Shebaa Israeli', () => {
    const p = pick(`${STORY} Smoke rose after an Israeli strike on the outskirts of Shebaa on Wednesday.`, 'Shebaa');
    expect(p?.countryCode).toBe('LB');
  });

  it('"the Lebanese border village of X" still describes X', () => {
    const m = geoparse('Residents returned to the Lebanese border village of Yaroun on Sunday.', gaz);
    expect(m.find((x) => x.text === 'Yaroun')?.place?.countryCode).toBe('LB');
  });

  it('an acting demonym is a weak vote for the focus', () => {
    const dem = (text: string, context: string, acting: boolean): Mention => ({
      start: 0,
      end: text.length,
      text,
      role: 'demonym',
      context,
      ...(acting ? { acting } : {}),
    });
    const mentions = [dem('Israeli', 'IL', true), dem('Israeli', 'IL', true), dem('Israeli', 'IL', true)];
    const focus = countryFocus([...mentions, dem('Lebanese', 'LB', false)], []);
    expect(focus('LB')).toBeGreaterThan(focus('IL'));
  });
});

describe('a district written after a town', () => {
  it('"near Shamaa, in the Tyre district" is the village near Tyre', () => {
    const text = `${STORY} The army dismantled a rocket launcher found near Shamaa, in the Tyre district.`;
    const p = pick(text, 'Shamaa');
    const tyre = pick(text, 'Tyre');
    expect(p?.countryCode).toBe('LB');
    expect(tyre).not.toBeNull();
    expect(haversineKm(p!.lat, p!.lon, tyre!.lat, tyre!.lon)).toBeLessThan(30);
  });
});

describe('loose spellings abroad', () => {
  it('a village spelled loosely in a Lebanon story is not the Ukrainian city of Odesa', () => {
    const p = pick(`${STORY} A third man was killed by a drone in the town of Odaisseh.`, 'Odaisseh');
    expect(p?.countryCode ?? 'none').not.toBe('UA');
  });
});

describe('a story about an attacker and its target', () => {
  it('"Israeli jets struck the port of Hodeidah … attacks on Israel": Hodeidah is still the Yemeni port', () => {
    const text =
      'Israeli jets struck the port of Hodeidah on Saturday, killing three people. The Israeli military said it had ' +
      'targeted Houthi infrastructure in response to missile attacks on Israel.';
    expect(pick(text, 'Hodeidah')?.countryCode).toBe('YE');
  });
});
