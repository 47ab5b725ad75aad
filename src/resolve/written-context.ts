/**
 * Context written beside a name: its country or province after it ("Dumayr (Rural Damascus)", "DUMAYR, Syria"), and,
 * for the name written as that context, the place written before it ("Atlanta, Georgia": Georgia the state holding
 * an Atlanta).
 */
import type { Candidate } from '../types.js';

export interface ContextWeights {
  contextCountry: number;
  contextAdmin: number;
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
  for (const ctx of contexts) {
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
