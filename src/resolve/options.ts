/** The resolver's options and its feature weights (documented in resolve.ts, each feature in its own file). */
import type { Candidate } from '../types.js';

export interface CandidateSource {
  lookup(name: string, options?: { limit?: number; loose?: boolean }): Candidate[];
  country(iso2: string): Candidate | null;
}

export interface ResolveOptions {
  /** Candidates considered per name. @defaultValue 25 */
  maxCandidates?: number;
  /** Below this score the answer is "no match". @defaultValue 0.3 */
  minScore?: number;
  /** Alternatives kept per mention. @defaultValue 5 */
  alternatives?: number;
  /** Countries (ISO2) the user says the documents are about ("my area of interest"); half of the country focus
   * then comes from them, half from the document. @defaultValue [] */
  focusCountries?: string[];
  weights?: Partial<typeof DEFAULT_WEIGHTS>;
}

export const DEFAULT_WEIGHTS = {
  prior: 1,
  loose: -0.45,
  closeSpelling: 0.3,
  focus: 0.9,
  cueMatch: 0.6,
  cueMismatch: -1.0,
  contextCountry: 1.0,
  countryHint: 0.6,
  sentenceCountry: 0.3,
  seat: 0.35,
  looseOutsideFocus: -1,
  contextAdmin: 1.2,
  contextElsewhere: -1.2,
  coherenceNear: 0.45,
  coherenceRegion: 0.2,
  listKind: 0.5,
  listMate: 0.4,
  listMateCountry: 0.3,
  inNamedProvince: 0.2,
  containsNamed: 0.15,
  nearSense: 0.45,
  localOutsideFocus: -1,
  minorAbroad: -1,
  aliasAbroad: -1,
  articleAbroad: -1,
  aliasOnly: -1,
};
