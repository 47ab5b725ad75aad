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

/** "Two civilians were also killed", "a soldier also died": dead told in addition to the toll before. */
export const ALSO_KILLED = /\b(?:were|was|had\s+been|have\s+been)\s+also\s+(?:killed|shot\s+dead)\b|\balso\s+died\b/i;

/**
 * "…, killing four of them. One member of the security forces was also killed.": a report of more dead ("also")
 * adds to the largest of the other reports' tolls; null when no report says "also" (or none gives a toll before it).
 */
export function alsoToll(reports: Candidate[], text: string): number | null {
  const also = reports.filter(
    (c) => c.fatalities > 0 && ALSO_KILLED.test(text.slice(c.sentence.start, c.sentence.end)),
  );
  const base = Math.max(0, ...reports.filter((c) => !also.includes(c)).map((c) => c.fatalities));
  return also.length > 0 && base > 0 ? base + also.reduce((n, c) => n + c.fatalities, 0) : null;
}
