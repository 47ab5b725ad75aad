/**
 * Names in an event clause that are not where it happened, when the clause has another place:
 * - the source's seat: "…, killing nine, Nasser hospital in Khan Younis said" (the hospital that counted the dead);
 * - a compass region named by a town's name and set as the scene: "In southern Gaza, troops opened fire … in Rafah"
 *   (the Strip, not the city; the town named after it, within REGION_KM, is the place).
 * Only among several names: alone, the hospital's town or the region is the best place the clause gives.
 */
import type { ResolvedMention } from '../types.js';
import { distanceKm } from './containment.js';

/** A compass region named after a town ("southern Gaza") spans this far around the town's point. */
const REGION_KM = 60;

/** "<institution> in|at <name>" right before the name, "said|reported" right after it. */
const SOURCE_BEFORE =
  /\b(?:hospitals?|morgues?|clinics?|ministry|office|officials|authorities|agency|council|committee|centre|center|spokes(?:man|woman|person))\s+(?:in|at)\s+(?:the\s+)?$/i;
const SOURCE_AFTER = /^\s+(?:said|says|reported|reports|told|confirmed|announced)\b/i;
const COMPASS_BEFORE =
  /\b(?:southern|northern|eastern|western|central|south-?eastern|south-?western|north-?eastern|north-?western)\s+$/i;

export function isSourceSeat(text: string, m: ResolvedMention): boolean {
  return (
    SOURCE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) &&
    SOURCE_AFTER.test(text.slice(m.end, m.end + 20))
  );
}

/** "In southern Gaza, …": a compass region set as the scene of the clause (closed by a comma). */
function isCompassRegion(text: string, m: ResolvedMention): boolean {
  return (
    COMPASS_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)) && /^\s*,/.test(text.slice(m.end, m.end + 4))
  );
}

/** Drops the source's seat and a compass region from `names` when another point of the same clause stays. */
export function withoutSideNames<T extends { m: ResolvedMention }>(text: string, names: T[]): T[] {
  const finer = (a: T) =>
    names.some(
      (b) =>
        b.m.start > a.m.end &&
        b.m.place?.kind === 'point' &&
        !isCompassRegion(text, b.m) &&
        b.m.place.countryCode === a.m.place?.countryCode &&
        distanceKm(a.m.place, b.m.place) <= REGION_KM,
    );
  const side = (a: T) =>
    isSourceSeat(text, a.m) || (a.m.place?.kind === 'point' && isCompassRegion(text, a.m) && finer(a));
  const kept = names.filter((a) => !side(a));
  return kept.some((a) => a.m.place?.kind === 'point') ? kept : names;
}
