/**
 * "Al-Qaeda in the Arabian Peninsula", "Islamic State in the Greater Sahara" (applied after ranking): an armed group's
 * name (data/actors.json), "in the" and a name the gazetteer holds as a wide region (a peninsula, a region without
 * borders, a continent) is the group's full name, not where something happened. "Hezbollah in the Bekaa" (a
 * province), "the Houthis in the Red Sea" (a sea) and "the Peshmerga in the Kurdistan region" (its unit word follows)
 * still say where.
 */
import { foldExact } from '../gazetteer/fold.js';
import { lexicon } from '../toponyms/lexicon.js';
import type { ResolvedMention } from '../types.js';

const IN_THE = ' in the ';
const WIDE = new Set(['CAPE', 'PEN', 'RGN', 'CONT']);
const UNIT_AFTER = /^ (?:region|province|state|governorate|area)\b/;
/** Up to four capitalised words ending right before " in the ". */
const NAME_BEFORE = /(?:\p{Lu}[\p{L}'’]*[ -]){0,3}\p{Lu}[\p{L}'’]*$/u;

export function applyGroupFranchise(text: string, mentions: ResolvedMention[]): ResolvedMention[] {
  let out: ResolvedMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    // Cheap first: a wide region right after "in the".
    if (m.role !== 'place' || !m.place || !WIDE.has(m.place.featureCode)) continue;
    if (!text.startsWith(IN_THE, m.start - IN_THE.length)) continue;
    if (UNIT_AFTER.test(text.slice(m.end, m.end + 14))) continue;
    if (!groupBefore(text.slice(Math.max(0, m.start - IN_THE.length - 48), m.start - IN_THE.length))) continue;
    out ??= mentions.slice();
    out[i] = { ...m, role: 'in_organisation' };
  }
  return out ?? mentions;
}

/** The words before end with a group's name ("claimed by Al-Qaeda", "Islamic State"). */
function groupBefore(left: string): boolean {
  const run = NAME_BEFORE.exec(left)?.[0];
  if (!run) return false;
  const words = run.split(/(?<=[ -])/);
  for (let k = 0; k < words.length; k++) if (lexicon().groupNames.has(foldExact(words.slice(k).join('')))) return true;
  return false;
}
