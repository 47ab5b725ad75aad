/**
 * A town reached only through another of its names ("Frankfurt" among Frankfort, Kentucky's; "Delaware" among West
 * Point, Virginia's) when another town of the list is called so: by the written name itself (Milan) or by a longer
 * name it heads (Frankfurt am Main, Newcastle upon Tyne). A small town's other names hold its former and foreign
 * names; a reader means the place that bears the name. Such a candidate loses `aliasOnly` unless it is much the more
 * populous (EXONYM_RATIO): an exonym of a larger town stays its name ("Palmyra" is Tadmur, Syria, not Palmyra, New Jersey).
 * An area is never the bearer ("Basra" the province does not take the city's mentions from Basrah), except a country:
 * its name is read as the country. A town of some size bearing the name takes it from a larger town of its own country.
 */
import { ARTICLES, foldExact, foldLoose, withTaMarbuta } from '../gazetteer/fold.js';
import { shortNames } from '../gazetteer/admin-areas.js';
import type { Candidate } from '../types.js';

/** Candidates' folded names (the same entries come back for every mention of a name and every ranking pass), by the
 * name itself: a lookup builds new candidate objects for each limit it is asked with, and a map of strings is cheaper
 * to ask than a WeakMap of objects. Bounded like the gazetteer's memos. */
const folds = new Map<string, string>();
export function ownName(c: Candidate): string {
  let f = folds.get(c.name);
  if (f === undefined) {
    f = foldExact(c.name);
    if (folds.size >= 50_000) folds.clear();
    folds.set(c.name, f);
  }
  return f;
}

/** `own` is the written name or starts with it as a whole word. */
function named(own: string, folded: string): boolean {
  return own === folded || (own.length > folded.length && own.startsWith(folded) && own[folded.length] === ' ');
}

/** The candidate's own name is the written one or starts with it ("Frankfurt am Main" bears "Frankfurt"). */
function bears(c: Candidate, folded: string): boolean {
  return named(ownName(c), folded);
}

/** A folded name without its leading Arabic article ("el qasr" → "qasr"). */
function bare(folded: string): string {
  const space = folded.indexOf(' ');
  return space > 0 && ARTICLES.has(folded.slice(0, space)) ? folded.slice(space + 1) : folded;
}

/** The candidate's own name is the written one with or without an Arabic article, in any of its spellings ("El
 * Ghandouriye" for "Ghandouriye", "El Qasr" for "Al-Qasr"), or with the "-ah" ending of a name written "-a" ("Al
 * ‘Arīmah" for "Arima"): the same name, neither a bearer nor only another name. `bareFolded` is the written name
 * without its article. */
function withArticle(c: Candidate, bareFolded: string): boolean {
  const own = bare(ownName(c));
  if (named(own, bareFolded)) return true;
  const feminine = own !== ownName(c) ? withTaMarbuta(bareFolded) : null;
  return feminine !== null && named(own, feminine);
}

/** An exonym is a famous town's: a town reached through another of its names keeps that name from a town that bears it
 * only when it is this many times as populous (Tadmur, 14 times Palmyra, New Jersey; not Talas, Turkey, one of whose
 * old names is Tafas, beside Syria's Ţafas of nearly its size). */
const EXONYM_RATIO = 2;

/** The towns among a name's candidates matched only through another of their names while a more populous town bears
 * the name (computed once per name: the rankings score every candidate several times). */
export function aliasOnlyTowns(folded: string, candidates: Candidate[]): ReadonlySet<Candidate> {
  let bearer = -1;
  // Countries where a town of some size bears the name.
  let bearerIn: string[] | null = null;
  for (const c of candidates) {
    if (c.match !== 'exact') continue;
    if (c.featureClass === 'P') {
      if (!bears(c, folded)) continue;
      bearer = Math.max(bearer, c.population);
      if (c.population >= SIZEABLE) {
        bearerIn ??= [];
        bearerIn.push(c.countryCode);
      }
    } else if (c.featureClass === 'A' && c.featureCode.startsWith('PCL') && bears(c, folded)) {
      // A country's own name is read as the country: "entered from Iraq" is not Arāk, one of whose other names it is.
      bearer = Number.POSITIVE_INFINITY;
    } else if (c.featureClass === 'A' && provinceBears(c, folded)) {
      // "Sulu", "Basilan": a province whose own name is the written one, written bare, takes it from its seat, which
      // holds it only as another name (Jolo, City of Isabela), in its own country.
      bearerIn ??= [];
      bearerIn.push(c.countryCode);
      bearer = Math.max(bearer, 0);
    }
  }
  if (bearer < 0) return NONE;
  const out = new Set<Candidate>();
  const bareFolded = bare(folded);
  let loose: string | undefined;
  for (const c of candidates) {
    if (c.featureClass !== 'P' || c.match !== 'exact') continue;
    // An old or poetic name of a city is not the name of a town of the same country that bears it ("the Ariel
    // settlement" is not Jerusalem); abroad, an exonym of the larger town stays its name (Palmyra).
    if (!bearerIn?.includes(c.countryCode)) {
      if (c.population >= EXONYM_RATIO * bearer) continue;
      // Nearly the bearer's size, a spelling of the same name ("Bārah" for "Bara") is no other name.
      if (c.population >= bearer) {
        loose ??= foldLoose(folded);
        if (foldLoose(c.name) === loose) continue;
      }
    }
    if (!bears(c, folded) && !withArticle(c, bareFolded) && !seatOfNamed(c, folded, candidates)) out.add(c);
  }
  return out;
}

/** The seat of a province that bears the name: the province is named after it, and GeoNames often spells the two
 * differently (Mykolaiv oblast, its seat Mykolayiv), so the name is the seat's own, not only another of its names. */
function seatOfNamed(c: Candidate, folded: string, candidates: Candidate[]): boolean {
  if (c.featureCode !== 'PPLA') return false;
  return candidates.some(
    (a) => a.featureCode === 'ADM1' && a.countryCode === c.countryCode && a.admin1 === c.admin1 && bears(a, folded),
  );
}

/** A province or district (ADM1, ADM2) whose own name, its unit word aside ("Province of Sulu"), is the written
 * name. */
function provinceBears(c: Candidate, folded: string): boolean {
  if (c.match !== 'exact' || (c.featureCode !== 'ADM1' && c.featureCode !== 'ADM2')) return false;
  return shortNames(c.name).some((n) => foldExact(n) === folded);
}

/** No town of the name is only another name (read-only: shared by every such name). */
const NONE: ReadonlySet<Candidate> = new Set();

/** A town that size bears its name in its own country. */
const SIZEABLE = 10000;

/** The term of `c`: `weight` (negative) when it is such a town, or 0; `g.aliased` caches the name's towns. */
export function aliasOnlyScore(
  c: Candidate,
  g: { name: string; candidates: Candidate[]; aliased?: ReadonlySet<Candidate> },
  weight: number,
  reasons: string[] | null,
): number {
  g.aliased ??= aliasOnlyTowns(g.name, g.candidates);
  if (!g.aliased.has(c)) return 0;
  reasons?.push('only another name of this town, while a larger town bears the name');
  return weight;
}
