/**
 * Where a clause's event happened: mentions attached to the clause by a locative cue ("in", "near", "outside",
 * "targeting", "the village of"), coordinated lists ("in X and Y"), minus qualifiers ("Sheikh Maqsood in Aleppo"
 * keeps Sheikh Maqsood; "Lebanon's Naqura" keeps Naqura; whether Y contains X is decided in containment.ts).
 * Relative areas come from areas.ts; which attached places are only containers, from qualifiers.ts.
 */
import { afterDashDateline } from './dash-dateline.js';
import { inPastAside } from './past-aside.js';
import type { ResolvedMention } from '../types.js';
import { areaPlaceChoice, countrysideSector, relativeArea } from './areas.js';
import { nearProvinceTown } from './province-town.js';
import { capitalOf, choiceFor, cityContext, isCountry, mentionsIn, precisionFor } from './context.js';
import { exclusionReason } from './exclusion.js';
import { ROAD_NAME_AFTER } from './site-words.js';
import type { ArticleContext, PlaceChoice } from './model.js';
import type { Span } from './sentences.js';
import { withRelative } from './apposition.js';
import { contains, ownedPart, withinRegionNamedBefore } from './containment.js';
import { type Attached, CONTAINER_GAP, SETTING_GAP, qualifiers } from './qualifiers.js';
import { hasTrigger } from './taxonomy.js';
import { walk, walkPastUnknown } from './cue-walk.js';
import { finerThanCountryside } from './countryside.js';
import { withoutSideNames } from './side-names.js';
import {
  ACROSS_REGIONS,
  ATTACK_NOUN_AFTER,
  BACKDROP_BEFORE,
  CAUSE_BEFORE,
  PURPOSE_BEFORE,
  DETERMINER_BEFORE,
  BETWEEN_REFERENCE,
  NEAR_REFERENCE,
  OPENING_SETTING,
  PROTEST_CAUSE,
  PROTEST_DEMAND,
  PROTEST_NOUN_AFTER,
  REGION_AFTER,
  DISTRICT_AFTER,
  ROAD_BETWEEN,
  SPEECH_PLACE,
  SUPPORT_CAUSE,
  PROVINCE_IN_PART,
} from './where-words.js';

/** "X, Y and Z" — also across a name the gazetteer lacks ("the ports of X, Ras Foo and Z"): a list of places. */
const COORD_GAP =
  /^\s*(?:[Cc]ity|[Tt]own|[Vv]illage|[Pp]rovince|[Cc]ountryside|[Cc]amp)?\s*(?:,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*)*(?:,\s*and|,|and|or)\s+(?:the\s+)?(?:(?:town|village|city|camp)\s+of\s+)?$/;

/** ", the army-aligned government's wartime seat on the Red Sea," — an apposition closed by a comma. */
const APPOSITION_AFTER_SETTING = /^\s*,\s+(?:the|a|an)\s[^,;()]{3,100},/;
const COORD_RELATIVE =
  /(?:\band|,)\s+(?:[\d.]+\s*(?:km|kilometers|kilometres|miles)\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\s+of\s+(?:the\s+)?$/i;
const AROUND_AFTER =
  /^(?:['’]s)?\s+(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+)?(?:countryside|outskirts|suburbs|environs|vicinity|periphery|mountains|hills|area)\b(?!\s+of\b)/i;

/** The attached places inside an apposition right after an opening setting ("In X, the … of Y, …"), which has no
 * event trigger of its own. */
function describedBySetting(text: string, clause: Span, setting: Attached, out: Attached[]): Attached[] {
  if (!OPENING_SETTING.test(text.slice(clause.start, setting.m.start))) return [];
  const rest = text.slice(setting.m.end, clause.end);
  const m = APPOSITION_AFTER_SETTING.exec(rest);
  if (!m || hasTrigger(m[0])) return [];
  const end = setting.m.end + m[0].length;
  return out.filter((o) => o !== setting && o.m.start > setting.m.end && o.m.end <= end);
}

function attachedMentions(ctx: ArticleContext, clause: Span, protest: boolean, stray: boolean): Attached[] {
  const all = stray ? (ctx.withStray ?? ctx.mentions) : ctx.mentions;
  const inClause = mentionsIn(all, clause.start, clause.end).filter((m) => m.place);
  const out: Attached[] = [];
  const modifiers: Attached[] = [];
  for (const [k, mention] of inClause.entries()) {
    const m = ownedPart(ctx.text, inClause[k - 1], mention);
    // "on the Palmyra-Homs road": the road's first end, near, when the clause names no other place (as "the road
    // linking X and Y" is near X).
    const road = ROAD_NAME_AFTER.test(ctx.text.slice(m.end, m.end + 40))
      ? walk(ctx.text.slice(clause.start, m.start))
      : null;
    if (road && road !== 'coord' && !road.relative) modifiers.push({ m, near: true, cue: road.cue, cueNear: true });
    if (ctx.dateline === m || exclusionReason(ctx.text, m, ctx.datelineSpan)) continue;
    if (protest && PROTEST_CAUSE.test(ctx.text.slice(clause.start, m.start))) continue;
    const last = out[out.length - 1];
    if (protest && last && PROTEST_DEMAND.test(ctx.text.slice(last.m.end, m.start))) continue;
    // "the camp, near X": X locates the town before it; after a region ("the Bekaa Valley, near X") X is finer.
    const lp = last?.m.place;
    const gap = last ? ctx.text.slice(last.m.end, m.start) : '';
    if (lp && !isCountry(lp) && (lp.kind === 'point' ? NEAR_REFERENCE : BETWEEN_REFERENCE).test(gap)) continue;
    const modifier =
      (protest ? PROTEST_NOUN_AFTER : ATTACK_NOUN_AFTER).test(ctx.text.slice(m.end, m.end + 30)) &&
      DETERMINER_BEFORE.test(ctx.text.slice(Math.max(clause.start, m.start - 30), m.start));
    // "killed in the U.S. strikes in Hodeidah": a country before a violent event is its attacker, not its place.
    if (modifier && !protest && isCountry(m.place!)) continue;
    if (modifier) modifiers.push({ m, near: false, cue: 'modifier' });
    if (SPEECH_PLACE.test(ctx.text.slice(Math.max(clause.start, m.start - 60), m.start))) continue;
    const head = ctx.text.slice(clause.start, m.start);
    if (CAUSE_BEFORE.test(head) || PURPOSE_BEFORE.test(head.slice(-120)) || BACKDROP_BEFORE.test(head.slice(-120)))
      continue;
    if (SUPPORT_CAUSE.test(ctx.text.slice(Math.max(clause.start, m.start - 80), m.start))) continue;
    const w = walk(ctx.text.slice(clause.start, m.start));
    // "Hama countryside", "Aleppo’s western countryside": the area around the town, precision 2.
    const around = AROUND_AFTER.test(ctx.text.slice(m.end, m.end + 40));
    // "struck the Red Sea port of Hodeidah": the town takes the cue of its setting (qualifiers then drop the setting).
    if (!w && last && SETTING_GAP.test(ctx.text.slice(last.m.end, m.start))) out.push({ ...last, m });
    else if (w === 'coord') {
      const prev = out[out.length - 1];
      // "shelled the villages of Hawsh Al-Sayyed Ali and Al-Qasr": the list's first name is one the gazetteer lacks.
      const past = prev ? null : walkPastUnknown(ctx.text.slice(clause.start, m.start));
      if (prev && COORD_GAP.test(ctx.text.slice(prev.m.end, m.start)))
        out.push({ m, near: !!prev.cueNear || around, cue: prev.cue, cueNear: prev.cueNear });
      else if (past) out.push({ m, near: past.near || around, cue: past.cue, cueNear: past.near });
      else if (ctx.headline) out.push({ m, near: around, cue: 'headline' });
    } else if (w && !w.relative) out.push({ m, near: w.near || around, cue: w.cue, cueNear: w.near });
    else if (!w && ctx.headline) out.push({ m, near: around, cue: 'headline' });
  }
  // "Organizers of a London rally …", "the Kirkuk attack showed …": with no other place attached, the place naming the
  // event (or the road's first end) is its place.
  if (out.length === 0) out.push(...modifiers);
  // "on the road between X and Y": one place, near X (the incident lies between them, not in both towns).
  const road = out.findIndex(
    (o) => o.cue === 'between' && ROAD_BETWEEN.test(ctx.text.slice(Math.max(clause.start, o.m.start - 40), o.m.start)),
  );
  // "between Nabatieh and the village of Kfar Roummane": the settlement phrase gave the second name its own cue.
  const other = road >= 0 ? out[road + 1] : undefined;
  if (
    other &&
    (other.cue === 'between' || (other.cue === 'of' && COORD_GAP.test(ctx.text.slice(out[road].m.end, other.m.start))))
  )
    out.splice(road, 2, { ...out[road], near: true });
  // Qualifiers: "the Hamidiyeh neighborhood in Homs", "Dumayr (Rural Damascus)", "Lebanon's Naqura".
  const containers = qualifiers(ctx.text, out);
  // "In Gaza, airstrikes killed 18 people in Khan Younis and Nuseirat": the opening setting is where the places after
  // it lie, not one more place of the event.
  const setting = out[0];
  if (
    setting &&
    out.length > 1 &&
    OPENING_SETTING.test(ctx.text.slice(clause.start, setting.m.start)) &&
    /^\s*,/.test(ctx.text.slice(setting.m.end, setting.m.end + 3))
  )
    containers.add(setting);
  // "In Port Sudan, the government's wartime seat on the Red Sea, explosions shook …": a place inside an apposition
  // to the opening setting describes the setting; the setting stays the event's place.
  const described = setting && out.length > 1 ? describedBySetting(ctx.text, clause, setting, out) : [];
  if (described.length > 0) {
    containers.delete(setting);
    for (const d of described) containers.add(d);
  }
  // "US airstrike in Syria": an unattached headline country is the actor when a place of another country is attached.
  const cued = out.filter((o) => o.cue !== 'headline');
  for (const o of out) {
    const p = o.m.place!;
    if (o.cue === 'headline' && isCountry(p) && cued.some((c) => c.m.place!.countryCode !== p.countryCode))
      containers.add(o);
  }
  return out.filter((a, i) => {
    const next = out[i + 1];
    if (containers.has(a)) return false;
    if (next && /^['’]s\s+$/.test(ctx.text.slice(a.m.end, next.m.start))) return false;
    const specific = out.filter((o) => o !== a && !isCountry(o.m.place!) && o.m.place!.featureCode !== 'ADM1');
    const p = a.m.place!;
    const inside = out.filter((o) => o !== a && !containers.has(o) && !isCountry(o.m.place!));
    if (isCountry(p) && inside.some((o) => o.m.place!.countryCode === p.countryCode)) return false;
    if (
      p.featureCode === 'ADM1' &&
      specific.some((o) => o.m.place!.admin1 === p.admin1 && o.m.place!.countryCode === p.countryCode)
    )
      return false;
    return true;
  });
}

/** A province of the relative area's country, named right after its possessive ("Congo's Ituri province") or right
 * before the area ("Duhok province in northern Iraq"). */
function wideOwnedBy(text: string, country: ResolvedMention, wide: Attached[]): Attached | undefined {
  if (!country.place || !isCountry(country.place)) return undefined;
  return wide.find(
    (a) =>
      a.m.place!.featureCode === 'ADM1' &&
      a.m.place!.countryCode === country.place!.countryCode &&
      (/^['’]s\s+$/.test(text.slice(country.end, a.m.start)) ||
        PROVINCE_IN_PART.test(text.slice(a.m.end, country.start))),
  );
}

/**
 * Places of the event told by `clause`, most specific kind first: towns and sites; then a relative area
 * ("south of the Litani", "in the south"); then named regions, rivers, provinces; then countries; then a dateline
 * inside the clause. An empty list means the caller falls back to the sentence or the article focus.
 */
export function placesForClause(ctx: ArticleContext, clause: Span, eventType = '', stray = false): PlaceChoice[] {
  // Not the places of a past aside ("The army, which recaptured X in January, shelled …", past-aside.ts).
  const attached = attachedMentions(ctx, clause, eventType === 'Protests', stray).filter(
    (a) => !inPastAside(ctx.text, a.m.start),
  );
  const dedupe = (cs: PlaceChoice[]) => cs.filter((c, i) => cs.findIndex((d) => d.key === c.key) === i);
  const isWide = (a: Attached) => isCountry(a.m.place!) || a.m.place!.featureCode === 'ADM1';
  // A province named as a city ("Aleppo city") or "near" a name it shares with its capital is the city.
  const asTown = (a: Attached): Attached => {
    const town = cityContext(ctx.text, a.m) ? capitalOf(a.m) : a.near ? nearProvinceTown(ctx.text, a.m) : null;
    const cap = isWide(a) ? town : null;
    return cap ? { ...a, m: { ...a.m, place: cap } } : a;
  };
  const regions = attached.filter((a) => isWide(a) && a.cue !== 'headline').map((a) => a.m);
  const all = withoutSideNames(ctx.text, attached)
    .map((a) => ({ ...a, m: isWide(a) ? a.m : withinRegionNamedBefore(ctx.text, a.m, regions) }))
    .filter((a): a is Attached => a.m !== null)
    .map(asTown);
  // "in the Daraa countryside … near the town of Nawa": the town, not also the countryside (countryside.ts).
  const aroundEnd = (m: ResolvedMention) =>
    m.end + (AROUND_AFTER.exec(ctx.text.slice(m.end, m.end + 40))?.[0].length ?? 0);
  const rel = relativeArea(ctx, clause);
  // "shelled areas east of the Bureij camp in central Gaza": the place after the relative area's anchor locates it.
  const anchor = rel?.mention;
  const locatesAnchor = (a: Attached) => {
    const gap = anchor && a.m.start > anchor.end ? ctx.text.slice(anchor.end, a.m.start) : null;
    return gap !== null && CONTAINER_GAP.test(gap) && !hasTrigger(gap);
  };
  const points = finerThanCountryside(
    ctx.text,
    all.filter((a) => a.m.place!.kind === 'point' && !isWide(a) && !locatesAnchor(a)),
    aroundEnd,
  );
  const wideChoice = (a: Attached): PlaceChoice => {
    const c = choiceFor(a.m, 'attached', 3, isCountry(a.m.place!) ? 0.7 : 0.85, `in ${a.m.text}`);
    // ACLED codes a province-only report at the provincial capital, precision 3.
    const cap = capitalOf(a.m);
    return cap ? { ...c, lat: cap.lat, lon: cap.lon, note: `${c.note} (province; coded at ${cap.name})` } : c;
  };
  const choiceOf = (a: Attached): PlaceChoice => (isWide(a) ? wideChoice(a) : areaPlaceChoice(ctx, a.m));
  // "near Nabatieh and in the Bekaa Valley": a region or province listed next to the chosen places (after "and"/"or",
  // not their container) is one more place of the event: ACLED codes one event per location.
  const listedBeside = (chosen: Attached[]): PlaceChoice[] =>
    all
      .filter((a, i) => {
        if (chosen.includes(a) || a.cue === 'headline') return false;
        // Listed after a place ("near X and in the Y valley"), or before one ("clashes in the Y valley and … in X").
        const gap = (x?: Attached, y?: Attached) =>
          !!x && !!y && /\b(?:and|or)\b/.test(ctx.text.slice(x.m.end, y.m.start));
        if (!gap(all[i - 1], a) && !gap(a, all[i + 1])) return false;
        return !chosen.some((c) => contains(a.m.place!, c.m.place!) || contains(c.m.place!, a.m.place!));
      })
      .map(choiceOf);
  if (points.length > 0) {
    const choices = points.map((a) => {
      // "in the Kharkiv and Kherson regions": the town names its region, coded at the town (ACLED), precision 3.
      // A list in a summary of "three provinces" names the provinces: precision 3, not the towns of their names.
      const region =
        REGION_AFTER.test(ctx.text.slice(a.m.end, a.m.end + 60)) ||
        ACROSS_REGIONS.test(ctx.text.slice(clause.start, a.m.start));
      const note = `${region ? 'the region of' : a.near ? 'near' : 'at'} ${a.m.text} (cue "${a.cue}")`;
      const side = a.near ? countrysideSector(ctx, a.m) : null;
      if (side) return side;
      const district = a.m.place!.featureClass === 'P' && DISTRICT_AFTER.test(ctx.text.slice(a.m.end, a.m.end + 40));
      const precision = region ? 3 : district ? 2 : precisionFor(a.m.place!, a.near);
      return choiceFor(a.m, 'attached', precision, a.near ? 0.95 : 1, note);
    });
    // "clashes in X and south of Y": the relative area is one more place of the list.
    const m = rel?.mention;
    const listed =
      rel && m && !points.some((a) => a.m === m) && COORD_RELATIVE.test(ctx.text.slice(clause.start, m.start));
    const placed = listed && rel ? withRelative(ctx.text, points, choices, rel) : choices;
    return dedupe([...placed, ...listedBeside(points)]);
  }
  // "in northeastern Congo's Ituri province": the province the relative area's country owns is the finer place.
  const owned = rel?.mention ? wideOwnedBy(ctx.text, rel.mention, all.filter(isWide)) : undefined;
  if (owned) return [wideChoice(owned)];
  if (rel) return [rel];
  const areas = all.filter((a) => a.m.place!.kind !== 'point' && !isWide(a));
  if (areas.length > 0) return dedupe([...areas.map(choiceOf), ...listedBeside(areas)]);
  const wide = all.filter(isWide);
  if (wide.length > 0) return dedupe(wide.map(wideChoice));
  const dl = ctx.dateline;
  // "MOGADISHU (AP) — A suicide bomber …": the dash cuts the dateline off its lead clause (dash-dateline.ts).
  if (dl && ((dl.start >= clause.start && dl.end <= clause.end) || afterDashDateline(ctx, clause)))
    return [choiceFor(dl, 'dateline', 2, 0.75, 'dateline')];
  return [];
}
