/**
 * "A drone strike hit a market in Thabeikkyin on Wednesday, killing four." when the gazetteer lacks Thabeikkyin: the
 * event names a place of its own, only one we cannot map. Such an unplaced event is not the event of the next
 * sentence (reference-date.ts dateFromUnplaced gives an unplaced event's day and toll to the placed event told just
 * after it, for "a commander who was killed in an air strike on Saturday … The strike hit a building in X"); here it
 * would give its day and dead to another place's event.
 */

/** A locative and a capitalised name: "in Thabeikkyin", "near the village of Kyun Hla". */
const LOCATIVE_NAME =
  /\b(?:in|at|near|outside)\s+(?:the\s+(?:(?:town|village|city|district|camp|township|area)\s+of\s+)?)?(\p{Lu}[\p{L}'’-]+)/gu;
/** Nationality words ("in Israeli strikes") and months are not place names. */
const NOT_A_NAME =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$|(?:ian|ean|ese|ish|ic|i)$/;

/** True when `clause` names, after a locative, a capitalised word no resolved mention (`known`) covers. */
export function namesUnknownPlace(clause: string, known: Set<string>): boolean {
  for (const m of clause.matchAll(LOCATIVE_NAME)) {
    const name = m[1];
    if (!NOT_A_NAME.test(name) && ![...known].some((k) => k.split(/\s+/).includes(name))) return true;
  }
  return false;
}
