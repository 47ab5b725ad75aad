/**
 * Context written beside a name: its country or province after it ("Dumayr (Rural Damascus)", "DUMAYR, Syria"), and,
 * for the name written as that context, the place written before it ("Atlanta, Georgia": Georgia the state holding
 * an Atlanta).
 */
import { haversineKm } from '../gazetteer/gazetteer.js';
import type { Candidate } from '../types.js';

/** A district seat (or the district itself) written as the context of a town: the town lies within this distance. */
const DISTRICT_KM = 30;
const DISTRICT_SEAT = /^(?:PPLA2|PPLA3|ADM2|ADM3)$/;

export interface ContextWeights {
  contextCountry: number;
  contextAdmin: number;
  /** A candidate in none of the countries of the areas written as its context ("Moura in the Mopti region": Moura,
   * Portugal). */
  contextElsewhere: number;
}

/** `contexts`: the names written beside this one; `contextCands`: their candidates; `containsOf`: the candidate lists
 * of the names this one is written beside. */
export function writtenContextScore(
  c: Candidate,
  contexts: Set<string>,
  contextCands: Map<string, Candidate[]>,
  containsOf: Candidate[][],
  w: ContextWeights,
  reasons: string[] | null,
): number {
  if (contexts.size === 0 && containsOf.length === 0) return 0;
  let s = 0;
  let elsewhere = false;
  for (const ctx of contexts) {
    // A town written in a province ("in the Mopti region", "Stroud, Ontario") lies in that province's country; a
    // country written after a name is often the next item of a list, and is no such evidence.
    if (local(c) && !elsewhere) elsewhere = outsideArea(c, contextCands.get(ctx) ?? []);
    for (const k of contextCands.get(ctx) ?? []) {
      if (k.featureCode.startsWith('PCL') && k.countryCode === c.countryCode && c.featureCode !== k.featureCode) {
        s += w.contextCountry;
        reasons?.push(`written with "${ctx}"`);
        break;
      }
      if (k.featureCode === 'ADM1' && k.admin1 && k.admin1 === c.admin1 && c.geonameid !== k.geonameid) {
        s += w.contextAdmin;
        reasons?.push(`inside ${k.name}, as written beside it`);
        break;
      }
    }
    // "near Shamaa, in the Tyre district": a district named after its town holds the places around that town.
    const town = (contextCands.get(ctx) ?? []).find((k) => k.match !== 'loose');
    if (local(c) && town && DISTRICT_SEAT.test(town.featureCode) && c.countryCode === town.countryCode) {
      if (haversineKm(c.lat, c.lon, town.lat, town.lon) <= DISTRICT_KM) {
        s += w.contextAdmin;
        reasons?.push(`in the district of ${town.name}, as written beside it`);
      }
    }
  }
  if (elsewhere) {
    s += w.contextElsewhere;
    reasons?.push('outside the country of the area written as its context');
  }
  for (const inner of containsOf) {
    if (c.featureCode === 'ADM1' && inner.some((k) => k.admin1 === c.admin1 && k.geonameid !== c.geonameid)) {
      s += w.contextAdmin;
      reasons?.push('contains the place written before it');
      break;
    }
    if (
      c.featureCode.startsWith('PCL') &&
      inner.some((k) => k.countryCode === c.countryCode && k.geonameid !== c.geonameid)
    ) {
      s += w.contextCountry;
      reasons?.push('contains the place written before it');
      break;
    }
  }
  return s;
}

/** `c` lies in none of the countries of a context that names a province first of all (its best exact entry; a city
 * written after a name, "Washington, Moscow and Beijing", is the next item of a list, not its context). */
function outsideArea(c: Candidate, cands: Candidate[]): boolean {
  const exact = cands.filter((k) => k.match !== 'loose');
  if (!exact.length || exact[0].featureClass !== 'A' || exact[0].featureCode.startsWith('PCL')) return false;
  return !exact.some((k) => k.featureClass === 'A' && k.countryCode === c.countryCode);
}

/** A town or a district: smaller than a province, inside one country (not a country, a province, a river or a sea). */
function local(c: Candidate): boolean {
  if (c.featureClass === 'A') return /^ADM[2-5]/.test(c.featureCode);
  return c.kind === 'point' && c.featureClass !== 'H';
}
