/** The words around a place that say whether a clause's event happened there (read by where.ts). */

/** "…, Qatari mediators said in Doha": where the speaker spoke, not where the event happened. */
export const SPEECH_PLACE =
  /\b(?:said|says|told\s+(?:[\w-]+\s+){0,2}?|announced|stated|added|claimed|confirmed)\s+(?:on\s+\w+\s+|late\s+on\s+\w+\s+)?(?:in|at|from)\s+(?:the\s+)?$/i;

/** "… in response to missile attacks on Israel": the cause told after the event is another event's place. */
export const CAUSE_BEFORE =
  /\b(?:in\s+(?:response|reply)\s+to|in\s+retaliation\s+(?:for|against)|to\s+avenge|as\s+revenge\s+for)\b/i;

/** "fired a missile at X in support of Palestinians in Gaza": the people a violent act claims to back, and their
 * place, are its cause, not where it happened (docs/taxonomy.md, "Thirteenth review"). */
/** "struck Houthi targets to degrade the group's ability to threaten shipping in the Red Sea": the places of a
 * purpose clause after the act are what it aims to protect or stop, not where it happened. */
export const PURPOSE_BEFORE =
  /\b(?:in\s+order\s+|so\s+as\s+)?to\s+(?:degrade|deter|prevent|stop|curb|disrupt|weaken|limit|reduce|counter|protect)\b[^.;]*$/i;

/** "…killed two in a raid on X, as a fragile ceasefire in Gaza came under strain": a circumstance told in an "as"
 * clause about talks, a truce or a crisis is a backdrop, and its place no place of the event. */
export const BACKDROP_BEFORE =
  /,\s+(?:as|while|amid)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:ceasefire|truce|talks|negotiations|crisis|tensions|standoff|dispute|diplomacy|efforts?|pressure|fears|concerns)\s+(?:in|over|for|on)\s+(?:the\s+)?$/i;

/** "…shelled El Obeid, weeks after the group seized El Fasher": a place of an earlier event told only to date this
 * one is no antecedent of a later "the city" (implicit-places.ts; nor a place of the event, relative-scope.ts). "It
 * comes a week after 44 were killed in X" tells that earlier event itself. */
export const EARLIER_EVENT_BEFORE =
  /(?<!\b(?:comes?|came|coming))\s(?:(?:hours|days|weeks|months|years)|a\s+(?:day|week|month|year))\s+(?:after|since)\s[^.;:,]{0,80}$|,\s+since\s[^.;:,]{0,80}$/i;

export const SUPPORT_CAUSE =
  /\bin\s+(?:support|solidarity)\s+(?:of|with)\s+(?:the\s+)?(?:people|population|residents|civilians|allies|ally|brothers|[A-Z][a-z]+(?:ians|ans|is|ese))\s+(?:of|in)\s+(?:the\s+)?$/;

export const ROAD_BETWEEN =
  /\b(?:road|highway|motorway|route)\s+(?:between|linking|connecting)\s+(?:the\s+)?(?:(?:towns?|cities|villages?)\s+of\s+)?$/i;

/** A protest's cause, not its place: "a rally in support of the people of X", "a vigil for the victims of X". */
export const PROTEST_CAUSE =
  /\b(?:in\s+(?:support|solidarity|memory|honou?r|defen[cs]e)\s+(?:of|with)|(?:for|with)\s+the\s+(?:people|victims|residents|children|civilians|refugees)\s+of|to\s+(?:commemorate|mourn|remember|mark)|on\s+behalf\s+of)\b/i;

/** "a London rally", "Saturday's Calgary march": the place naming the protest is where it was held. */
export const PROTEST_NOUN_AFTER =
  /^\s+(?:[a-z][\w-]*\s+)?(?:rall(?:y|ies)|protests?|march(?:es)?|vigils?|demonstrations?|sit-ins?)\b/;

/** "the Kirkuk attack", "Tuesday's Hodeidah strikes": the place naming a violent event, when no other is attached. */
export const ATTACK_NOUN_AFTER =
  /^\s+(?:[a-z][\w-]*\s+)?(?:attacks?|bombings?|blasts?|strikes?|raids?|ambush(?:es)?|massacres?|shootings?|clashes)\b/;

export const DETERMINER_BEFORE = /(?:^|\b(?:a|an|the|this|that|its|their)|['’]s)\s+$/i;

/** "protested in Tel Aviv to demand the release of hostages held in Gaza": after a venue, the demand is no place. */
export const PROTEST_DEMAND =
  /\b(?:to\s+(?:demand|call\s+for|press\s+for|urge|seek)|demanding|calling\s+for|over\s+the)\b/i;

/** "the village of X near Y", "X, near Y", "the X refugee camp near the southern city of Y": Y only locates X (a reference point, not a
 * second event place). */
export const NEAR_REFERENCE =
  /^\s*(?:\s(?:[\w'’-]+\s+){0,2}?(?:refugee\s+camp|camp|town|village|city|district|neighbou?rhood|suburb|base|airport|port|area))?\s*,?\s+(?:near|outside|close\s+to)\s+(?:the\s+)?(?:(?:[a-z][\w'’-]*\s+){0,2}?(?:city|town)\s+of\s+)?$/i;

/** "X district between Y and Z", "the X field, between Y and Z": Y and Z only say where X lies. */
export const BETWEEN_REFERENCE =
  /^\s*(?:(?:district|province|governorate|region|area|town|village|city|camp|field|base)\s+)?,?\s*between\s+(?:the\s+)?(?:(?:towns?|cities)\s+of\s+)?$/i;

/** "In Gaza, …" opening a clause. */
export const OPENING_SETTING = /^\s*(?:[A-Z][A-Za-z]+\s+)?in\s+(?:the\s+)?$/i;

/** "in the Kharkiv and Kherson regions": the names before a plural unit word are regions. */
/** "in Macomia district", "in Lubero territory": a town's name for the unit around it, coded at the town (ACLED),
 * precision 2 (part of a region), not 1. */
export const DISTRICT_AFTER =
  /^\s+(?:districts?|territor(?:y|ies)|municipalit(?:y|ies)|tehsils?|talukas?|sub-districts?|local\s+government\s+areas?)\b/i;
export const REGION_AFTER =
  /^(?:\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+(?:regions?|provinces?|oblasts?|governorates?)\b/;
/** "Fighting spread across three provinces this week, with clashes in X, Y and Z": a summary naming provinces. */
export const ACROSS_REGIONS =
  /\b(?:across|in)\s+(?:(?:at\s+least|more\s+than)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+)\s+(?:provinces|regions|states|governorates|oblasts)\b/i;

/** "Duhok province in northern Iraq": the province is the finer place of the country's part. */
export const PROVINCE_IN_PART =
  /^(?:\s+(?:province|governorate|state|region|oblast))?,?\s+in\s+(?:the\s+)?(?:far\s+)?(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+$/i;
