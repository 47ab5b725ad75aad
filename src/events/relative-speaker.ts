/**
 * "The SDF, which controls much of the north-east, said its forces raided …": a relative clause set off between the
 * speaker and "said" splits the sentence, so the clause of the act opens on "said it / its forces"; the speaker named
 * before the relative clause is the subject of the act it reports (as "The SDF said its forces raided …" is).
 */
import { findActors } from './actors.js';

const SPEAKER_OPEN =
  /^\s*(?:said|says|claimed|claims|announced|confirmed|stated)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they|(?:its|their)\s+(?:forces|troops|soldiers|fighters|units|members|jets|aircraft|warplanes|drones))\b/i;
const RELATIVE_TAIL = /,\s+(?:which|who)\s[^,;.]*,\s*$/i;

/** The speaker named right before a relative clause that ends `before`, when `clause` opens on its "said it/its …". */
export function relativeSpeaker(before: string, clause: string): string | null {
  if (!SPEAKER_OPEN.test(clause)) return null;
  // The speaker and its relative clause lie within the last words before the clause.
  const near = before.slice(-200);
  const tail = RELATIVE_TAIL.exec(near);
  if (!tail) return null;
  return actorEnding(near.slice(0, tail.index));
}

/** The named actor that ends `text` (only spaces, or a comma with `comma`, after it), or null. */
export function actorEnding(text: string, iso2 = '', comma = false): string | null {
  const tail = comma ? /^[\s,]*$/ : /^\s*$/;
  const hit = findActors(text, iso2)
    .filter((h) => !h.generic && tail.test(text.slice(h.index + h.length)))
    .pop();
  return hit?.name ?? null;
}
