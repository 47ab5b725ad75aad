/**
 * Which mentions are only mentioned, never an event's place by themselves: organisations and embassies ("-based", "the
 * X embassy"), "the border with X", speakers' places ("officials in X said"), origins ("a tourist from X"), roads,
 * institutions, travel and detention destinations, other events ("the Paris attacks"), reference points.
 */
import type { ResolvedMention } from '../types.js';
import { findActors } from './actors.js';
import {
  DETAINEES_TO,
  FOR_QUESTIONING,
  HOSPITAL_BEFORE,
  RELEASED_IN,
  RETREAT_TO,
  TAKEN_TO,
  VISIT_BEFORE,
} from './destinations.js';
import {
  FACILITY,
  FACILITY_NAME,
  NAMED_SITE,
  PART_OF,
  ROAD_AFTER,
  ROAD_NAME_AFTER,
  ROAD_TO_BEFORE,
} from './site-words.js';

const ORG_BEFORE =
  /\b(?:embassy|embassies|consulate|ambassador|envoy|minister|ministry|president|university|mission|office|delegation|based|representative|correspondent|bureau|headquartered|cent(?:er|r)ed|born|raised|grew\s+up|studied|ally|allies|coalition\s+against|war\s+with|relations\s+with|ties\s+with|talks\s+with)\s+(?:in|to|for|of|at|with)?\s*(?:the\s+)?$|\bcitizens?\s+of\s+(?:the\s+)?$|\b(?:hostages?|captives?|prisoners?|detainees?)\s+(?:(?:still|being|now|who\s+are|who\s+remain)\s+)?(?:held|kept|detained|imprisoned|jailed)\s+(?:in|at)\s+(?:the\s+)?$/i;
/** "protested outside the Defense Ministry in Tel Aviv", "a drone hit the embassy in Kyiv", "strikes on the defense
 * ministry in Damascus", "villagers torched the local government office in X": the building is the site of
 * the event, so the place after it is where it happened (not "the US embassy in Beirut said"). */
const SITE_BEFORE =
  /\b(?:outside|near|at|in\s+front\s+of|around|inside|stormed|attacked|struck|hit|targeted|targeting|bombed|shelled|besieged|surrounded|rammed|raided|torched|burned|burnt|set\s+fire\s+to|set\s+ablaze|ransacked|looted|vandali[sz]ed|(?:air\s*)?(?:strikes?|attacks?|raids?|assaults?)\s+(?:on|against))\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w.'’-]*\s+|(?:local|district|regional|provincial|municipal|party|government|army|police|ruling|opposition|electoral|tax|customs|immigration)\s+){0,3}(?:embassy|consulate|ministry|office|offices|mission|university|headquarters|bureau)\s+(?:in|at)\s+(?:the\s+)?$/i;
const ORG_AFTER = new RegExp(
  `^(?:-based|-backed|-led|-trained|-aligned|-allied|-affiliated|-funded|-run|['’]s\\s+(?!(?:south|north|east|west|northeast|northwest|southeast|southwest|border)\\b|${PART_OF}|${FACILITY}|(?:north|south|east|west|central|northeast|northwest|southeast|southwest)(?:ern)?\\s+[A-Z]|${NAMED_SITE})[a-z])`,
  'i',
);
const ORG_AFTER_CAP =
  /^['’]s\s+(?:[A-Z][\w-]+\s+)?(?:Ministry|Ministries|Army|Embassy|Government|President|Prime|Foreign|Defen[cs]e|Interior|National|Security|Council|Parliament|Office|Central|Supreme|Armed|Navy|Air|Health|Civil|Red|Justice|Presidential)\b/;
const BORDER_BEFORE = /\b(?:border|borders|frontier)\s+(?:with|of|between)\s+(?:the\s+)?(?:\w+\s+and\s+)?$/i;
/**
 * Where a speaker spoke is not where the event happened: "the ministry said in Moscow", "speaking in Riyadh",
 * "a UN spokesman in New York said", "the central bank in Kyiv said".
 */
const SPEAKER_BEFORE =
  /\b(?:said|says|told\s+(?:reporters|journalists|a\s+news\s+conference)|announced|stated|speaking|spoke|addressing\s+(?:reporters|a\s+news\s+conference))\s+(?:(?:on|late\s+on|early\s+on)\s+\w+\s+)?(?:in|from)\s+(?:the\s+)?$/i;
/** Where a statement was issued: "claimed the attack in a statement from Sanaa", "told a news conference in Kyiv". */
const STATEMENT_FROM =
  /\b(?:statement|message|speech|news\s+conference|press\s+conference|briefing|press\s+release|communiqu[eé])\s+(?:(?:issued|released|posted|published|broadcast|delivered|given|read\s+out|sent|aired)\s+)?(?:(?:on|late\s+on|early\s+on)\s+\w+\s+)?(?:in|from)\s+(?:the\s+)?(?:(?:capital|city|rebel-held\s+capital)\s+(?:of\s+)?)?$/i;
/** "officials in X said", "analysts in X and Y said", "medical sources in the Red Sea city said". */
const SPEAKER_AFTER =
  /^(?:(?:,|\s+and)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*,?\s+(?:(?:on|late\s+on|early\s+on)\s+\w+\s+)?(?:said|says|told|announced|stated|added)\b/;
const SPEAKER_NOUN_BEFORE =
  /\b(?:spokes(?:man|woman|person)|officials?|minist(?:er|ry)|bank|agency|command|military|army|government|office|sources?|statement|monitor|observatory|analysts?|experts?|observers|diplomats?|commentators)\s+(?:in|at)\s+(?:the\s+)?$/i;
/** The places named before this one in the same list ("analysts in Erbil and <Sulaymaniyah> said"). */
const LISTED_BEFORE = /(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:,|\s+and)\s+)+$/;

const APPOSITIVE_BEFORE =
  /,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:town|village|city|district|area|suburb|neighbou?rhood|province|region|hamlet|camp|stronghold|bastion|hub|capital|gateway)\s+(?:\d+\s*(?:km|kilometers|kilometres|miles)\s+)?(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+of|in|near|outside|of|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$/i;

/**
 * A person's or a thing's origin is not where the event happened: "a tourist from X", "a woman visiting from X",
 * "Smith, 22, from X", "militias from X", "elders from X and Y", "imports from X", "meat delivered from X", "a native of X", "an X native",
 * "X-born", "smugglers tried to cross from X" (where they came from, not where they were stopped). Not after a removal or flight verb ("evacuated civilians from X", "residents fled from X").
 */
const ORIGIN_BEFORE =
  /(?:\b(?:tourists?|visitors?|travell?ers?|nationals?|citizens?|natives?|immigrants?|migrants?|expatriates?|students?|pilgrims?|wom[ae]n|m[ae]n|girls?|boys?|child(?:ren)?|people|persons?|couples?|famil(?:y|ies)|militias?|militiam[ae]n|fighters?|volunteers?|jihadists?|mercenaries|recruits?|delegations?|delegates|envoys?|mediators?|negotiators|elders|notables|dignitaries|sheikhs|tribesmen|imports?|exports?|shipments?|supplies|supply|deliveries|electricity|fuel|products?|goods|\d+-year-olds?)|\b\d{1,2}),?\s+(?:(?:who\s+(?:is|was|are|were|had|has)\s+)?(?:visiting|originally|hailing|coming|travell?ing|arriving|imported)\s+)?from\s+(?:the\s+)?(?:neighbou?ring\s+)?$|\b(?:cross(?:ed|es|ing)?|infiltrat(?:e|ed|es|ing)|sneak(?:ed|s|ing)?)\s+(?:(?:into|in)\s+)?from\s+(?:the\s+)?$|\b(?:delivered|shipped|imported|smuggled|brought\s+in|transported|trucked|originat(?:ed|ing)|hail(?:s|ed|ing)|emigrated|immigrated|launched|fired)\s+from\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?$|\bnatives?\s+of\s+(?:the\s+)?$|\b(?:wom[ae]n|m[ae]n|-year-old|residents?),?\s+of\s+$/i;
/** Where a source comes from: "according to activists from X", "witnesses from X said" (even after "abducted"). */
const SOURCE_FROM =
  /\b(?:activists?|witnesses|sources?|officials?|doctors?|medics?|journalists?|reporters?|analysts?|monitors?)\s+from\s+(?:the\s+)?$|\b(?:by\s+(?:tele)?phone|by\s+satellite\s+phone|via\s+(?:video\s+)?link|in\s+a\s+(?:phone\s+)?call)\s+from\s+(?:the\s+)?$/i;
/** "extending a push westward from the capital Khartoum": where an advance started, not where the event is. */
const ADVANCE_FROM =
  /\b(?:push|advance|drive|offensive|march|thrust|counteroffensive|counter-offensive)\s+(?:(?:north|south|east|west)(?:wards?|ern)?\s+|[a-z]+\s+){0,2}from\s+(?:the\s+)?(?:(?:capital|city|town)\s+(?:of\s+)?)?$/i;
const ORIGIN_AFTER = /^(?:-born\b|\s+natives?\b)/i;
const LONGER_NAME_AFTER = /^\s+(?:de|du|des|del|della|di|da|do|dos|das|la|le)\s+[A-Z]/;
const REMOVAL_BEFORE =
  /\b(?:expel\w*|dr(?:ove|ive|iven|iving)\s+(?:out|away)|oust\w*|evict\w*|evacuat\w*|rescu\w*|freed|releas\w*|withdr\w*|pull(?:ed|ing)\s+out|fled|flee\w*|displac\w*|abduct\w*|kidnap\w*|seiz\w*|captur\w*)\b[^.;]*$/i;
/** "Kosti in " / "Kosti, " before a name: the town the name contains, to read what was said of that town. */
const CONTAINED_NAME_BEFORE = /[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*(?:,|\s+in)\s+(?:the\s+)?$/;
/** A saint's name inside a church, school or hospital name ("the Saint George and Saint Elias Church"). */
const SAINT_NAME = /^(?:Saint|St\.?|San|Santa|Sainte|São|Sao)\b/;
const INSTITUTION_AFTER =
  /^(?:\s+(?:and|of|the|[A-Z][\w'’.-]*))*?\s+(?:Church|Cathedral|Chapel|Basilica|Monastery|Abbey|Parish|School|College|Hospital|Academy)\b/;

/** "leaders linked to the Paris attacks", "the plotter of the Brussels bombings": a place naming another event. */
const OTHER_EVENT_BEFORE =
  /\b(?:(?:linked|tied|connected|related)\s+to|behind|masterminded|orchestrated|plotted|planned|responsible\s+for|involved\s+in|suspects?\s+in|suspected\s+(?:in|of)|accused\s+(?:in|of)|convicted\s+(?:in|of|over)|charged\s+(?:in|over|with)|planners?\s+of|plotters?\s+of|anniversary\s+of)\s+(?:the\s+)?(?:\d{4}\s+)?$/i;
const OTHER_EVENT_AFTER =
  /^\s+(?:terror(?:ist)?\s+)?(?:attacks?|attackers?|bombings?|bombers?|massacres?|shootings?|blasts?|killings?|plots?)\b/i;

/** A mention inside a named actor ("Army of Islam", an acronym read as a place) is not a place. */
export function insideActorName(text: string, m: ResolvedMention): boolean {
  const from = Math.max(0, m.start - 60);
  const window = text.slice(from, m.end + 60);
  return findActors(window).some((h) => !h.generic && from + h.index <= m.start && m.end <= from + h.index + h.length);
}

/** Why a mention cannot be an event location by itself, or null when it can. */
export function exclusionReason(
  text: string,
  m: ResolvedMention,
  datelineSpan: [number, number] | null,
): string | null {
  const after = text.slice(m.end, m.end + 30);
  if (m.role !== 'place' && !(m.role === 'in_organisation' && FACILITY_NAME.test(after))) return `role ${m.role}`;
  if (!m.place) return 'no gazetteer match';
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  if (datelineSpan && m.start >= datelineSpan[0] && m.end <= datelineSpan[1] && m.start !== datelineSpan[0])
    return 'dateline context';
  if (
    (ORG_BEFORE.test(before) && !SITE_BEFORE.test(before)) ||
    ORG_AFTER.test(text.slice(m.end, m.end + 90)) ||
    ORG_AFTER_CAP.test(after)
  )
    return 'organisation or person context';
  if (BORDER_BEFORE.test(before)) return 'border reference';
  // "elders from Misrata and <Zintan>": the later names of the list share its "from".
  const origin =
    ORIGIN_BEFORE.test(before) || (/ and $|, $/.test(before) && ORIGIN_BEFORE.test(before.replace(LISTED_BEFORE, '')));
  if ((origin && !REMOVAL_BEFORE.test(before)) || ORIGIN_AFTER.test(after)) return 'origin';
  if (ADVANCE_FROM.test(before)) return 'origin of an advance';
  // "fled toward Kosti in White Nile state": the destination's container is no event place either.
  const destination = (re: RegExp) => re.test(before) || re.test(before.replace(CONTAINED_NAME_BEFORE, ''));
  if (destination(RETREAT_TO)) return 'destination of a withdrawal';
  if (SOURCE_FROM.test(before)) return 'origin of a source';
  if (LONGER_NAME_AFTER.test(after)) return 'part of a longer name';
  if (
    ROAD_NAME_AFTER.test(after) ||
    ROAD_TO_BEFORE.test(before) ||
    (/[A-Z][\w'’]*\s?[-–]$/.test(before) && ROAD_AFTER.test(after))
  )
    return 'names a road';
  if (SAINT_NAME.test(m.text) && INSTITUTION_AFTER.test(text.slice(m.end, m.end + 80))) return 'name of an institution';
  if (destination(VISIT_BEFORE)) return 'travel destination';
  if (HOSPITAL_BEFORE.test(before)) return 'where the wounded were treated';
  if (DETAINEES_TO.test(before) || (TAKEN_TO.test(before) && FOR_QUESTIONING.test(after)) || RELEASED_IN.test(before))
    return 'where detainees were taken';
  if (
    SPEAKER_BEFORE.test(before) ||
    STATEMENT_FROM.test(before) ||
    (SPEAKER_NOUN_BEFORE.test(before.replace(LISTED_BEFORE, '')) && SPEAKER_AFTER.test(after))
  )
    return "speaker's place";
  if (OTHER_EVENT_BEFORE.test(before) && OTHER_EVENT_AFTER.test(after)) return 'names another event';
  if (APPOSITIVE_BEFORE.test(before)) return 'reference point of another place';
  return null;
}
