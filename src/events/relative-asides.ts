/**
 * "A sniper killed a boy in Taiz, blaming the Houthis, who have besieged parts of the city since 2015": a relative
 * clause set off by a comma after the trigger describes someone else; its date ("since 2015") is theirs, not the
 * event's. The dating of a clause reads the text with such asides blanked (same length, so offsets hold).
 * "where" is left alone: ", where gunmen killed three on Monday" tells where and when the event itself happened.
 */
const ASIDE = /,\s+(?:who|which|whose)\b[^,;.]*/gi;
/**
 * "…killed four, despite the ceasefire that took effect on October 10", "in breach of a truce agreed in November":
 * a concession names something else (the truce), never the event, so its date is the truce's.
 */
const CONCESSION = /(?:,\s+|\s)(?:despite|in\s+(?:spite|violation|breach|defiance)\s+of)\s[^,;.]*/gi;

/** `text` with the relative asides that start at or after `from` blanked by spaces. */
export const blankRelativeAsides = (text: string, from: number): string =>
  text
    .replace(ASIDE, (m, at: number) => (at < from ? m : ' '.repeat(m.length)))
    .replace(CONCESSION, (m, at: number) => (at < from ? m : ' '.repeat(m.length)));
