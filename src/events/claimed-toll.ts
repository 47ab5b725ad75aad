/**
 * "ISWAP fighters killed five soldiers, military sources said … The group said it killed 20 soldiers": a party's
 * count of its own kills is its claim; ACLED codes the most conservative credible count and treats a party's claim
 * as a last resort (ACLED Codebook 2023, "Fatalities"). When an event's reports give a toll both in a party's own
 * claim and in another report, the claim's toll is left out (docs/taxonomy.md, "Nineteenth review").
 */
import { toldAsOwnClaim } from './claims.js';
import type { Candidate } from './model.js';

/** The candidates whose tolls count: the claims only when nothing else gives a toll. */
export function tollReports(group: Candidate[], text: string): Candidate[] {
  const withToll = group.filter((c) => c.fatalities > 0);
  const sourced = withToll.filter((c) => !toldAsOwnClaim(c, text));
  return sourced.length > 0 && sourced.length < withToll.length ? sourced : withToll;
}
