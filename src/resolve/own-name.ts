/**
 * A town reached only through another of its names ("Frankfurt" among Frankfort, Kentucky's; "Delaware" among West
 * Point, Virginia's) when another town of the list is called so: by the written name itself (Milan) or by a longer
 * name it heads (Frankfurt am Main, Newcastle upon Tyne). A small town's other names hold its former and foreign
 * names; a reader means the place that bears the name. Such a candidate loses `aliasOnly` when the bearer is the
 * more populous: an exonym of a larger town stays its name ("Palmyra" is Tadmur, Syria, not Palmyra, New Jersey).
 * An area is never the bearer: "Basra" the province does not take the city's mentions from Basrah.
 */
import { ARTICLES, foldExact } from '../gazetteer/fold.js';
import type { Candidate } from '../types.js';

/** Candidates' folded names (the same entries come back for every mention of a name and every ranking pass). */
const folds = new WeakMap<Candidate, string>();
export function ownName(c: Candidate): string {
  let f = folds.get(c);
  if (f === undefined) {
    f = foldExact(c.name);
    folds.set(c, f);
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
 * Ghandouriye" for "Ghandouriye", "El Qasr" for "Al-Qasr"): the same name, neither a bearer nor only another name. */
function withArticle(c: Candidate, folded: string): boolean {
  return named(bare(ownName(c)), bare(folded));
}

/** The towns among a name's candidates matched only through another of their names while a more populous town bears
 * the name (computed once per name: the rankings score every candidate several times). */
export function aliasOnlyTowns(folded: string, candidates: Candidate[]): Set<Candidate> {
  let bearer = -1;
  for (const c of candidates)
    if (c.featureClass === 'P' && c.match === 'exact' && bears(c, folded)) bearer = Math.max(bearer, c.population);
  const out = new Set<Candidate>();
  if (bearer < 0) return out;
  for (const c of candidates) {
    if (c.featureClass !== 'P' || c.match !== 'exact' || c.population >= bearer) continue;
    if (!bears(c, folded) && !withArticle(c, folded)) out.add(c);
  }
  return out;
}

/** The term of `c`: `weight` (negative) when it is such a town, or 0; `g.aliased` caches the name's towns. */
export function aliasOnlyScore(
  c: Candidate,
  g: { name: string; candidates: Candidate[]; aliased?: Set<Candidate> },
  weight: number,
  reasons: string[] | null,
): number {
  g.aliased ??= aliasOnlyTowns(g.name, g.candidates);
  if (!g.aliased.has(c)) return 0;
  reasons?.push('only another name of this town, while a larger town bears the name');
  return weight;
}
