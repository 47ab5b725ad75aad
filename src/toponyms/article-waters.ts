/**
 * "in the Pacific", "across the Atlantic": a one-word name after "the" that names an ocean or a sea is the water body.
 * English writes no article before a town's name, and with the name alone a US town (Pacific, Missouri; Atlantic,
 * Iowa) won on the document's focus, which the water body, in no country, never gets. Such a mention gets the water
 * hint ('W'), which counts only when a water body is among its candidates; "Pacific" itself names no record, "Pacific
 * Ocean" does (src/gazetteer/whole-oceans.ts), and resolution adds it (src/resolve/ocean-names.ts). Not a name that
 * is also a country's ("the Gambia", "the Congo"), nor one followed by its kind word ("the Red Sea" has its own hint)
 * or by more of a capitalised name ("the Pacific Northwest", "the Atlantic Council").
 */
import type { Candidate, Mention } from '../types.js';
import { THE_BEFORE } from './landmark-names.js';
import type { NameIndex } from './people.js';

const NAME_GOES_ON = /^[ -]\p{Lu}/u;
const OPEN_WATER = new Set(['OCN', 'SEA', 'GULF']);
/** A water body with this prior or more is a well-known one (as `MAJOR_FEATURE` in resolve/cued-candidates.ts). */
const MAJOR = 0.6;

function openWater(c: Candidate): boolean {
  return c.featureClass === 'H' && OPEN_WATER.has(c.featureCode) && (c.prior ?? 0) >= MAJOR;
}

export function markArticleWaters(text: string, gaz: NameIndex, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.role !== 'place' || m.classHint || /\s/.test(m.text)) continue;
    if (!THE_BEFORE.test(text.slice(Math.max(0, m.start - 5), m.start))) continue;
    // "the Pacific Northwest", "the Atlantic Council": the capitalised name goes on past the water's word.
    if (NAME_GOES_ON.test(text.slice(m.end, m.end + 3))) continue;
    const cands = gaz.lookup(m.text, { limit: 10, loose: false });
    if (cands.some((c) => c.featureCode.startsWith('PCL'))) continue;
    if (cands.some(openWater) || gaz.lookup(`${m.text} Ocean`, { limit: 3, loose: false }).some(openWater))
      m.classHint = 'W';
  }
}
