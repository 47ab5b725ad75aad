/**
 * A province written by its seat's spelling: "in Al Dhale province", "the governorate of Al Dhale". GeoNames often
 * gives the English news spelling only to the seat (Aḑ Ḑāli‘ the town has "Al Dhale" among its names, the governorate
 * has not), so under a province cue the only exact entries are towns and the province never competed. When one of
 * them is the seat of a province (PPLA), that province — its country's first-level area holding the seat, found by the
 * seat's admin1 name — competes as an exact match beside it.
 */
import type { Candidate, Mention } from '../types.js';
import { copyWith } from './copy-with.js';
import type { CandidateSource } from './options.js';

export function withSeatProvince(
  m: Mention,
  candidates: Candidate[],
  exact: Candidate[],
  gaz: CandidateSource,
): Candidate[] {
  if (m.classHint !== 'A' || exact.some((c) => c.featureClass === 'A')) return candidates;
  const added: Candidate[] = [];
  for (const seat of exact) {
    if (seat.featureCode !== 'PPLA' || !seat.admin1Name) continue;
    const province = gaz
      .lookup(seat.admin1Name, { limit: 10, loose: false })
      .find((c) => c.featureCode === 'ADM1' && c.countryCode === seat.countryCode && c.admin1 === seat.admin1);
    if (province && !added.some((c) => c.geonameid === province.geonameid))
      added.push(copyWith(province, { match: 'exact' as const }));
  }
  return added.length ? candidates.concat(added) : candidates;
}
