/**
 * "X in Y", "X, Y", "X (Y)": is Y a container of X (a neighbourhood in its city, a village in its province), a
 * second place of a list ("Hasakah, Homs, Damascus"), or the sign that X was resolved to the wrong place of its
 * name (a neighbourhood "in the east of <city>" resolved to a ridge of that name in another country)? Geometry only from
 * the resolved candidates; no place is named here.
 */
import { haversineKm } from '../gazetteer/distance.js';
import type { ResolvedMention, ScoredCandidate } from '../types.js';
import { isCountry } from './context.js';
import { looseReading } from './stray-places.js';

/** A town's neighbourhoods, farms and suburbs lie within this distance of it. */
export const CONTAINER_KM = 30;
/** A place farther than this from the container it is said to lie in, or in another country, was misresolved. */
export const MISRESOLVED_KM = 150;

export const distanceKm = (a: { lat: number; lon: number }, b: { lat: number; lon: number }): number =>
  haversineKm(a.lat, a.lon, b.lat, b.lon);

const PROVINCIAL = /^(?:ADM1|ADM1H|PPLA|PPLC)$/;

/** Does `outer` plausibly contain `inner`? A country its places; a province or its capital the province's places. */
export function contains(outer: ScoredCandidate, inner: ScoredCandidate): boolean {
  if (isCountry(inner)) return false;
  // A town never contains a province, nor a province its country's other provinces: "in the Kherson region, …
  // shelled the town of Beryslav" (the province's point may lie within a few km of the town).
  if (/^ADM1/.test(inner.featureCode) && !isCountry(outer)) return false;
  // "in Kupwara district of Kashmir": a named region holds the districts and towns of its own province.
  if (outer.featureCode === 'RGN' && outer.admin1 && outer.admin1 === inner.admin1) return true;
  if (inner.featureClass === 'A' && /^ADM/.test(inner.featureCode) && outer.featureClass !== 'A') return false;
  if (!outer.countryCode || outer.countryCode !== inner.countryCode) return false;
  if (isCountry(outer)) return true;
  if (PROVINCIAL.test(outer.featureCode) && outer.admin1 && outer.admin1 === inner.admin1) return true;
  return distanceKm(outer, inner) <= CONTAINER_KM;
}

/** `inner` cannot be where the text puts it: another country than its container, or very far from it. */
export function misresolved(outer: ScoredCandidate, inner: ScoredCandidate): boolean {
  if (isCountry(inner) || isCountry(outer)) return false;
  return outer.countryCode !== inner.countryCode || distanceKm(outer, inner) > MISRESOLVED_KM;
}

/** The best-ranked alternative of `m` that `outer` contains, or null. */
export function alternativeWithin(m: ResolvedMention, outer: ScoredCandidate): ScoredCandidate | null {
  return m.alternatives.find((a) => a.geonameid !== m.place?.geonameid && contains(outer, a)) ?? null;
}

const SETTING_AFTER = /^(?:\s+(?:region|province|state|governorate|district|area))?\s*,/i;

/**
 * "In the Segou region, fighters abducted … from the village of Dioura": a loosely read town that the province or
 * country named before it in the clause does not contain takes its alternative inside it, or null (not this town).
 */
export function withinRegionNamedBefore(
  text: string,
  m: ResolvedMention,
  regions: ResolvedMention[],
): ResolvedMention | null {
  // Only a setting phrase closed by a comma ("In the Segou region, …"), not a coordinated place ("in X and in Y").
  const setting = regions.filter(
    (r) => r.end <= m.start && r.place && SETTING_AFTER.test(text.slice(r.end, r.end + 30)),
  );
  const region = setting.pop()?.place;
  if (!region || !m.place || !looseReading(m) || contains(region, m.place)) return m;
  const alt = alternativeWithin(m, region);
  return alt ? { ...m, place: alt } : null;
}

/**
 * "Cairo's Abbasiya": a part resolved outside its owner takes its alternative inside the owner, or failing that the
 * owner (at the part's offsets) stands for it.
 */
export function ownedPart(text: string, owner: ResolvedMention | undefined, part: ResolvedMention): ResolvedMention {
  if (!owner?.place || !part.place || !/^['’]s\s+$/.test(text.slice(owner.end, part.start))) return part;
  const [op, pp] = [owner.place, part.place];
  if (isCountry(pp) || contains(op, pp) || !(isCountry(op) || misresolved(op, pp))) return part;
  return { ...part, place: alternativeWithin(part, op) ?? op, alternatives: owner.alternatives };
}

/** "X, Y and Z" after Y: the list goes on. */
const LIST_GOES_ON =
  /^(?:\s+(?:camp|town|city|village|neighbou?rhood|district|area))?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$/;

/**
 * "Khan Younis, Nuseirat and Beit Lahia": after a comma, a town that the list goes on from ("…, Y and Z"), or one
 * smaller than the town before it, is one more place of the list, not that town's container ("Sabra, Gaza City"). In
 * a small territory every town lies within CONTAINER_KM of the others, so distance alone read the list as "X in Y".
 */
export function listedAfterComma(
  text: string,
  inner: ScoredCandidate,
  outer: ResolvedMention,
  next: ResolvedMention | undefined,
): boolean {
  const op = outer.place;
  if (op?.featureClass !== 'P' || inner.featureClass !== 'P') return false;
  if (next && LIST_GOES_ON.test(text.slice(outer.end, next.start))) return true;
  return op.population > 0 && inner.population > op.population;
}
