/**
 * Article-wide place context: which mentions are only mentioned (embassies, "-based", "border with", speakers'
 * titles), the dateline ("DUMAYR, Syria:"), and the focus place used when a sentence names no place of its own.
 */
import type { Article, GeoPrecision, Issue, ResolvedMention, ScoredCandidate } from '../types.js';
import { findActors } from './actors.js';
import type { ArticleContext, GeoContext, PlaceChoice } from './model.js';
import { summarize } from './model.js';
import { DETAINEES_TO, FOR_QUESTIONING, HOSPITAL_BEFORE, RETREAT_TO, TAKEN_TO, VISIT_BEFORE } from './destinations.js';
import {
  FACILITY,
  FACILITY_NAME,
  NAMED_SITE,
  PART_OF,
  ROAD_AFTER,
  ROAD_NAME_AFTER,
  ROAD_TO_BEFORE,
} from './site-words.js';
import { strayMentions } from './stray-places.js';

const ORG_BEFORE =
  /\b(?:embassy|embassies|consulate|ambassador|envoy|minister|ministry|president|university|mission|office|delegation|based|representative|correspondent|bureau|headquartered|cent(?:er|r)ed|born|raised|grew\s+up|studied|ally|allies|coalition\s+against|war\s+with|relations\s+with|ties\s+with|talks\s+with)\s+(?:in|to|for|of|at|with)?\s*(?:the\s+)?$|\bcitizens?\s+of\s+(?:the\s+)?$|\b(?:hostages?|captives?|prisoners?|detainees?)\s+(?:(?:still|being|now|who\s+are|who\s+remain)\s+)?(?:held|kept|detained|imprisoned|jailed)\s+(?:in|at)\s+(?:the\s+)?$/i;
/** "protested outside the Defense Ministry in Tel Aviv", "a drone hit the embassy in Kyiv", "strikes on the defense
 * ministry in Damascus": the building is the site of
 * the event, so the place after it is where it happened (not "the US embassy in Beirut said"). */
const SITE_BEFORE =
  /\b(?:outside|near|at|in\s+front\s+of|around|inside|stormed|attacked|struck|hit|targeted|targeting|bombed|shelled|besieged|surrounded|rammed|raided|(?:air\s*)?(?:strikes?|attacks?|raids?|assaults?)\s+(?:on|against))\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}(?:embassy|consulate|ministry|office|mission|university|headquarters|bureau)\s+(?:in|at)\s+(?:the\s+)?$/i;
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
  /(?:\b(?:tourists?|visitors?|travell?ers?|nationals?|citizens?|natives?|immigrants?|migrants?|expatriates?|students?|pilgrims?|wom[ae]n|m[ae]n|girls?|boys?|child(?:ren)?|people|persons?|couples?|famil(?:y|ies)|militias?|militiam[ae]n|fighters?|volunteers?|jihadists?|mercenaries|recruits?|delegations?|delegates|envoys?|mediators?|negotiators|elders|notables|dignitaries|sheikhs|tribesmen|imports?|exports?|shipments?|products?|goods|\d+-year-olds?)|\b\d{1,2}),?\s+(?:(?:who\s+(?:is|was|are|were|had|has)\s+)?(?:visiting|originally|hailing|coming|travell?ing|arriving|imported)\s+)?from\s+(?:the\s+)?(?:neighbou?ring\s+)?$|\b(?:cross(?:ed|es|ing)?|infiltrat(?:e|ed|es|ing)|sneak(?:ed|s|ing)?)\s+(?:(?:into|in)\s+)?from\s+(?:the\s+)?$|\b(?:delivered|shipped|imported|smuggled|brought\s+in|transported|trucked|originat(?:ed|ing)|hail(?:s|ed|ing)|emigrated|immigrated|launched|fired)\s+from\s+(?:the\s+)?$|\bnatives?\s+of\s+(?:the\s+)?$|\b(?:wom[ae]n|m[ae]n|-year-old|residents?),?\s+of\s+$/i;
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
function insideActorName(text: string, m: ResolvedMention): boolean {
  const from = Math.max(0, m.start - 60);
  const window = text.slice(from, m.end + 60);
  return findActors(window).some((h) => !h.generic && from + h.index <= m.start && m.end <= from + h.index + h.length);
}

export const isCountry = (p: ScoredCandidate): boolean => p.featureClass === 'A' && /^PCL/.test(p.featureCode);

/**
 * The mentions lying inside [start, end), from `mentions` sorted by start (as buildContext leaves them): a binary
 * search, so a clause costs its own mentions, not the whole article's.
 */
export function mentionsIn(mentions: ResolvedMention[], start: number, end: number): ResolvedMention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: ResolvedMention[] = [];
  for (let i = lo; i < mentions.length && mentions[i].start < end; i++)
    if (mentions[i].end <= end) out.push(mentions[i]);
  return out;
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
  if ((ORG_BEFORE.test(before) && !SITE_BEFORE.test(before)) || ORG_AFTER.test(after) || ORG_AFTER_CAP.test(after))
    return 'organisation or person context';
  if (BORDER_BEFORE.test(before)) return 'border reference';
  // "elders from Misrata and <Zintan>": the later names of the list share its "from".
  const origin =
    ORIGIN_BEFORE.test(before) || (/ and $|, $/.test(before) && ORIGIN_BEFORE.test(before.replace(LISTED_BEFORE, '')));
  if ((origin && !REMOVAL_BEFORE.test(before)) || ORIGIN_AFTER.test(after)) return 'origin';
  if (ADVANCE_FROM.test(before)) return 'origin of an advance';
  if (RETREAT_TO.test(before)) return 'destination of a withdrawal';
  if (SOURCE_FROM.test(before)) return 'origin of a source';
  if (LONGER_NAME_AFTER.test(after)) return 'part of a longer name';
  if (
    ROAD_NAME_AFTER.test(after) ||
    ROAD_TO_BEFORE.test(before) ||
    (/[A-Z][\w'’]*\s?[-–]$/.test(before) && ROAD_AFTER.test(after))
  )
    return 'names a road';
  if (SAINT_NAME.test(m.text) && INSTITUTION_AFTER.test(text.slice(m.end, m.end + 80))) return 'name of an institution';
  if (VISIT_BEFORE.test(before)) return 'travel destination';
  if (HOSPITAL_BEFORE.test(before)) return 'where the wounded were treated';
  if (DETAINEES_TO.test(before) || (TAKEN_TO.test(before) && FOR_QUESTIONING.test(after)))
    return 'where detainees were taken';
  if (
    SPEAKER_BEFORE.test(before) ||
    (SPEAKER_NOUN_BEFORE.test(before.replace(LISTED_BEFORE, '')) && SPEAKER_AFTER.test(after))
  )
    return "speaker's place";
  if (OTHER_EVENT_BEFORE.test(before) && OTHER_EVENT_AFTER.test(after)) return 'names another event';
  if (APPOSITIVE_BEFORE.test(before)) return 'reference point of another place';
  return null;
}

/** The dateline: a place at the start of a line followed by ", Country:" or "(Agency) –". */
function findDateline(
  text: string,
  mentions: ResolvedMention[],
): { m: ResolvedMention; span: [number, number] } | null {
  for (const m of mentions) {
    if (m.role !== 'place' || !m.place) continue;
    // Only white space between the line start and the name (scanned backwards: a 1 MB line stays cheap).
    let k = m.start - 1;
    while (k >= 0 && text[k] !== '\n' && /\s/.test(text[k])) k--;
    if (k >= 0 && text[k] !== '\n') continue;
    const tail = /^(?:\s*,\s*[^:\n,]{1,40}?)?\s*(?:\([^)\n]{1,30}\))?\s*[:—–-]\s/.exec(text.slice(m.end, m.end + 80));
    if (tail) return { m, span: [m.start, m.end + tail[0].length] };
  }
  return null;
}

export const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/**
 * The town an administrative mention stands for: its capital among the alternatives (same country and admin1,
 * a P-class feature, preferably PPLA/PPLC or the same name). ACLED codes a province-only report at its capital.
 */
export function capitalOf(m: ResolvedMention): ScoredCandidate | null {
  const p = m.place;
  if (p?.featureClass !== 'A' || isCountry(p)) return null;
  const towns = m.alternatives.filter(
    (a) => a.featureClass === 'P' && a.countryCode === p.countryCode && a.admin1 === p.admin1,
  );
  const rank = (a: ScoredCandidate) =>
    (/^PPL(A|C)$/.test(a.featureCode) ? 0 : 2) + (fold(a.name).includes(fold(m.text).slice(0, 4)) ? 0 : 1);
  return towns.sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

/** "Aleppo city", "the city of Aleppo", "neighbourhoods of Aleppo": the town, not the province. */
export function cityContext(text: string, m: ResolvedMention): boolean {
  return (
    /^\s+(?:city|town)\b/i.test(text.slice(m.end, m.end + 8)) ||
    /\b(?:city|town|neighbou?rhoods?|streets|centre|center|districts?)\s+of\s+(?:the\s+)?$/i.test(
      text.slice(Math.max(0, m.start - 30), m.start),
    )
  );
}

export function precisionFor(p: ScoredCandidate, near: boolean): GeoPrecision {
  if (p.kind !== 'point') return 3;
  if (isCountry(p) || p.featureCode === 'ADM1' || p.featureCode === 'RGN') return 3;
  if (p.featureClass === 'A' || p.featureClass === 'T' || p.featureClass === 'L' || p.featureClass === 'H') return 2;
  return near ? 2 : 1;
}

/** A place choice for a mention; `score` multiplies the place's own resolution score when that is in 0..1. */
export function choiceFor(
  m: ResolvedMention,
  kind: PlaceChoice['kind'],
  precision: GeoPrecision,
  score: number,
  note: string,
): PlaceChoice {
  const p = m.place!;
  const own = p.score >= 0 && p.score <= 1 ? Math.max(0.3, p.score) : 1;
  return {
    kind,
    mention: m,
    name: p.name,
    geonameid: p.geonameid,
    countryCode: p.countryCode,
    admin1: p.admin1Name ?? '',
    lon: p.lon,
    lat: p.lat,
    geo_precision: precision,
    area: null,
    score: score * own,
    key: `g:${p.geonameid}`,
    alternatives: m.alternatives
      .filter((a) => a.geonameid !== p.geonameid)
      .slice(0, 5)
      .map(summarize),
    note,
  };
}

/** Validate mentions, find the dateline and the focus place. */
export function buildContext(
  article: Article,
  mentions: ResolvedMention[],
  geo: GeoContext | undefined,
  issues: Issue[],
): ArticleContext {
  const text = article.text;
  const valid: ResolvedMention[] = [];
  for (const m of mentions) {
    if (m.start < 0 || m.end > text.length || m.start >= m.end || text.slice(m.start, m.end) !== m.text) {
      issues.push({
        articleId: article.id,
        start: m.start,
        end: m.end,
        severity: 'warning',
        message: `mention "${m.text}" does not match the article text at its offsets; ignored`,
      });
      continue;
    }
    if (m.role === 'place' && insideActorName(text, m)) continue;
    valid.push(m);
  }
  valid.sort((a, b) => a.start - b.start || a.end - b.end);
  const dl = findDateline(text, valid);
  const datelineSpan = dl?.span ?? null;
  const usable = valid.filter((m) => m.place && !exclusionReason(text, m, datelineSpan));
  const stray = strayMentions(text, usable, valid);
  const counts = new Map<number, { m: ResolvedMention; n: number }>();
  const countries = new Map<string, { m: ResolvedMention | null; n: number; first: number }>();
  for (const m of valid) {
    if (exclusionReason(text, m, datelineSpan) || !m.place || stray.has(m)) continue;
    const key = m.place.geonameid;
    const entry = counts.get(key) ?? { m, n: 0 };
    entry.n++;
    counts.set(key, entry);
    const cc = m.place.countryCode;
    if (cc) {
      const c = countries.get(cc) ?? { m: null, n: 0, first: m.start };
      c.n++;
      if (isCountry(m.place) && !c.m) c.m = m;
      countries.set(cc, c);
    }
  }
  const local = [...counts.values()].filter((e) => !isCountry(e.m.place!) && e.m.place!.kind === 'point' && e.n >= 2);
  local.sort((a, b) => b.n - a.n || a.m.start - b.m.start);
  const topCountry = [...countries.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)[0];
  const focusCountry = local[0]?.m.place?.countryCode ?? topCountry?.[0] ?? dl?.m.place?.countryCode ?? '';
  let focus: PlaceChoice | null = null;
  if (local[0]) focus = choiceFor(local[0].m, 'focus', 2, 0.6, 'article focus (most mentioned place)');
  else if (topCountry?.[1].m) focus = choiceFor(topCountry[1].m, 'focus', 3, 0.5, 'article focus (country)');
  const headline = text.length <= 300 && !/[.!?]\s+[A-Z]/.test(text.trim().slice(0, -1));
  return {
    text,
    published: article.published,
    mentions: valid.filter((m) => !stray.has(m)),
    dateline: dl?.m ?? null,
    datelineSpan,
    focus,
    focusCountry,
    headline,
    geo,
    stray,
    withStray: stray.size > 0 ? valid : null,
  };
}
