/**
 * "Rioters torched vehicles in X on Sunday night after a local man died in police custody": the death that set off a
 * riot or protest is its cause, told after "after / following / over"; it is no death of the riot (its toll) and the
 * police who held him are no side of it. ACLED codes the unrest, and a death in custody only when violence is reported
 * (then as its own event, from a report of it). The phrase is blanked (same length: offsets stay), as grievances.ts
 * blanks what a protest decries (docs/taxonomy.md, "Twenty-fourth session: events review").
 */
const CUSTODY_DEATH =
  /\b(?:after|following|over)\s+(?:the\s+death\s+of\s+)?(?:[\w'’-]+\s+){0,5}?(?:died|death|deaths)\s+(?:[\w'’-]+\s+){0,2}?in\s+(?:police\s+|prison\s+|military\s+|army\s+)?(?:custody|detention|a\s+police\s+cell|police\s+cells?)\b/gi;

export const blankCustodyDeaths = (text: string): string => text.replace(CUSTODY_DEATH, (m) => ' '.repeat(m.length));
