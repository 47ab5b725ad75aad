/**
 * The target of a projectile fired from afar: "fired a ballistic missile toward Eilat", "launched drones at Haifa".
 * Such a phrase names a real place, and in a story filed from the launching side it lies abroad by nature (a Houthi
 * missile at an Israeli port, in a Yemen story). Ranking holds back a small town in a country the rest of the story is
 * not about (abroad.ts), so "Eilat" got no pin. When the name is the object of "toward", "towards" or "at" after a
 * launch verb and a projectile in the same sentence, and every entry spelled as written lies in one country, that
 * country is the name's own (Mention.countryHint), as "the Israeli port of Eilat" would say.
 */
import type { Mention } from '../types.js';
import { lastWord } from './last-word.js';
import type { NameIndex } from './people.js';

/** A launch verb, a projectile within a few words, then "toward(s)"/"at" right before the name (one sentence). */
const AIMED =
  /\b(?:fired|launched|lobbed|shot|sent)\b[^.;!?]{0,60}?\b(?:missiles?|rockets?|drones?|projectiles?|shells?)\b[^.;!?]{0,40}?\b(?:toward|towards|at) (?:the (?:city|port|town) of )?$/i;

/** The words AIMED can end with. */
const AIMED_LAST = new Set(['toward', 'towards', 'at', 'of']);

export function markAimedTargets(text: string, gaz: NameIndex, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.role !== 'place' || m.countryHint) continue;
    const from = Math.max(0, m.start - 140);
    if (!AIMED_LAST.has(lastWord(text, from, m.start)) || !AIMED.test(text.slice(from, m.start))) continue;
    const exact = gaz.lookup(m.text, { limit: 25, loose: false });
    const countries = new Set(exact.map((c) => c.countryCode));
    if (countries.size === 1) m.countryHint = [...countries][0];
  }
}
