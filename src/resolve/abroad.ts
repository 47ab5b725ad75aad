/**
 * A minor namesake abroad: when the document is clearly about some country and a name's candidate is only a small,
 * little-known entry in a country the document otherwise says nothing about, the name is more likely a place the
 * gazetteer lacks ("Tawila" in a Darfur story is not the Yemeni village of that name). Such a candidate loses
 * `minorAbroad`, which takes it under the no-match threshold; an explicit tie to its country (a country named beside
 * the name or in its sentence, "the Yemeni village of …") keeps it.
 */
import type { Candidate } from '../types.js';
import type { Focus } from './focus.js';

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
  /** A candidate whose coherence with the story's other places exceeds this (within 150 km of one of them, or next to
   * another name's likely sense) is not abroad: the story may cross a border. */
  maxCoherence: 0.2,
  /** A town below this population reached through another of its names is judged on one unit of evidence elsewhere
   * (name-world.ts). UCDP headlines, GeoVirus and TR-News: 25,000 removes only wrong pins there. */
  minorAliasPopulation: 25_000,
};

/** What the rule reads of a name's group (resolve.ts). */
export interface AbroadInput {
  focusIndex: number;
  countryHints: Set<string>;
  sentenceCountries: Set<string>;
  /** Admin/country names written beside the name ("Dumayr (Rural Damascus)"). */
  contexts: Set<string>;
}

/** Whether `c` is a minor namesake in a country the rest of the document is not about, while it is clearly about
 * another. */
export function minorAbroad(c: Candidate, g: AbroadInput, focus: Focus): boolean {
  // A point place only: a river or an area crosses borders, and its country code names one of several.
  if (!c.countryCode || c.kind !== 'point' || c.featureClass === 'H' || c.featureClass === 'A') return false;
  // A spelling guess is minor whatever its size: "Odaisseh" in a south Lebanon story is no loose Odesa.
  if ((c.prior ?? 0) >= ABROAD.maxPrior && c.match !== 'loose') return false;
  if (g.contexts.size || g.countryHints.has(c.countryCode) || g.sentenceCountries.has(c.countryCode)) return false;
  if (focus.restMass(g.focusIndex) < ABROAD.minMass) return false;
  return focus(c.countryCode, g.focusIndex, true) < ABROAD.maxFocus && focus.restTop(g.focusIndex) >= ABROAD.minDocTop;
}

/** The term of `c` (`weight`, negative, or 0): in the second pass only (`second`), and not when its `coherence` with
 * the story's other places shows it near them. */
export function abroadScore(
  c: Candidate,
  g: AbroadInput,
  focus: Focus,
  second: boolean,
  coherence: number,
  weight: number,
  reasons: string[] | null,
): number {
  if (!second || !weight || coherence > ABROAD.maxCoherence || !minorAbroad(c, g, focus)) return 0;
  reasons?.push('a minor namesake in a country the document is not about');
  return weight;
}
