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

/** The dead named by their side: the security forces' own, or the armed men they fought. */
const SIDE_DEAD =
  /\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|several)\s+(?:[a-z-]+\s+){0,2}?(?:(soldiers|troops|policemen|police\s+officers|servicemen|security\s+personnel|paramilitaries)|(militants|insurgents|terrorists|attackers|gunmen|assailants|jihadists|rebels))\b/i;

/** Which side the dead of a toll sentence were, or null when it does not say (or says both). */
function deadSide(sentence: string): 'forces' | 'armed men' | null {
  const m = SIDE_DEAD.exec(sentence);
  if (!m) return null;
  const rest = sentence.slice(m.index + m[0].length);
  const other = SIDE_DEAD.exec(rest);
  const side = m[1] ? 'forces' : 'armed men';
  return other && (other[1] ? 'forces' : 'armed men') !== side ? null : side;
}

/**
 * "Militants ambushed a convoy, killing 11 soldiers … Security forces killed 19 militants in the ensuing operation":
 * reports of one battle that count each side's dead add up (ACLED counts all the deaths of a battle); null unless
 * every report names the side of its dead and both sides are counted.
 */
export function bothSidesToll(reports: Candidate[], text: string): number | null {
  const most = { forces: 0, 'armed men': 0 };
  for (const c of reports) {
    if (c.event_type !== 'Battles') return null;
    const side = deadSide(text.slice(c.sentence.start, c.sentence.end));
    if (!side) return null;
    most[side] = Math.max(most[side], c.fatalities);
  }
  return most.forces > 0 && most['armed men'] > 0 ? most.forces + most['armed men'] : null;
}
