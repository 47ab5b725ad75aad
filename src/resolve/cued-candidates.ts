/**
 * Which candidates of a name compete. Loose (transliteration) candidates only compete when no entry has the name
 * itself, except under a cue of kind: "the northern province of Saada" names a province, and when every entry spelled
 * "Saada" is a town (Sa'dah the city), the provinces matched loosely (Şa‘dah, the governorate) compete beside them;
 * "the Juba valley" names a river, and the Jubba competes beside Juba, the South Sudanese capital.
 */
import type { Candidate, Mention } from '../types.js';

/** The feature class a cue (recognition's class hint) asks for, when loose spellings of it may compete. */
const CUE_CLASS: Record<string, string> = { A: 'A', H: 'H' };

export function competingCandidates(m: Mention, all: Candidate[], exact: Candidate[]): Candidate[] {
  if (!exact.length) return all;
  const cls = m.classHint ? CUE_CLASS[m.classHint] : undefined;
  if (!cls || exact.some((c) => c.featureClass === cls)) return exact;
  const cued = all.filter((c) => c.match === 'loose' && c.featureClass === cls);
  return cued.length ? exact.concat(cued) : exact;
}
