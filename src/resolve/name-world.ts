/**
 * Two ways a name reaches a far namesake that its writing does not support:
 * - an alias abroad: the entry holds the mention only as one of its other names ("Kita" among Quito's, "Mambasa"
 *   among Mombasa's) in a country the rest of a clearly focused document says nothing about. A town of that very
 *   name the gazetteer lacks is likelier than the foreign city. For a small town (ABROAD.minorAliasPopulation) any
 *   evidence elsewhere will do: "Khelsa" beside Aleppo is no Helsa, Germany; "McDonald" is no Eagle, Colorado.
 * - an Arabic article read loosely: "al-Khaldia" folded to the consonants of Kolda, Senegal. A name written with
 *   the article belongs where names carry it; a loose candidate whose own name lacks it counts only in a country
 *   where another candidate of the same name does carry it (Khaldé beside Nahr el Khâled, Lebanon).
 */
import { ARTICLES, foldExact, withTaMarbuta } from '../gazetteer/fold.js';
import { haversineKm } from '../gazetteer/gazetteer.js';
import { spellingSkeleton } from '../gazetteer/skeleton.js';
import type { Candidate, Mention } from '../types.js';
import { ABROAD, type AbroadInput, clearFocus } from './abroad.js';
import { ABOUT_SHARE, type Focus } from './focus.js';
import { ownName } from './own-name.js';

/** "al-Khaldia", "El-Geneina", "Al Khaldia": an Arabic article written before the name. */
const HYPHENED_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|ed|en|er|es|et|ez)[-‑]\p{L}/iu;
const SPACED_ARTICLE = /^Al \p{Lu}/u;

function hasArticle(name: string): boolean {
  for (const w of foldExact(name).split(' ')) if (ARTICLES.has(w)) return true;
  return false;
}

/** The countries where a candidate of this name carries an Arabic article, or null when the mention has none. */
export function articleCountries(mention: string, candidates: Candidate[]): Set<string> | null {
  if (!HYPHENED_ARTICLE.test(mention) && !SPACED_ARTICLE.test(mention)) return null;
  const out = new Set<string>();
  for (const c of candidates) if (c.countryCode && hasArticle(c.name)) out.add(c.countryCode);
  return out;
}

/** A loose candidate, without the article, in a country where no candidate of the name has one. */
export function articleAbroad(c: Candidate, countries: Set<string> | null): boolean {
  return !!countries && c.match === 'loose' && !countries.has(c.countryCode) && !hasArticle(c.name);
}

/** Whether the rest of the document is clearly about some country and the name has no area written beside it. It
 * must name a place in that country: "Israeli jets struck the port of Hodeidah … attacks on Israel" is about an
 * attacker and its target, and Hodeidah is still the Yemeni port. */
function focusedElsewhere(g: AbroadInput, focus: Focus): boolean {
  if (g.contexts.size) return false;
  return clearFocus(focus, g.focusIndex) && focus.restPlaces(g.focusIndex) >= MIN_PLACES;
}

/** Names of places (not the country) the rest of a document must hold in one country to be about it. */
const MIN_PLACES = 1;

/** How many times the story's strongest country must outweigh an alias's country for the alias to count as abroad. */
const DWARFED_BY = 4;

/** Whether the written name is `c`'s own up to its article and transliteration (the spelling skeleton): "Qamishli" for
 * Al Qāmishlī is its name as English news writes it, not another of its names. Not when an entry in another country
 * is spelled so too, even one the exact match shut out of the candidates: "Bayda" is as much Yemen's Al Bayda as
 * Libya's Al Bayḑā', and the story's country decides (loose-at-home.ts). */
export function ownSpelling(
  c: Candidate,
  folded: string,
  candidates: Candidate[],
  decides: (iso2: string) => boolean = () => true,
): boolean {
  const written = spellingSkeleton(folded);
  if (spellingSkeleton(c.name) !== written) return false;
  return !candidates.some(
    (o) => o.countryCode !== c.countryCode && spellingSkeleton(o.name) === written && decides(o.countryCode),
  );
}

/** An exact match through another of a town's names, outside the countries of a clearly focused document. */
export function aliasAbroad(
  c: Candidate,
  folded: string,
  g: AbroadInput,
  focus: Focus,
  candidates: Candidate[] = [],
): boolean {
  // A town only: an area's other names are often its common ones ("Kashmir" for the Kashmir Valley).
  if (c.match !== 'exact' || c.featureClass !== 'P' || !c.countryCode) return false;
  if (g.countryHints.has(c.countryCode) || g.sentenceCountries.has(c.countryCode)) return false;
  const there = focus(c.countryCode, g.focusIndex, true);
  // Some focus on the candidate's country keeps it unless another country's dwarfs it: a few "Israeli" jets in a Sweida
  // story do not make its "al-Majdal" Ashkelon.
  if (there >= ABROAD.maxFocus && there * DWARFED_BY > focus.restTop(g.focusIndex)) return false;
  // "al-Arima" for Al ‘Arīmah is its own name, the feminine ending written without its "h" (fold.ts).
  // A rival spelled so too decides only from a country the story is about: an "Israeli" strike near "Naqura" names
  // no country of either Naqura, and the name stays each one's own (the prior ranks them).
  const decides = (iso2: string) => focus(iso2, g.focusIndex, true) >= ABROAD.maxFocus;
  return ownName(c) !== folded && ownName(c) !== withTaMarbuta(folded) && !ownSpelling(c, folded, candidates, decides);
}

/** What the two rules read of a name's group (resolve.ts); `articles` is filled on first use. */
export interface NameWorldInput extends AbroadInput {
  name: string;
  mentions: Mention[];
  candidates: Candidate[];
  /** Every entry the lookup found (ownSpelling's rivals: loose ones that the exact match shut out). */
  looked: Candidate[];
  articles?: Set<string> | null;
  /** focusedElsewhere, on first use. */
  elsewhere?: boolean;
  /** Each candidate's farTerm without reasons, on first use: it reads nothing the ranking passes change, and both
   * passes ask for it of every candidate (the first of them more than once). */
  far?: Map<Candidate, number>;
}

/** The term of `c`: `articleAbroad` for a loose match, `aliasAbroad` for an exact one, or 0. */
export function nameWorldScore(
  c: Candidate,
  g: NameWorldInput,
  focus: Focus,
  w: { aliasAbroad: number; articleAbroad: number; focus: number },
  reasons: string[] | null,
  picked: Candidate[] = [],
): number {
  g.far ??= new Map();
  let term = g.far.get(c);
  if (term === undefined) {
    term = farTerm(c, g, focus, w, null);
    g.far.set(c, term);
  }
  if (!term) return 0;
  // A namesake within a few km of the story's places in a country it is about is no far one: "Ghajar" beside Khiam is
  // El Ghajar, across the border.
  for (const p of picked) {
    // A quarter of a degree of latitude is ~28 km: most far namesakes are ruled out without trigonometry.
    if (Math.abs(p.lat - c.lat) > 0.25 || Math.abs(p.lon - c.lon) > 0.35) continue;
    if (haversineKm(p.lat, p.lon, c.lat, c.lon) <= NEAR_KM && focus(p.countryCode, g.focusIndex) >= ABOUT_SHARE)
      return 0;
  }
  return reasons ? farTerm(c, g, focus, w, reasons) : term;
}

/** How near a place of the story (in a country it is about) a namesake abroad lies to be a border village. */
const NEAR_KM = 25;

function farTerm(
  c: Candidate,
  g: NameWorldInput,
  focus: Focus,
  w: { aliasAbroad: number; articleAbroad: number; focus: number },
  reasons: string[] | null,
): number {
  if (c.match === 'loose') {
    if (g.articles === undefined) g.articles = articleCountries(g.mentions[0].text, g.candidates);
    if (!articleAbroad(c, g.articles)) return 0;
    reasons?.push('written with an Arabic article, matched loosely where names do not carry it');
    return w.articleAbroad;
  }
  if (c.featureClass !== 'P') return 0;
  g.elsewhere ??= focusedElsewhere(g, focus);
  // A small town's other names are its former and foreign ones: one unit of evidence elsewhere is enough against it.
  const minor = c.population < ABROAD.minorAliasPopulation && focus.restMass(g.focusIndex) >= 1;
  if (!(g.elsewhere || minor) || !aliasAbroad(c, g.name, g, focus, g.looked)) return 0;
  reasons?.push('only another name of a place in a country the document is not about');
  // In a story clearly about another country, the focus such a candidate gets is its own name's vote for its
  // country, which the rest does not share: it does not count ("Mare" is Malé by one of its other names, and so votes
  // for the Maldives). A small town judged on less evidence (minor) keeps it: the rule alone weighs it enough.
  if (!g.elsewhere) return w.aliasAbroad;
  const selfVote = focus(c.countryCode, g.focusIndex) - focus(c.countryCode, g.focusIndex, true);
  return w.aliasAbroad - w.focus * Math.max(0, selfVote);
}
