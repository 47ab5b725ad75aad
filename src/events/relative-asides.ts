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

/**
 * "handed over two neighbourhoods … under an agreement signed in April", "withdrew in line with a deal reached in
 * February": the framework an act follows, with the day the framework was made, not the act's.
 */
const FRAMEWORK =
  /(?:,\s+|\s)(?:under|in\s+line\s+with|as\s+part\s+of|in\s+accordance\s+with|pursuant\s+to|according\s+to)\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:agreement|deal|accord|ceasefire|truce|plan|arrangement|understanding|memorandum)\s+(?:that\s+)?(?:was\s+)?(?:signed|reached|agreed|struck|brokered|concluded|announced|sealed)\b[^,;.]*/gi;

/** `text` with the relative asides that start at or after `from` blanked by spaces. */
export const blankRelativeAsides = (text: string, from: number): string =>
  text
    .replace(ASIDE, (m, at: number) => (at < from ? m : ' '.repeat(m.length)))
    .replace(CONCESSION, (m, at: number) => (at < from ? m : ' '.repeat(m.length)))
    .replace(FRAMEWORK, (m, at: number) => (at < from ? m : ' '.repeat(m.length)));
