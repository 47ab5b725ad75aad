/**
 * "Gunmen linked to the Sinaloa Cartel killed five people": the taxonomy's reference guard reads "linked to the …"
 * before a trigger as naming another event ("leaders linked to the Paris attacks"), which holds for an event noun
 * but not for a past-tense verb: after "linked / tied / connected / affiliated to (with) <up to four words>" a past
 * verb is the clause's own predicate, and the link describes its subject (docs/taxonomy.md, "Twenty-sixth session:
 * events review").
 */
const LINK_BEFORE =
  /\b(?:linked|tied|connected|affiliated|allied|aligned|loyal)\s+(?:to|with)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}$/i;
/** A finite past verb: "killed", "shot", "set", "opened fire". */
const PAST_VERB =
  /^(?:[a-z]+ed|shot|hit|struck|took|blew|burnt|stole|fought|threw|beat|overran|drove|set|seized|stormed|ambushed)$/i;
/** Nouns in -ed that no subject takes as its verb. */
const NOT_VERB = /^(?:dead|wounded|injured|killed|attacked|armed)$/i;

/** Does the text before the trigger end with a link that describes the subject of a past-tense trigger verb? */
export function linkedSubject(before: string, trigger: string): boolean {
  const first = trigger.split(/\s+/)[0];
  if (!PAST_VERB.test(first) || !LINK_BEFORE.test(before)) return false;
  // "the families of those linked to the killed": an -ed word right after the article is an adjective (a noun phrase).
  return !(/\bthe\s+$/i.test(before) && NOT_VERB.test(first));
}
