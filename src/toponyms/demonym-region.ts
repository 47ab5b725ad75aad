/**
 * A people's word that is also a province's name, written with the unit word after it: "Ethiopia's Somali region" is
 * the Somali Region of Ethiopia, not the people of Somalia. Recognition reads such a word as a demonym; before
 * "region", "state" or "province", and when the gazetteer holds a first-level area of exactly that name, it is a
 * place mention instead.
 */
import type { Mention } from '../types.js';
import type { NameIndex } from './people.js';
import type { Token } from './tokenize.js';

const UNIT_AFTER = /^ (?:region|state|province)\b/;

export function demonymRegion(text: string, t: Token, gaz: NameIndex): Mention | null {
  if (!UNIT_AFTER.test(text.slice(t.end, t.end + 10))) return null;
  const area = gaz
    .lookup(t.text, { limit: 8, loose: false })
    .some((c) => c.featureCode === 'ADM1' && c.name.toLowerCase() === t.lower);
  return area ? { start: t.start, end: t.end, text: t.text, role: 'place' } : null;
}
