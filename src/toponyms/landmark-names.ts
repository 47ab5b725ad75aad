/**
 * "the White House said": a name of common English words after "the" that the gazetteer gives only to towns, its
 * best-known town carrying it as another name (a translation: Casablanca is "White House"), is a building or an
 * institution, not a town. English writes no article before a town's name, and a phrase of everyday words after
 * "the" names a landmark; the town reading pinned the US presidency in Morocco or Tennessee. Such a mention is
 * dropped. A town whose own name is the phrase and that leads its candidates stays ("the Old City" of Jerusalem).
 */
import { foldExact } from '../gazetteer/fold.js';
import type { Mention } from '../types.js';
import { lexicon } from './lexicon.js';
import type { NameIndex } from './people.js';

/** "the " just before a name (also article-waters.ts). */
export const THE_BEFORE = /(?:^|[^\p{L}])the\s+$/iu;

function isLandmark(text: string, gaz: NameIndex, m: Mention, common: Set<string>): boolean {
  if (m.role !== 'place' || !THE_BEFORE.test(text.slice(Math.max(0, m.start - 5), m.start))) return false;
  const words = m.text.split(/\s+/);
  if (words.length < 2 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && common.has(w.toLowerCase()))) return false;
  const cands = gaz.lookup(m.text, { limit: 10, loose: false });
  if (cands.length === 0 || cands.some((c) => c.featureClass !== 'P')) return false;
  return foldExact(cands[0].name) !== foldExact(m.text);
}

/** Removes the landmarks written as "the" + everyday words (see above) from `mentions` (in place). */
export function dropLandmarkNames(text: string, gaz: NameIndex, mentions: Mention[]): void {
  const common = lexicon().common;
  let k = 0;
  for (const m of mentions) if (!isLandmark(text, gaz, m, common)) mentions[k++] = m;
  mentions.length = k;
}
