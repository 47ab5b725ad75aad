/**
 * The document's country focus: which countries its evidence points to, as shares summing to 1.
 * Evidence: demonyms (weight 1 each), names whose best candidate clearly dominates or whose likely readings are one
 * city and its province of the same name (weight 1, its country),
 * and, weakly, every candidate of every name (0.2 spread by prior) so that a document of small towns still has a focus.
 * Countries the user names as the area of interest (`given`) take half of the focus.
 *
 * The focus used to rank one name's candidates leaves that name's own spread evidence out: "Florence" alone must not
 * vote for the United States because most of its twenty candidates are American towns. Its dominance evidence stays
 * (a headline naming only "Douma" is about Syria).
 */
import type { Candidate, Mention } from '../types.js';

type Weights = Map<string, number>;

/** "Israeli strikes on Lebanon", "Russian troops in Donetsk": the attacker's demonym, said again and again in a story
 * about its target, is a weak vote for the attacker's country. */
const ACTING_WEIGHT = 0.25;

/** A name whose dominant reading is a minor entry (a village, a hill: prior below MINOR_PRIOR) is no firm evidence of its
 * country: the gazetteer lists so many small places — every hamlet of the country with a full GeoNames dump — that a
 * name it lacks often matches one by chance ("al-Mawasi" in Gaza, a hill in Lebanon). See Focus.firm. */
export const MINOR_PRIOR = 0.25;
/** Such a minor dominant reading's vote in the focus: a quarter of a firm one ("Martyrs' Square", a square of Beirut in
 * the Lebanese dump, must not outvote the capital of a story about Tripoli, Libya, that names no country). */
const MINOR_VOTE = 0.25;

function add(w: Weights, cc: string, x: number): void {
  if (cc) w.set(cc, (w.get(cc) ?? 0) + x);
}

/** "Aleppo": the only likely readings are a province and its city of the same name — one place's two levels, as clear
 * a vote for their country as a name with one dominant reading (the headline "… in the countryside of Aleppo and
 * towards Nebbul" is about Syria, not Nabeul in Tunisia). */
function cityAndProvince(likely: Candidate[]): boolean {
  if (likely.length !== 2) return false;
  const province = likely.find((c) => c.featureCode === 'ADM1');
  const city = likely.find((c) => c.featureClass === 'P');
  return !!province && !!city && city.countryCode === province.countryCode && city.admin1 === province.admin1;
}

/** The evidence one name's candidate list gives: its dominant candidate's country, and its spread over candidates. */
function evidenceOf(
  list: Candidate[],
  total: Weights,
  dominant: string[],
  inside: string[],
  paired: boolean[],
  voteWeight: number[],
): Weights {
  const spread: Weights = new Map();
  dominant.push('');
  voteWeight.push(0);
  paired.push(false);
  inside.push('');
  if (list.length === 0) return spread;
  const exact = list.filter((c) => c.match !== 'loose');
  const pool = exact.length ? exact : list;
  const [a, b] = pool;
  // A place inside one country: every likely reading of the name lies there ("Bamako" the city or its district).
  const likely = exact.filter((c) => (a.prior ?? 0) - (c.prior ?? 0) <= 0.4);
  if (exact.length && !a.featureCode.startsWith('PCL') && likely.every((c) => c.countryCode === a.countryCode))
    inside[inside.length - 1] = a.countryCode;
  const dominates = !b || (a.prior ?? 0) - (b.prior ?? 0) > 0.4;
  const pair = !dominates && cityAndProvince(likely);
  if (dominates || pair) {
    const weight = (a.prior ?? 0) >= MINOR_PRIOR ? 1 : MINOR_VOTE;
    add(total, a.countryCode, weight);
    dominant[dominant.length - 1] = a.countryCode;
    voteWeight[voteWeight.length - 1] = weight;
    paired[paired.length - 1] = pair;
  }
  const sum = pool.reduce((s, c) => s + (c.prior ?? 0), 0) || 1;
  for (const c of pool.slice(0, 10)) add(spread, c.countryCode, (0.2 * (c.prior ?? 0)) / sum);
  return spread;
}

/** The least share of the document's focus that makes a country one the document is about: a spelling guess there is
 * credible, a close spelling there gains, a namesake beside a place there is no far one. */
export const ABOUT_SHARE = 0.15;

/** The document's focus on a country, leaving out the evidence of one name (its candidate list's position), or none;
 * `alone` leaves out that name's dominance evidence too (what the rest of the document says: abroad.ts). */
export interface Focus {
  (cc: string, without?: number, alone?: boolean): number;
  /** The strongest focus the rest of the document gives a country, that name left out (`alone`). */
  restTop(without: number): number;
  /** How much evidence the rest of the document holds (about one unit per demonym or dominant name). */
  restMass(without: number): number;
  /** The most names of places inside one country (not the country itself) that the rest of the document holds. */
  restPlaces(without: number): number;
  /** A country's share of the rest's firm evidence — demonyms and names whose dominant reading is no minor entry —
   * with the weight of that evidence (the same units as restMass). */
  firm(cc: string, without: number): { share: number; mass: number };
}

export function countryFocus(mentions: Mention[], candidateLists: Candidate[][], given: string[] = []): Focus {
  const total: Weights = new Map();
  // An acting demonym is a weak vote for which country, but as much evidence as any that the story has a focus.
  let actingRest = 0;
  const firmVotes: Weights = new Map();
  for (const m of mentions) {
    if (m.role !== 'demonym' || !m.context) continue;
    add(total, m.context, m.acting ? ACTING_WEIGHT : 1);
    add(firmVotes, m.context, m.acting ? ACTING_WEIGHT : 1);
    if (m.acting) actingRest += 1 - ACTING_WEIGHT;
  }
  const dominant: string[] = [];
  // Per name: the country all its likely readings lie inside (not a country itself), or ''.
  const inside: string[] = [];
  // Names whose vote is a city and its province: with the user's own focus given, that vote is for the other names,
  // not the name itself ("Tripoli" with the focus on Lebanon stays open to the Lebanese Tripoli).
  const paired: boolean[] = [];
  // Per name: the weight of its dominance vote, 1 when firm, MINOR_VOTE for a minor reading, 0 without one.
  const voteWeight: number[] = [];
  const firmVote = (k: number) => voteWeight[k] === 1;
  const own = candidateLists.map((list) => evidenceOf(list, total, dominant, inside, paired, voteWeight));
  for (const w of own) for (const [cc, x] of w) add(total, cc, x);
  let sum = 0;
  for (const v of total.values()) sum += v;
  const ownSum = own.map((w) => [...w.values()].reduce((a, b) => a + b, 0));
  const givenShare = given.length ? 0.5 / given.length : 0;
  const f = (cc: string, without?: number, alone?: boolean): number => {
    const dom =
      (alone || (given.length > 0 && paired[without ?? -1])) && without !== undefined && dominant[without]
        ? voteWeight[without]
        : 0;
    const rest = without === undefined ? sum : sum - ownSum[without] - dom;
    let v = total.get(cc) ?? 0;
    if (without !== undefined) v -= (own[without].get(cc) ?? 0) + (dom && dominant[without] === cc ? dom : 0);
    const doc = rest > 1e-9 && v > 1e-9 ? v / rest : 0;
    if (!given.length) return doc;
    return 0.5 * doc + (given.includes(cc) ? (rest > 1e-9 ? givenShare : 2 * givenShare) : 0);
  };
  const tops: number[] = [];
  const restTop = (without: number): number => {
    if (tops[without] === undefined) {
      let t = 0;
      for (const cc of [...total.keys(), ...given]) t = Math.max(t, f(cc, without, true));
      tops[without] = t;
    }
    return tops[without];
  };
  const restMass = (without: number): number => sum + actingRest - ownSum[without] - (voteWeight[without] ?? 0);
  const places = new Map<string, number>();
  for (const cc of inside) if (cc) places.set(cc, (places.get(cc) ?? 0) + 1);
  const restPlaces = (without: number): number => {
    let t = 0;
    for (const [cc, n] of places) t = Math.max(t, n - (inside[without] === cc ? 1 : 0));
    return t;
  };
  let firmSum = actingRest;
  dominant.forEach((cc, k) => {
    if (cc && firmVote(k)) add(firmVotes, cc, 1);
  });
  for (const v of firmVotes.values()) firmSum += v;
  // Shares are of the votes; an acting demonym's unvoted rest counts as evidence that the story has a focus only.
  const firm = (cc: string, without: number): { share: number; mass: number } => {
    const own = dominant[without] && firmVote(without) ? 1 : 0;
    const votes = firmSum - actingRest - own;
    const v = (firmVotes.get(cc) ?? 0) - (dominant[without] === cc ? own : 0);
    return { share: votes > 1e-9 ? v / votes : 0, mass: firmSum - own };
  };
  return Object.assign(f, { restTop, restMass, restPlaces, firm });
}
