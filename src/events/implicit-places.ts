/**
 * Places a clause does not name itself (issue #5): an anaphoric place ("repelled an assault on the city's southern
 * outskirts", "a ceasefire was announced in the town", "demolished houses in the area") is the most recent usable
 * place of that kind named before it in the last few sentences; an agreement named only with the place where it was
 * announced ("…, mediators said in Doha") is coded there, as ACLED codes agreements at the place of signing or
 * announcement, with precision 2 (the announcement's place, not a site of the events agreed on).
 */
import type { ResolvedMention, ScoredCandidate } from '../types.js';
import { capitalPlace } from './capital-place.js';
import { capitalOf, choiceFor, isCountry, mentionsIn, precisionFor } from './context.js';
import { exclusionReason } from './exclusion.js';
import { EARLIER_EVENT_BEFORE } from './where-words.js';
import type { ArticleContext, PlaceChoice } from './model.js';
import type { Span } from './sentences.js';

/** "the city", "the town's", "that village", "the area"; the noun decides which kind of place it can stand for. */
// "searched nearby villages", "in the surrounding area": around the place told before (noun "area").
const ANAPHOR =
  /\b(?:the|that|this)\s+(city|town|village|camp|neighbou?rhood|area|province|district|port|harbou?r|market|prison|base)(?:['’]s)?(?![\w-])(?!\s+(?:of|called|named)\b)|\b(?:nearby|surrounding)\s+(?:villages|towns|areas|area|countryside|hamlets)\b/i;
/** "clashes there", "fighting continued there": not the existential "there were". */
const THERE = /\bthere\b(?!\s+(?:is|are|was|were|have|has|had|will|would|could|may|might|seems?|appears?)\b)(?!['’]s)/i;
/** Words that make the anaphoric place an approximate one: the outskirts, the countryside, near, north of it. */
const NEAR_ANAPHOR =
  /\b(?:near|nearby|surrounding|outside|around|close\s+to|outskirts|countryside|suburbs?|vicinity|environs|edge|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)\b/i;

const POINT_NOUNS = new Set(['city', 'town', 'village', 'camp', 'neighborhood', 'neighbourhood']);
/** "Looting was reported at the port", "regained control of the base": a site of the town named before. */
const SITE_NOUNS = new Set(['port', 'harbour', 'harbor', 'market', 'prison', 'base']);

/**
 * The place a mention can stand for when the text calls it "the <noun>" (or "there": `noun` empty), or null. With
 * `direct`, only the mention's own place: a town for "the town", "the area", "there" (a province's capital comes only
 * when no town was named: "in the town of Saraqeb in Idlib province … the eastern edge of the town" is Saraqeb).
 */
function fits(m: ResolvedMention, noun: string, direct: boolean): ScoredCandidate | null {
  const p = m.place;
  if (!p || isCountry(p)) return null;
  const admin = p.featureClass === 'A';
  if (noun === 'province' || noun === 'district') return admin ? p : null;
  if (SITE_NOUNS.has(noun)) return p.featureClass === 'P' ? p : null;
  if (direct) return p.featureClass === 'P' && p.kind === 'point' ? p : null;
  if (POINT_NOUNS.has(noun)) {
    // "in Sweida province … the city": a province named like its capital stands for the capital.
    return admin && noun !== 'camp' ? capitalOf(m) : null;
  }
  return p.kind === 'point' || admin ? p : null;
}

/** "…, north of (the capital) X", "20 km east of X": X is named to locate the place before it. */
const LANDMARK_BEFORE =
  /,\s*(?:[\d.]+\s*(?:km|kilometers|kilometres|miles)\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$/i;

/** The gap between a town and an area written to locate it: "Tafas in the western ", "Tafas, in the ". */
const LOCATES_PREVIOUS = /^\s*,?\s*in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;

function isLandmark(text: string, m: ResolvedMention): boolean {
  const head = text.slice(Math.max(0, m.start - 100), m.start);
  return LANDMARK_BEFORE.test(head.slice(-60)) || EARLIER_EVENT_BEFORE.test(head.slice(-120));
}

const SETTLEMENT_NAME = /\b(?:town|village|city|camp|hamlet)\s+of\s+([A-Z][\w'’-]+)/g;
/** "Abu Shouk camp", "the Zamzam displacement camp": a camp named before its noun. */
const NAMED_CAMP = /\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:(?:refugee|displacement|IDP)\s+)?camp\b/g;

/** Where the last "the town of X" (or, for "the camp", "X camp") between `from` and `at` names a place no mention
 * resolved, or -1. A camp is no antecedent of "the city": "shelled the Abu Shouk camp north of the city". */
function lastUnknownSettlement(
  text: string,
  all: readonly ResolvedMention[],
  from: number,
  at: number,
  noun: string,
): number {
  let last = -1;
  const patterns = [[SETTLEMENT_NAME, true] as const, ...(noun === 'camp' ? [[NAMED_CAMP, false] as const] : [])];
  for (const [re, after] of patterns) {
    re.lastIndex = from;
    for (let m = re.exec(text); m && m.index < at; m = re.exec(text)) {
      const name = after ? m.index + m[0].length - m[1].length : m.index;
      if (!all.some((o) => o.start === name && o.place) && name > last) last = name;
    }
  }
  return last;
}

/** How far back an antecedent may lie: this sentence and the `BACK` sentences before it. */
export const BACK = 3;

/**
 * The anaphoric place of `clause`, or null: the latest mention before it (from `from`, the start of the sentence
 * BACK sentences earlier) that is a usable event place and fits the noun. With `stray`, places read abroad
 * (stray-places.ts) are antecedents too.
 */
export function anaphoricPlace(ctx: ArticleContext, clause: Span, from: number, stray = false): PlaceChoice | null {
  const a = ANAPHOR.exec(clause.text);
  const there = a ? null : THERE.exec(clause.text);
  // "clashed with gangs in the capital": the article's national capital (capital-place.ts).
  if (!a && !(there && there.index > 0)) return capitalPlace(ctx, clause);
  const noun = a ? (a[1] ?? 'area').toLowerCase() : '';
  const at = clause.start + (a ?? there)!.index;
  const all = stray ? (ctx.withStray ?? ctx.mentions) : ctx.mentions;
  const before = mentionsIn(all, from, at).filter(
    (m) => m.role === 'place' && m !== ctx.dateline && !exclusionReason(ctx.text, m, ctx.datelineSpan),
  );
  // "captured the town of Kamanyola … entered the town": a settlement the gazetteer lacks is the antecedent, and an
  // older place named before it is not; nor for "the market", a site of that settlement (twentieth pass).
  // "retook the town of Moqokori in Hiraan region … withdrawn from the area": "the area" is around that town too.
  const settled = POINT_NOUNS.has(noun) || SITE_NOUNS.has(noun) || noun === 'area';
  const lacking = settled ? lastUnknownSettlement(ctx.text, all, from, at, noun) : -1;
  // Only areas named since that settlement (its province): "the town" is the settlement, coded in its province.
  const since = before.filter((m) => m.start > lacking);
  if (lacking >= 0 && since.every((m) => m.place && (m.place.featureClass === 'A' || m.place.kind === 'area')))
    return regionOfUnknown(since, a ? a[0] : 'there');
  for (const direct of [true, false]) {
    for (let i = before.length - 1; i >= 0; i--) {
      if (before[i].start < lacking) return null;
      const m = before[i];
      const p = fits(m, noun, direct);
      if (!p) continue;
      // "the town of Cabaret, north of the capital Port-au-Prince": the capital only locates the town.
      if (i > 0 && isLandmark(ctx.text, m) && before.slice(0, i).some((o) => fits(o, noun, direct))) continue;
      // "the town of Tafas in the western Daraa countryside": the area written after the town only locates it.
      if (
        i > 0 &&
        LOCATES_PREVIOUS.test(ctx.text.slice(before[i - 1].end, m.start)) &&
        fits(before[i - 1], noun, direct)
      )
        continue;
      const around = ctx.text.slice(Math.max(clause.start, at - 30), at + (a ?? there)![0].length + 30);
      const near = NEAR_ANAPHOR.test(around);
      const target = p === m.place ? m : { ...m, place: p };
      const what = a ? a[0] : 'there';
      // "The fighting was the heaviest in the area": around the town named, not the town itself.
      const approx = near || (noun === 'area' && p.featureClass === 'P');
      return choiceFor(target, 'attached', precisionFor(p, approx), approx ? 0.9 : 0.95, `"${what}" = ${m.text}`);
    }
  }
  return null;
}

/** "captured the town of Walikale in Congo's North Kivu province … shells fell on a market in the town": the town the
 * gazetteer lacks lies in the province written right after it, coded there at precision 3 (ACLED's rule for a place
 * that cannot be found); null when no province or region follows it. */
function regionOfUnknown(since: ResolvedMention[], what: string): PlaceChoice | null {
  const region = since.find((m) => m.place && !isCountry(m.place));
  if (!region) return null;
  return choiceFor(region, 'attached', 3, 0.8, `${what}: a town the gazetteer lacks, in ${region.text}`);
}

/** "…, Qatari mediators said in Doha", "announced in Cairo": the place where something was said. */
const ANNOUNCED_IN =
  /\b(?:said|says|announced|declared|stated|told\s+(?:reporters|journalists)|unveiled|signed|agreed)\s+(?:(?:on|late\s+on|early\s+on)\s+\w+\s+)?(?:in|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;

/** The place where an agreement was announced, from its sentence, or null. */
export function announcementPlace(ctx: ArticleContext, sentence: Span): PlaceChoice | null {
  for (const m of mentionsIn(ctx.mentions, sentence.start, sentence.end)) {
    if (m.role !== 'place' || !m.place || isCountry(m.place) || m === ctx.dateline) continue;
    if (!ANNOUNCED_IN.test(ctx.text.slice(Math.max(sentence.start, m.start - 60), m.start))) continue;
    const reason = exclusionReason(ctx.text, m, ctx.datelineSpan);
    if (reason && reason !== "speaker's place") continue;
    return choiceFor(m, 'attached', 2, 0.85, `where the agreement was announced (${m.text})`);
  }
  return null;
}
