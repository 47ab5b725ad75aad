/**
 * "Violent clashes in X, and renewed in Y area", "Shelling hit X, and continued in Y": a conjunct with no subject and
 * no event word of its own, only an aspect verb ("renewed", "continued", "resumed", …) or nothing before a locative,
 * tells the event of the clause before it in one more place; so does a count of more victims ("Eleven militants were
 * killed in X, and six more in Y"). Its places join that clause's (ACLED codes one event per
 * place); a longer clause, or one with a subject or a verb of its own after the place ("and in Y the market reopened"),
 * is left alone.
 */
import { type PlaceChoice, weakPlace } from './model.js';

const ELIDED_EVENT =
  /^\W*and\s+(?:also\s+)?(?:(?:\d{1,3}|[a-z]+)\s+(?:more|others)\s+)?(?:(?:were|was|are|is|has|have|had)\s+(?:been\s+)?)?(?:(?:renewed|resumed|continued|continues|continue|continuing|intensified|escalated|spread|extended|again)\s+)?(?:also\s+)?(?:in|on|near|at|around|outside|inside)\s/i;

/** Words at most in such a conjunct: the cue, a name of a few words, "area" or a day. */
const MAX_WORDS = 9;

/** The lowercase words a place or a day may hold after the cue ("the northern X mountains", "X area on Tuesday");
 * any other ("and in X the market reopened", "and near X residents fled") tells something else. */
const PLACE_WORD =
  /^(?:the|a|of|and|in|on|near|at|around|its|area|areas|region|district|province|governorate|city|town|villages?|countryside|outskirts|suburbs|vicinity|environs|mountains|hills|border|camp|northern|southern|eastern|western|central|north|south|east|west|rural|morning|afternoon|evening|night|overnight|day|too|also|again|later)$/;
/** Only names (a capital somewhere: "al-Bab"), numbers and place or day words after the cue. */
const onlyPlace = (rest: string): boolean =>
  rest.split(/[\s,.;:!?()"'“”‘’]+/).every((w) => !w || /\p{Lu}|\d/u.test(w) || PLACE_WORD.test(w));

/** ", the military's media wing said in a statement": who told it, after the conjunct. */
const SPEAKER_TAIL = /,\s+(?:[\w'’-]+\s+){1,5}?(?:said|says|reported|added|told\s+\w+)\b[^,;]{0,60}$/i;

interface ClausePlaces {
  clause: { text: string };
  cls: unknown;
  places: PlaceChoice[];
}

/** The places (not a dateline or the focus) of the elided conjuncts right after clause `k` (which tells an event), in order. */
export function elidedEventPlaces(clauses: ClausePlaces[], k: number): PlaceChoice[] {
  const out: PlaceChoice[] = [];
  for (let j = k + 1; j < clauses.length; j++) {
    const c = clauses[j];
    const text = c.clause.text.replace(SPEAKER_TAIL, '');
    const cue = ELIDED_EVENT.exec(text);
    if (c.cls || !cue || text.trim().split(/\s+/).length > MAX_WORDS || !onlyPlace(text.slice(cue[0].length))) break;
    out.push(...c.places.filter((p) => !weakPlace(p)));
  }
  return out;
}
