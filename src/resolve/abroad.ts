/**
 * A minor namesake abroad: when the document is clearly about some country and a name's candidate is only a small,
 * little-known entry in a country the document otherwise says nothing about, the name is more likely a place the
 * gazetteer lacks ("Tawila" in a Darfur story is not the Yemeni village of that name). Such a candidate loses
 * `minorAbroad`, which takes it under the no-match threshold; an explicit tie to its country (a country named beside
 * the name or in its sentence, "the Yemeni village of …") keeps it.
 */
import { haversineKm } from '../gazetteer/gazetteer.js';
import { classBonus, namesPrior } from '../gazetteer/prior.js';
import { spellingSkeleton } from '../gazetteer/skeleton.js';
import type { Candidate } from '../types.js';
import { type Focus, MINOR_PRIOR } from './focus.js';

export const ABROAD = {
  /** A candidate with a prior below this is minor: no capital, and a town of some hundred thousand people with few
   * alternate names at most (src/gazetteer/prior.ts). */
  maxPrior: 0.6,
  /** …and its country holds less than this share of the focus the rest of the document gives (this name left out). */
  maxFocus: 0.1,
  /** …while the rest of the document gives some country at least this share. */
  minDocTop: 0.3,
  /** …and that rest holds at least this much evidence (Focus.restMass; a dominant name gives 1.2, a demonym 1): the
   * two other names of a headline are no clear focus. */
  minMass: 3,
  /** …or the rest gives one country this share and names this many places inside it (clearFocus). */
  whollyShare: 0.99,
  whollyPlaces: 2,
  /** A candidate whose coherence with the story's other places exceeds this (within 150 km of one of them, or next to
   * another name's likely sense) is not abroad — the story may cross a border — when one of them lies within
   * BORDER_KM and is no minor entry of its own country. */
  maxCoherence: 0.2,
  /** A town below this population reached through another of its names is judged on one unit of evidence elsewhere
   * (name-world.ts). UCDP headlines, GeoVirus and TR-News: 25,000 removes only wrong pins there. */
  minorAliasPopulation: 25_000,
  /** A seat of unknown population with at least this many alternate names is known (unknownSeat): Al Qāmishlī has
   * about 30, the Yemeni Aţ Ţawīlah (no "Tawila" of a Darfur story) about 9. */
  knownSeatNames: 20,
};

/** A district (ADM2 and below) of little renown by its prior: it lies in one country. A province is left out: a small
 * one that a story names once, in a country it says nothing else about, is still often the place meant. */
function minorDivision(c: Candidate): boolean {
  if (!c.featureCode.startsWith('ADM')) return false;
  return c.featureCode !== 'ADM1' && (c.prior ?? 0) < ABROAD.maxPrior;
}

/** Words of a province named only by where it lies in its country: "South West", "North-East", "Centre", "Far North". */
const DIRECTION_WORDS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'centre',
  'center',
  'far',
  'middle',
]);

/** A province named only by a direction ("South West" of Somalia, Cameroon, Nigeria's zones, England's regions) is
 * such a name in many countries, most of which the gazetteer lacks: a first-level area abroad so named is minor. */
function directionOnly(name: string | undefined): boolean {
  return !!name && name.split(/[\s-]+/).every((w) => DIRECTION_WORDS.has(w));
}

/** A country reached by a spelling guess that changes its first letter: GeoNames lists a country's spellings by the
 * dozen, so a word only loosely like one ("Katari", a Nigerian village, is no Qatar) is no firmer than a guessed town.
 * A slip inside the word keeps its first letter and its country ("in Seychelles, in Mauritious"). */
const guessedCountry = (c: Candidate, g: AbroadInput) =>
  c.match === 'loose' &&
  c.featureCode.startsWith('PCL') &&
  !!g.name &&
  g.name[0]?.toLowerCase() !== c.name.normalize('NFD')[0]?.toLowerCase();

/** What the rule reads of a name's group (resolve.ts). */
export interface AbroadInput {
  focusIndex: number;
  countryHints: Set<string>;
  sentenceCountries: Set<string>;
  /** Admin/country names written beside the name ("Dumayr (Rural Damascus)"). */
  contexts: Set<string>;
  /** Recognition's class hints (cue words): "A" when a unit word is written with the name ("Hualien county"). */
  hints: Set<string>;
  /** The folded written name, and every entry the lookup found for it (unknownSeat). */
  name?: string;
  looked?: Candidate[];
}

/** A province's or district's seat (PPLA, PPLA2) of unknown population but many other names (knownSeatNames), written
 * by its own name up to its article and transliteration, which no entry of another country shares: its prior
 * (src/gazetteer/prior.ts) knows nothing of its size, so a low one is no sign of little renown. "Qamishli" in a
 * Lebanon story that names nothing else of Syria is Al Qāmishlī, a district seat GeoNames gives no population. */
function unknownSeat(c: Candidate, g: AbroadInput): boolean {
  if (c.population > 0 || (c.featureCode !== 'PPLA' && c.featureCode !== 'PPLA2') || !g.name) return false;
  const names = (c.prior ?? 0) - classBonus(c.featureClass, c.featureCode);
  if (names < namesPrior(ABROAD.knownSeatNames)) return false;
  const written = spellingSkeleton(g.name);
  if (spellingSkeleton(c.name) !== written) return false;
  return !(g.looked ?? []).some((o) => o.countryCode !== c.countryCode && spellingSkeleton(o.name) === written);
}

/** Whether the rest of the document (name `without` left out) is clearly about some country: enough evidence
 * (minMass) with one country leading (minDocTop), or two places of one country and no word of any other — "Mare" in
 * a Rio story naming Rio de Janeiro and Penha is a favela the gazetteer lacks, neither Malé by one of its other
 * names nor Maré, New Caledonia. */
export function clearFocus(focus: Focus, without: number): boolean {
  const top = focus.restTop(without);
  if (top >= ABROAD.whollyShare && focus.restPlaces(without) >= ABROAD.whollyPlaces) return true;
  return top >= ABROAD.minDocTop && focus.restMass(without) >= ABROAD.minMass;
}

/** Whether `c` is a minor namesake in a country the rest of the document is not about, while it is clearly about
 * another. */
export function minorAbroad(c: Candidate, g: AbroadInput, focus: Focus): boolean {
  if (!c.countryCode) return false;
  // A river or lake crosses borders, and its country code names one of several: only a minor one named bare (no
  // water word beside it: recognition's hint) is judged, and abroadScore asks it to lie far from every story place.
  const water = c.featureClass === 'H';
  if (water && (g.hints.has('H') || g.hints.has('W') || (c.prior ?? 0) >= ABROAD.maxPrior)) return false;
  // …and only one the gazetteer files under a single country: "the Danube" has entries in Germany and Croatia.
  if (water && (g.looked ?? []).some((o) => o.featureClass === 'H' && o.countryCode !== c.countryCode)) return false;
  const area = c.featureClass === 'A';
  // A point place, or a minor district: a river or a region crosses borders, and its country code names one of
  // several; a district lies in its country ("al-Bara" in an Idlib story is no more the Sudanese district than Bara,
  // the Sudanese town, which this rule already held back).
  const direction = area && c.featureCode === 'ADM1' && directionOnly(g.name);
  const guess = guessedCountry(c, g);
  if (!guess && !water && (area ? !minorDivision(c) && !direction : c.kind !== 'point')) return false;
  // "Hualien county": the text names the division's kind, which is evidence for it as a country beside it would be
  // (not for a province named by a direction: "South West state" is written so in Somalia as in Cameroon).
  if (area && g.hints.has('A') && !direction && !guess) return false;
  // A spelling guess is minor whatever its size: "Odaisseh" in a south Lebanon story is no loose Odesa.
  if (!area && (c.prior ?? 0) >= ABROAD.maxPrior && c.match !== 'loose') return false;
  if (!area && unknownSeat(c, g)) return false;
  if (g.contexts.size || g.countryHints.has(c.countryCode) || g.sentenceCountries.has(c.countryCode)) return false;
  if (!clearFocus(focus, g.focusIndex)) return false;
  const top = focus.restTop(g.focusIndex);
  const share = focus(c.countryCode, g.focusIndex, true);
  if (share < ABROAD.maxFocus) return true;
  // Another country leads, and this one's share comes from chance matches of other names the gazetteer lacks: the
  // story's firm evidence (demonyms, well-known places) says nothing of it.
  if (share > top / 2) return false;
  const firm = focus.firm(c.countryCode, g.focusIndex);
  return firm.mass >= ABROAD.minMass && firm.share < ABROAD.maxFocus;
}

/** A story that crosses a border names places next to each other: within this distance of another of its places a
 * namesake abroad may be meant. Farther, its coherence is no such sign (a Galilee village 125 km from Damascus in a
 * story about southern Syria). */
const BORDER_KM = 50;
/** …and within this distance of a well-known place of its own country the namesake is no namesake abroad at all. */
const HOME_KM = 100;

/** Whether another place of the story lies within BORDER_KM of `c` and is not, like it, a minor entry of its own
 * country (prior under focus.ts's MINOR_PRIOR): two names the gazetteer lacks that each match a hamlet of one densely
 * listed country ("al-Mawasi" and "Zeitoun" in a Gaza story, Lebanese hamlets 23 km apart) do not vouch for each
 * other. */
function nearFirmPlace(c: Candidate, picked: Candidate[]): boolean {
  for (const p of picked) {
    if (p.geonameid === c.geonameid) continue;
    const km = haversineKm(c.lat, c.lon, p.lat, p.lon);
    // A well-known place of its own country vouches from farther: "the camps near Ukhia and Teknaf" beside Cox's Bazar
    // (80 km) in a story mostly about Myanmar.
    if (p.countryCode === c.countryCode && (p.prior ?? 0) >= MINOR_PRIOR && km <= HOME_KM) return true;
    if (km > BORDER_KM) continue;
    if (p.countryCode !== c.countryCode || (p.prior ?? 0) >= MINOR_PRIOR) return true;
  }
  return false;
}

/** A river's point is one of its course: a story place within this distance may lie on it ("Shire" beside Tigray's
 * towns, 3,000 km from the Malawian river, is the town GeoNames writes otherwise). */
const WATER_KM = 500;

/** The term of `c` (`weight`, negative, or 0): in the second pass only (when `picked` holds the first pass's places),
 * and not when its `coherence` with them shows it next to one that vouches for it (nearFirmPlace). */
export function abroadScore(
  c: Candidate,
  g: AbroadInput,
  focus: Focus,
  picked: Candidate[],
  coherence: number,
  weight: number,
  reasons: string[] | null,
): number {
  if (!picked.length || !weight || !minorAbroad(c, g, focus)) return 0;
  if (coherence > ABROAD.maxCoherence && nearFirmPlace(c, picked)) return 0;
  if (c.featureClass === 'H' && picked.some((p) => haversineKm(c.lat, c.lon, p.lat, p.lon) <= WATER_KM)) return 0;
  reasons?.push('a minor namesake in a country the document is not about');
  // A province named by a direction: its size says nothing of which country's is meant, and a large one (prior ~0.9)
  // would outweigh the term; it counts twice, as for a country's spelling guess (a country's prior is ~1.5).
  const twice = (c.featureCode === 'ADM1' && directionOnly(g.name)) || guessedCountry(c, g);
  return twice ? 2 * weight : weight;
}
