/**
 * "Residents of Maarat al-Numan", "Blida, Mais al-Jabal and Khiam": a name of two to four words joined by a
 * hyphenated Arabic article inside it is one name, as a cue word before it would make it (loose-names.ts). Without
 * this, a run no entry spells exactly falls apart into whatever parts some entry does spell: "Maarat" and "Numan"
 * (Nigeria), "al-Jabal" (a hill).
 */
import { articleBefore } from './around-name.js';
import { lexicon } from './lexicon.js';
import type { NameIndex, Run } from './people.js';
import type { Token } from './tokenize.js';

/** Where such a name starts in `run`, or -1: at the run's start, or after "X of" ("Residents of Maarat al-Numan") when
 * X is no name an entry spells. */
export function arabicCompound(tokens: Token[], run: Run, gaz: NameIndex): number {
  const from = run.from + 2 <= run.to && tokens[run.from + 1].lower === 'of' ? run.from + 2 : run.from;
  if (!compoundFrom(tokens, { from, to: run.to })) return -1;
  return from > run.from && gaz.hasExact(tokens[run.from].lower) ? -1 : from;
}

function compoundFrom(tokens: Token[], run: Run): boolean {
  if (run.to - run.from > 3 || run.to === run.from) return false;
  // The article is inside the name, not its first word ("al-Bab" alone is no compound); most runs have none.
  let article = false;
  for (let k = run.from + 2; k <= run.to && !article; k++) article = articleBefore(tokens, k);
  if (!article) return false;
  const lex = lexicon();
  for (let k = run.from; k <= run.to; k++) {
    const t = tokens[k];
    if (!t.cap) continue;
    // A person's name ("Hikmat al-Hijri", "Sheikh Ahmed al-Tayeb") or an English word is no place name of this shape.
    if (t.allCaps || lex.common.has(t.lower) || lex.firstNames.has(t.lower) || lex.personTitles.has(t.lower))
      return false;
    if (lex.demonyms.has(t.lower) || lex.orgHeads.has(t.lower)) return false;
  }
  return true;
}
