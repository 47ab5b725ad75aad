/**
 * "A missile strike on X killed 19 people, including three children, and wounded 66 early on Wednesday": the clause
 * break at ", and" leaves the day in a second predicate of the same subject. A toll verb right after ", and" has no
 * subject of its own, so its words belong to the first clause's event and date it (a later clause with its own
 * subject, "…, and troops shelled Y on Monday", dates only its own event).
 */
const SHARED_TOLL_PREDICATE =
  /^\s*,?\s*and\s+(?:also\s+|later\s+)?(?:wounded|injured|killed|hurt|left|maimed|displaced|destroyed|damaged)\b/i;

/** The end of the text that dates a clause: past a following toll predicate of the same subject, if one follows. */
export function sharedPredicateEnd(text: string, clauseEnd: number, sentenceEnd: number): number {
  if (!SHARED_TOLL_PREDICATE.test(text.slice(clauseEnd, Math.min(sentenceEnd, clauseEnd + 40)))) return clauseEnd;
  // Up to the next strong break inside the sentence (a new clause of its own), else the sentence's end.
  const rest = text.slice(clauseEnd + 1, sentenceEnd);
  const stop = /;|,\s+(?:and|but|while|whereas|although|though|before)\s/.exec(rest);
  return stop ? clauseEnd + 1 + stop.index : sentenceEnd;
}
