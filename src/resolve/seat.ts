/**
 * A city named like its province ("Aleppo", "Idlib", "Nabatieh") is usually the city in news, when it holds a real
 * share of the province's people: Quebec City, a twentieth of Quebec's towns, is not what "Quebec" names.
 */
import { foldExact } from '../gazetteer/fold.js';
import { haversineKm } from '../gazetteer/gazetteer.js';
import { spellingSkeleton } from '../gazetteer/skeleton.js';
import type { Candidate } from '../types.js';

/** Whether a city's own name and the written one begin alike once articles and feature words are dropped
 * ("Al Qunayţirah" / "Quneitra", "Dar‘ā" / "Daraa"): a city known by another name altogether ("Pernambuco", Recife's
 * old name) is no namesake of its province. */
function sameStart(a: string, b: string): boolean {
  return spellingSkeleton(a)[0] === spellingSkeleton(b)[0];
}

/** The least share of its province's town population a city needs to be read as the province's namesake city. */
const SEAT_SHARE = 0.1;

export interface SeatWeights {
  seat: number;
  containsNamed: number;
}

/** The seat term of town `c` of the name `name` (folded), whose A-class candidates are `provinces`. */
export function seatScore(
  c: Candidate,
  name: string,
  provinces: Candidate[],
  picked: Candidate[],
  w: SeatWeights,
  reasons: string[] | null,
): number {
  const seatOf = provinces.find(
    (k) =>
      k.countryCode === c.countryCode &&
      // A town GeoNames files under no province counts when it lies near the province's point.
      (k.admin1 === c.admin1 || (!c.admin1 && haversineKm(k.lat, k.lon, c.lat, c.lon) < 50)) &&
      // A town of unknown population (0) keeps the rule.
      (c.population === 0 || c.population >= SEAT_SHARE * k.population),
  );
  // "Oklahoma City" is not named "Oklahoma", even if GeoNames lists it as an alternate name.
  if (!seatOf || foldExact(c.name).includes(`${name} `)) return 0;
  // Nor is Recife "Pernambuco" (its old name): a state's capital known by the state's name begins like it. A
  // district's town may be spelt from another language ("Hyosha", seat of the Oicha territory), so only first-level
  // areas are checked.
  if (seatOf.featureCode === 'ADM1' && !sameStart(c.name, name)) return 0;
  let s = w.seat;
  reasons?.push('the city of the province of the same name');
  // A town of unknown population has the lowest prior a town can have: as the province's seat it is at least as
  // likely as the province ("strikes on Nabatieh" hit the town, not the whole governorate).
  if (c.population === 0 && c.match !== 'loose' && seatOf.featureCode === 'ADM1')
    s += Math.max(0, (seatOf.prior ?? 0) - (c.prior ?? 0));
  // Another place of the story in that province speaks for the city as much as for the province (coherence.ts).
  const inner =
    seatOf.featureCode === 'ADM1' &&
    picked.find((p) => p.featureClass === 'P' && p.admin1 === seatOf.admin1 && p.geonameid !== c.geonameid);
  if (inner) {
    s += w.containsNamed;
    reasons?.push(`its province holds ${inner.name}, also named`);
  }
  return s;
}

/**
 * The province a picked seat of unknown size stands beside ("Nabatieh", the town, beside Mohafazat Nabatîyé): the
 * story names that province too, for its other places' coherence, as it did when the province was the pick. Null for
 * any other pick.
 */
export function unnamedSeatProvince(pick: Candidate, candidates: Candidate[]): Candidate | null {
  if (pick.featureClass !== 'P' || pick.population !== 0 || pick.match === 'loose') return null;
  return (
    candidates.find(
      (k) =>
        k.featureCode === 'ADM1' &&
        k.countryCode === pick.countryCode &&
        (k.admin1 === pick.admin1 || (!pick.admin1 && haversineKm(k.lat, k.lon, pick.lat, pick.lon) < 50)),
    ) ?? null
  );
}
