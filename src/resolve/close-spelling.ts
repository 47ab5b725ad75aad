/**
 * A loose match spelled as written up to the conventions that separate English news spellings from GeoNames' French
 * and scholarly ones: "Dhayra" / Ed Dhaïra, "Qlaileh" / El Qlaïlé, "Shebaa" / Chebaâ, "Mais al-Jabal" / Meïss ej
 * Jabal. The loose key drops every inner vowel, so it also meets the hills and wadis named after a village (Ed Dhaïr,
 * Ouadi Chebaa) and other villages (Khaloué for "Qlaileh"); this finer reading keeps the vowels and tells them apart.
 */
import { spellingSkeleton } from '../gazetteer/skeleton.js';
import type { Candidate } from '../types.js';

/** The term of a loose candidate whose own name has the mention's skeleton (`g.skeleton` caches the mention's). */
export function closeSpellingScore(
  c: Candidate,
  g: { mentions: { text: string }[]; skeleton?: string },
  weight: number,
  reasons: string[] | null,
): number {
  if (c.match !== 'loose' || !weight) return 0;
  g.skeleton ??= spellingSkeleton(g.mentions[0].text);
  if (spellingSkeleton(c.name) !== g.skeleton) return 0; // memoised by name
  reasons?.push('spelled as written but for transliteration conventions');
  return weight;
}
