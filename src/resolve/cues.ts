/**
 * Cue words around a name (recognition's class hints) as score terms: "the Jordan river" → H, "province of" → A,
 * "suburb of" → P, "town of" / "village of" → V (a settlement of its own, never a city's quarter), "X desert" → T, a
 * water-body name ("the Red Sea", "Gulf of Aden") → W, "X Park" → L (a local name).
 */
import type { Candidate } from '../types.js';

export interface CueWeights {
  cueMatch: number;
  cueMismatch: number;
  localOutsideFocus: number;
}

export function cueFits(c: Candidate, hint: string): boolean {
  if (hint === 'H' || hint === 'W') return c.featureClass === 'H';
  if (hint === 'L') return c.featureClass === 'L' || c.featureClass === 'S';
  if (hint === 'A') return c.featureClass === 'A';
  if (hint === 'P') return c.featureClass === 'P';
  if (hint === 'V') return c.featureClass === 'P' && c.featureCode !== 'PPLX';
  if (hint === 'T') return c.featureClass === 'T' || c.featureClass === 'L';
  return false;
}

/** The score the name's hints give candidate `c` (reasons appended when given). `outsideFocus` says whether `c` lies
 * outside the countries the document is about while the document has a clear focus. */
export function cueScore(
  hints: Set<string>,
  c: Candidate,
  candidates: Candidate[],
  w: CueWeights,
  reasons: string[] | null,
  outsideFocus: boolean,
): number {
  let s = 0;
  for (const h of hints) {
    if (h === 'L') {
      // A local name ("Victoria Park") does not jump to a town abroad when the document is about elsewhere.
      if (!cueFits(c, h) && outsideFocus) {
        s += w.localOutsideFocus;
        reasons?.push('a local name, outside the countries the document is about');
      }
      continue;
    }
    // A water-body name ("the Red Sea") counts against other senses only when a water body is among them.
    if (h === 'W' && !cueFits(c, h) && !candidates.some((k) => cueFits(k, h))) continue;
    if (fitsHere(c, h, candidates)) {
      s += w.cueMatch;
      reasons?.push(`cue word fits a ${c.featureClass} feature`);
    } else {
      s += strongMismatch(c, h, candidates) ? w.cueMismatch : w.cueMismatch / 3;
      reasons?.push(`cue word suggests a ${h} feature`);
    }
  }
  return s;
}

/** A section of a city (GeoNames PPLX) or an administrative division of one (ADMD, "Al Mazraa, Beyrouth"): what
 * "the village of X" cannot be. */
function cityPart(c: Candidate): boolean {
  return c.featureCode === 'PPLX' || c.featureCode === 'ADMD';
}

/** "Kwara and Niger states", "Mexico state": a unit word names a province, not a country, when the name has one. */
function fitsHere(c: Candidate, h: string, candidates: Candidate[]): boolean {
  if (!cueFits(c, h)) return false;
  return !(h === 'A' && c.featureCode.startsWith('PCL') && candidates.some((k) => k.featureCode === 'ADM1'));
}

/** A river or water-body cue is reliable ("the Jordan river"), as is "the village of X" against a city's quarter; the
 * others ("X region", "town of X") only nudge, and so does a river cue with no river of the name among the candidates
 * ("the Artibonite valley": the gazetteer lacks the river). */
function strongMismatch(c: Candidate, h: string, candidates: Candidate[]): boolean {
  if (h === 'H') return candidates.some((k) => cueFits(k, h));
  return h === 'W' || (h === 'V' && cityPart(c));
}
