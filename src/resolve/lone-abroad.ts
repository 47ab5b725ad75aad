/**
 * A lone minor pick abroad (applied after ranking). When every other place, country and people word of a story lies in
 * one country, or all of them lie in one region a world away, a small entry of a country the story says nothing else about is far
 * more likely a quarter or village the gazetteer lacks than that namesake: "Chatsworth" beside Durban and
 * Pietermaritzburg is the Durban suburb, not the town in Georgia (US); "Ramos" beside Rio de Janeiro's Penha is Rio's
 * quarter, not a Philippine town; "al-Mawasi" beside Khan Yunis is no park in Lebanon; "Boni … the road to Gao" (Mali)
 * is no Bonn by one of its other names. The pick yields to the best alternative in the story's country, else to no pin
 * (it stays first among the alternatives, to be chosen by hand).
 *
 * Only an entry of some renown at most is judged (prior under MAX_PRIOR: no capital, no city of millions) whose name is
 * no firm sign of it: a loose spelling, an entry of no known population, or a name other entries share exactly. A
 * one-of-a-kind town stays wherever it is ("the forum in Davos" in a Ukraine story). The earlier rules (abroad.ts)
 * judge by the focus of all candidates before ranking; this one reads the picks.
 */
import { haversineKm } from '../gazetteer/distance.js';
import type { ResolvedMention, ScoredCandidate } from '../types.js';

/** Only an entry of less renown than this is judged: a provincial capital of a few hundred thousand people (Palma de
 * Mallorca .79, Sousse .80, in a story about Cabo Delgado or Libya's east), not a capital or a city of millions. */
const MAX_PRIOR = 0.85;
/** Other names of the story, each with a pick, needed before it is told to be about one country. */
const MIN_OTHERS = 2;
/** A pick within this distance of another story place may be across a border from it. */
const NEIGHBOUR_KM = 150;
/** A pick this far from every story place, whatever their countries, lies in another part of the world. */
const WORLD_AWAY_KM = 2000;
/** …when the story's other places lie within this distance of each other (one region: Kenya, Somalia, Ethiopia). */
const REGION_KM = 1500;

const judged = (p: ScoredCandidate) =>
  !p.featureCode.startsWith('PCL') &&
  p.featureCode !== 'CONT' &&
  p.featureCode !== 'ADM1' &&
  p.featureClass !== 'H' &&
  (p.prior ?? 0) < MAX_PRIOR;

/** The written name is no firm sign of `p`: a loose spelling, no known population (but for an administrative seat),
 * or exact namesakes in other countries ("Taichung", named so in Taiwan only, stays in a story about China). */
function weakName(m: ResolvedMention, p: ScoredCandidate): boolean {
  // A seat of unknown population ("Qamishli", GeoNames PPLA2 with no count) is no weak sign: it names that town.
  if (p.match === 'loose' || (p.population <= 0 && !/^PPLA\d?$/.test(p.featureCode))) return true;
  return m.alternatives.some((a) => a.match !== 'loose' && a.countryCode !== p.countryCode);
}

/** Whether the places lie within REGION_KM of each other (each distinct place once; a long text repeats its places). */
function oneRegion(picks: ScoredCandidate[]): boolean {
  const ps = [...new Map(picks.map((p) => [p.geonameid, p])).values()];
  return ps.every((a) => ps.every((b) => haversineKm(a.lat, a.lon, b.lat, b.lon) <= REGION_KM));
}

/** A pick of one name that the rule judges and that no other name's pick shares a country with. */
function lone(m: ResolvedMention, texts: Map<string, Set<string>>): boolean {
  const p = m.place;
  if (m.role !== 'place' || !p || !p.countryCode || !judged(p) || !weakName(m, p)) return false;
  return (texts.get(p.countryCode)?.size ?? 0) <= 1;
}

export function applyLoneAbroad(mentions: ResolvedMention[]): ResolvedMention[] {
  const texts = new Map<string, Set<string>>();
  for (const m of mentions) {
    const cc = m.place?.countryCode;
    if (!cc) continue;
    const set = texts.get(cc) ?? new Set<string>();
    set.add(m.text);
    texts.set(cc, set);
  }
  // Two lone picks do not vouch for the story's being about anything: "Ramos" (the Philippines) and "Bangu" (DR
  // Congo) beside Rio de Janeiro are both quarters of Rio.
  const doubtful = new Set(mentions.filter((m) => lone(m, texts)));
  if (!doubtful.size) return mentions;
  // Nor does a spelling guess ("Mare" of "Complexo da Mare" read as Malé by one of its other names).
  const firm = mentions.filter(
    (o) => !doubtful.has(o) && o.place?.countryCode && o.place.featureCode !== 'CONT' && o.place.match !== 'loose',
  );
  // A people's word names who acts ("Rwandan troops" in Cabo Delgado), not where: the places tell the country.
  const placed = firm.filter((o) => o.role === 'place');
  const countries = new Set((placed.length ? placed : firm).map((o) => o.place?.countryCode));
  let region: boolean | null = null;
  let out: ResolvedMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const p = m.place;
    if (!p || !doubtful.has(m)) continue;
    const names = new Set<string>();
    let km = Number.POSITIVE_INFINITY;
    for (const o of firm) {
      if (o.text === m.text || !o.place) continue;
      names.add(o.text);
      km = Math.min(km, haversineKm(p.lat, p.lon, o.place.lat, o.place.lon));
    }
    if (names.size < MIN_OTHERS) continue;
    const oneCountry = countries.size === 1 && km > NEIGHBOUR_KM;
    if (!oneCountry && km <= WORLD_AWAY_KM) continue;
    region ??= oneRegion(firm.map((o) => o.place as ScoredCandidate));
    if (!oneCountry && !region) continue;
    const home = oneCountry ? [...countries][0] : null;
    const alt = m.alternatives.find((a) => a.countryCode === home && a.geonameid !== p.geonameid);
    out ??= mentions.slice();
    out[i] = alt
      ? { ...m, place: alt, alternatives: [p, ...m.alternatives.filter((a) => a !== alt)] }
      : { ...m, place: null, alternatives: [p, ...m.alternatives] };
  }
  return out ?? mentions;
}
