/**
 * Within one article, several sentences often tell the same event: the headline, the lead with its date, a later
 * sentence with the place, references back ("the raid", "the killing in October"). Candidates are grouped when
 * their types agree (or one refers back to the other), their places agree (or one is only the dateline/focus
 * fallback), and their dates overlap (or one is undated). Each group becomes one event.
 */
import { daysBetween, maxDate, minDate, overlaps, precisionOf } from '../dates/calendar.js';
import type { DateResolution } from '../types.js';
import { booleanPointInPolygon } from '@turf/turf';
import { claimSiteGroup } from './claims.js';
import { distanceKm } from './containment.js';
import { refinesRegion } from './region-reference.js';
import { isCountry } from './context.js';
import { type Candidate, type PlaceChoice, VIOLENT, weakPlace } from './model.js';
import { damageOfAttack } from './front-damage.js';
import { sameSideRetold, sameTollRetold, sidesDiffer } from './front-sides.js';
import { retoldAgreement } from './agreement-retold.js';
import { listedApart } from './listed-places.js';
import { protestsJoin } from './protest-join.js';
import { sameSalvo } from './mixed-salvo.js';
import { outsideReportWeek } from './report-week.js';

const PLACE_RANK: Record<PlaceChoice['kind'], number> = {
  attached: 0,
  relative: 1,
  'area-place': 2,
  dateline: 3,
  focus: 4,
};

const RECENT_GROUPS = 30;
/** A trigger that is only a toll word ("those killed"), no weapon or attack of its own. */
const BARE_TOLL = /^(?:killed|dead|died|deaths?)$/i;
const KILL_VERB = /^kill(?:s|ed|ing)?$/i;
/** A caption's place this close to the body's is the same scene told at another precision ("Hodeidah" / "its port"). */
const FRONT_NEAR_KM = 25;
/** How far a reference back ("the strike on X") may lie from the event it names. */
const REFERENCE_NEAR_KM = 10;
const MAX_GROUP = 50;

function samePlace(a: PlaceChoice, b: PlaceChoice): boolean {
  if (a.key === b.key) return true;
  return a.geo_precision === b.geo_precision && a.area === null && b.area === null && distanceKm(a, b) <= 10;
}

/**
 * "a knife attack at a mall in X" … "the knife attack in southern Y": the coarser place (a country, its province, a
 * relative area or region with a polygon) contains the finer one, so both can tell one event.
 */
function encloses(outer: PlaceChoice, inner: PlaceChoice): boolean {
  // A province and a district of it are both precision 3 ("in X province" … "in the Y district").
  const district =
    /^ADM[2-5]$/.test(inner.mention?.place?.featureCode ?? '') && outer.mention?.place?.featureCode === 'ADM1';
  // "in northwest Pakistan" with no geometry of its own stands for the country, which holds any place of it.
  const countryWide = !outer.area && !!outer.mention?.place && isCountry(outer.mention.place);
  const innerCountry = !!inner.mention?.place && isCountry(inner.mention.place);
  const coarser =
    outer.geo_precision > inner.geo_precision ||
    (district && outer.geo_precision === inner.geo_precision) ||
    (countryWide && !innerCountry);
  if (!coarser || !outer.countryCode || outer.countryCode !== inner.countryCode) return false;
  if (outer.area) return booleanPointInPolygon([inner.lon, inner.lat], outer.area);
  const p = outer.mention?.place;
  if (p && isCountry(p)) return true;
  // Compare like with like: the gazetteer's admin1 codes when both have them, else the admin1 names.
  const code = inner.mention?.place?.admin1;
  const same = code ? p?.admin1 === code : !!outer.admin1 && outer.admin1 === inner.admin1;
  return !!p && p.featureCode === 'ADM1' && !!p.admin1 && same;
}

/** The same place, or, for two reports of one event type, one place inside the other. */
function placeFits(a: Candidate, b: Candidate, text = ''): boolean {
  // Two nearby towns, each named with its own toll ("12 killed in X", "eight killed in Y"), are two events.
  const ownTolls = a.fatalities > 0 && b.fatalities > 0 && a.fatalities !== b.fatalities && a.place.key !== b.place.key;
  if (listedApart(a, b, text)) return false;
  if (retoldAgreement(a, b, text) || retoldAgreement(b, a, text)) return true; // "The agreement was signed in Y" (agreement-retold.ts)
  if (samePlace(a.place, b.place) && !ownTolls) return true;
  // "a raid on X … the raid near Y": a reference back placed only near a town a few km from the event's place.
  const nearRef = (r: Candidate, o: Candidate) =>
    r.anaphoric && r.place.geo_precision === 2 && !r.place.area && !o.place.area && distanceKm(r.place, o.place) <= 10;
  if ((nearRef(a, b) || nearRef(b, a)) && !ownTolls) return true;
  // "an attack east of Palmyra … The attack took place near Palmyra": a reference at the relative area's town.
  const atAnchor = (r: Candidate, o: Candidate) =>
    r.anaphoric &&
    o.place.kind === 'relative' &&
    !!r.place.mention?.place &&
    r.place.mention.place.geonameid === o.place.mention?.place?.geonameid;
  if ((atAnchor(a, b) || atAnchor(b, a)) && !ownTolls) return true;
  // A reference back ("The attack took place near X") may also refine a coarser place of the event it names.
  const sameType =
    (a.event_type === b.event_type && a.sub_event_type === b.sub_event_type) || a.anaphoric || b.anaphoric;
  // "27 killed across the Gaza Strip" … "a strike in X killed nine": a summary and one of its parts, two tolls.
  // A reference back ("The attack in X began …") may carry another count of the same event (the attackers killed).
  const tolls = a.fatalities > 0 && b.fatalities > 0 && a.fatalities !== b.fatalities && !a.anaphoric && !b.anaphoric;
  if (!sameType || tolls || a.sentenceIndex === b.sentenceIndex) return false;
  if (encloses(a.place, b.place) || encloses(b.place, a.place)) return true;
  if (refinesRegion(a, b) || refinesRegion(b, a)) return true;
  // "…in Beirut's southern suburbs" then "in the strike on the Haret Hreik neighborhood": a reference back naming a
  // place next to the event's is that event, told more precisely.
  return (a.anaphoric || b.anaphoric) && distanceKm(a.place, b.place) <= REFERENCE_NEAR_KM;
}

function compatible(group: Candidate[], c: Candidate, text = ''): boolean {
  // "The attack began late Wednesday when armed men stormed …" is told of the attack before (`follows`,
  // reference-lead.ts), whatever its own type, and dates it better than the report's day ("officials said on Friday").
  const told = VIOLENT.has(c.event_type) && group.some((g) => g.order === c.follows && VIOLENT.has(g.event_type));
  // A reference back ("the raid") may join an event of another type told in another sentence; within one sentence
  // two clauses with their own triggers ("the massacre by warplanes in X and clashes in Y") are two events.
  const typeOk =
    told ||
    group.some(
      (g) =>
        (g.event_type === c.event_type && g.sub_event_type === c.sub_event_type) ||
        protestsJoin(g, c) ||
        sameTollRetold(g, c) ||
        sameSalvo(g, c, text) ||
        ((c.anaphoric || g.anaphoric) && g.head === c.head) ||
        // Only the reference itself crosses types ("the attack" after an air strike): a group holding a reference
        // does not take in a new event of another type ("the strikes …" then "fighters clashed near Y").
        // "The fighting began on July 13" names battles: it is no reference to an air strike told next.
        (c.anaphoric &&
          VIOLENT.has(g.event_type) &&
          VIOLENT.has(c.event_type) &&
          g.sentenceIndex !== c.sentenceIndex &&
          (c.head !== 'clash' || g.event_type === c.event_type)),
    );
  if (!typeOk) return false;
  const placed = group.filter((g) => !weakPlace(g.place));
  if (!weakPlace(c.place) && placed.some((g) => !placeFits(g, c, text))) return false;
  const dated = group.filter((g) => g.dated);
  const apart = dated.some((g) => !overlaps(g.date.date_start, g.date.date_end, c.date.date_start, c.date.date_end));
  if (c.dated && apart && !told) return false;
  // An undated report with its own place happened in the report week: a new (not referring) report dated outside it
  // ("…killed a commander in X last week" after "another strike hit X") is another event (report-week.ts).
  if (outsideReportWeek(group, c)) return false;
  return true;
}

/**
 * A caption or highlight telling an event of the body: same event type, and for violence any sub-type (a caption's
 * "missile strike" may be the body's shelling), for the rest the same sub-type; a body with no place of its own, or
 * a place that is the body's, lies near it, holds it or lies in it; dates that overlap unless it has none (an
 * undated body report by its report week).
 */
function frontFits(group: Candidate[], c: Candidate, anyPlace = false): boolean {
  const body = group.filter((g) => !g.front);
  // "Medics say most of those killed were in X and Y": a toll with no trigger or attacker of its own is any violence.
  const bareToll = !c.actor1 && VIOLENT.has(c.event_type) && BARE_TOLL.test(c.trigger);
  // "Israeli fire kills two in Rafah" over "troops shot dead two …": a headline's bare killing by the body's attacker.
  const sameKiller = (g: Candidate) =>
    !!c.actor1 && c.actor1 === g.actor1 && VIOLENT.has(c.event_type) && KILL_VERB.test(c.trigger);
  // "Settlers torched homes in X" over "settlers stormed X, setting fire to homes": the same raiders' burning at the
  // body's own place is the body's attack told by its damage (front-damage.ts).
  const sameKind = (g: Candidate) =>
    damageOfAttack(g, c) ||
    (bareToll && VIOLENT.has(g.event_type)) ||
    // "… said their fighters carried out the attack in X": a front's reference back is any violence of the body.
    (c.anaphoric && VIOLENT.has(c.event_type) && VIOLENT.has(g.event_type)) ||
    (sameKiller(g) && VIOLENT.has(g.event_type)) ||
    protestsJoin(g, c) ||
    (g.event_type === c.event_type && (VIOLENT.has(c.event_type) || g.sub_event_type === c.sub_event_type));
  if (!body.some(sameKind) || sidesDiffer(group, c)) return false;
  const placed = body.filter((g) => !weakPlace(g.place));
  const placeOk =
    anyPlace ||
    weakPlace(c.place) ||
    placed.length === 0 ||
    placed.some(
      (g) =>
        samePlace(g.place, c.place) ||
        distanceKm(g.place, c.place) <= FRONT_NEAR_KM ||
        encloses(g.place, c.place) ||
        encloses(c.place, g.place),
    );
  // An undated body report happened in the report week: a caption dated outside it ("despite a November 2024
  // ceasefire") tells something else and would impose its date on the body's event.
  const dateOk =
    !c.dated || body.some((g) => overlaps(g.date.date_start, g.date.date_end, c.date.date_start, c.date.date_end));
  return placeOk && dateOk;
}

const sameScene = (group: Candidate[], c: Candidate): boolean =>
  // A town's scene: a caption's "in south Lebanon" is no scene of its own (its point may lie near any town there).
  !weakPlace(c.place) &&
  c.place.geo_precision < 3 &&
  group.some(
    (g) =>
      !g.front && !weakPlace(g.place) && (samePlace(g.place, c.place) || distanceKm(g.place, c.place) <= FRONT_NEAR_KM),
  );

/**
 * Group candidates (in text order) into events. Candidates from a capture's caption and highlights join the body's
 * event they repeat (the first that fits), so the body's place, date and sentence lead; else they stand alone.
 */
export function groupCandidates(cands: Candidate[], text = ''): Candidate[][] {
  const groups: Candidate[][] = [];
  const pending: Candidate[] = [];
  const fronts = cands.filter((c) => c.front);
  for (const c of cands) {
    if (c.front) continue;
    // The nearest earlier group that fits; strong candidates with their own place start new groups otherwise.
    // Bounded work on run-on input: only the last RECENT_GROUPS groups, and only groups below MAX_GROUP candidates,
    // are candidates for merging (real articles tell one event in a handful of sentences).
    const recent = groups.slice(-RECENT_GROUPS).reverse();
    const fits = (g: Candidate[]) => g.length < MAX_GROUP && compatible(g, c, text);
    // "the raid" refers to the raid told before, not to a nearer drone strike without a place of its own.
    const explicit = !weakPlace(c.place);
    const target =
      (explicit ? undefined : claimSiteGroup(recent.filter(fits), c, text)) ??
      (c.anaphoric ? recent.find((g) => g.some((x) => !x.anaphoric && x.head === c.head) && fits(g)) : undefined) ??
      recent.find(fits);
    if (
      target &&
      (c.anaphoric || !explicit || target.every((g) => weakPlace(g.place)) || target.some((g) => placeFits(g, c, text)))
    ) {
      target.push(c);
    } else if (c.anaphoric && !target) pending.push(c);
    else groups.push([c]);
  }
  // References before their event (headline bullets): attach to the first later group that fits.
  for (const c of pending) {
    const target = groups.slice(0, RECENT_GROUPS).find((g) => g.length < MAX_GROUP && compatible(g, c, text));
    if (target) target.push(c);
    else groups.push([c]);
  }
  const bodyGroups = groups.slice(0, RECENT_GROUPS);
  for (const c of fronts) {
    // The body's report of the same scene before a summary that only encloses it ("Drone strike hit a car near X"
    // joins "a drone struck a car between X and Y", not "strikes killed three in the south").
    // A sub-heading retells the paragraphs under it, whatever place it names ("Strikes hit X province" over a strike
    // on one of its villages): with no fit by place, the first body event of its kind after it, else before it; only
    // an event placed by its own words, so that a heading never lends its place to a claim told with none.
    const heading = c.front === 'heading';
    const placed = (g: Candidate[]) => g.some((x) => !x.front && !weakPlace(x.place));
    const fits = bodyGroups.filter((g) => g.length < MAX_GROUP && (!heading || placed(g)) && frontFits(g, c));
    const retold =
      heading && !fits.length
        ? bodyGroups.filter((g) => g.length < MAX_GROUP && placed(g) && frontFits(g, c, true))
        : [];
    const target =
      fits.find((g) => sameScene(g, c)) ??
      fits[0] ??
      retold.find((g) => g.some((x) => x.order > c.order)) ??
      retold[0] ??
      (heading ? null : sameSideRetold(bodyGroups, c));
    if (target) target.push(c);
    else groups.push([c]);
  }
  for (const g of groups) g.sort((a, b) => a.order - b.order);
  return groups.sort((a, b) => a[0].order - b[0].order);
}

/**
 * The best place of a group: explicit over fallback, the body's over a caption's (a photo of one town does not place
 * the body's "strikes across the south"), then the finest kind and precision, then the earliest; then a place it
 * encloses.
 */
export function bestPlace(group: Candidate[]): Candidate {
  const best = [...group].sort(
    (a, b) =>
      Number(weakPlace(a.place)) - Number(weakPlace(b.place)) ||
      Number(!!a.front) - Number(!!b.front) ||
      PLACE_RANK[a.place.kind] - PLACE_RANK[b.place.kind] ||
      a.place.geo_precision - b.place.geo_precision ||
      a.order - b.order,
  )[0];
  // "in X province" … "in the Y district": the district the province encloses is the finer place.
  // Not a caption's town: a photo from one town does not say the body's regional toll fell there.
  // A reference back naming where in the event's region it happened (refinesRegion) is finer too.
  const finer = (g: Candidate) => encloses(best.place, g.place) || refinesRegion(g, best);
  return group.find((g) => g !== best && !g.front && !weakPlace(g.place) && finer(g)) ?? best;
}

/** Combine the dates of a group: the narrowest phrase that the others contain, else the union. */
export function combineDates(group: Candidate[]): { date: DateResolution; dated: boolean } {
  const dated = group.filter((g) => g.dated);
  // No report dates the event itself: a statement's day ("the army said on Tuesday …") is nearer than a highlight's
  // bare report week (docs/taxonomy.md, "Thirteenth review").
  if (dated.length === 0)
    return { date: group.reduce((a, b) => (spanDays(b.date) < spanDays(a.date) ? b : a)).date, dated: false };
  let cur = dated[0].date;
  for (const g of dated.slice(1)) {
    const d = g.date;
    const inside = d.date_start >= cur.date_start && d.date_end <= cur.date_end;
    const outside = d.date_start <= cur.date_start && d.date_end >= cur.date_end;
    if (inside) cur = d;
    else if (!outside) {
      const start = minDate(d.date_start, cur.date_start);
      const end = maxDate(d.date_end, cur.date_end);
      cur = {
        date_start: start,
        date_end: end,
        time_precision: precisionOf(start, end),
        phrase: `${cur.phrase}; ${d.phrase}`,
      };
    }
  }
  return { date: cur, dated: true };
}

export const spanDays = (d: DateResolution): number => daysBetween(d.date_start, d.date_end);
