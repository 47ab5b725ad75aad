/**
 * Mentions grouped by name (resolve.ts): one sense per name per document, so each group is ranked once and every
 * mention of it gets the same pick. A group gathers its candidates (loose ones only when no entry has the name
 * itself), the cues, contexts and country hints of all its mentions.
 */
import { foldExact } from '../gazetteer/fold.js';
import type { Candidate, Mention } from '../types.js';
import { competingCandidates } from './cued-candidates.js';
import { withWholeOcean } from './ocean-names.js';
import type { PlaceKind } from './lists.js';
import type { CandidateSource } from './options.js';
import { withSeatProvince } from './seat-province.js';
import { senseKey } from './sense-key.js';

export interface Group {
  /** The group's key (senseKey); `name` is the folded name. */
  key: string;
  name: string;
  mentions: Mention[];
  candidates: Candidate[];
  /** Every entry the lookup found, the loose ones an exact match shuts out of `candidates` included. */
  looked: Candidate[];
  hints: Set<string>;
  contexts: Set<string>;
  countryHints: Set<string>;
  /** Countries named in the sentences of its mentions (Mention.sentenceCountries). */
  sentenceCountries: Set<string>;
  /** Candidate lists of the names this one is written as context for. */
  containsOf: Candidate[][];
  /** The kind of place the other items of a list this name stands in were resolved to ("Virginia, Washington, Wyoming"). */
  listKind?: PlaceKind;
  /** The places the other items of its list were resolved to (first pass). */
  listMates?: Candidate[];
  /** The countries of the other items of its list whose names lie in one country only. */
  listCountries?: Set<string>;
  /** Position of this name's candidate list in the focus evidence (its own evidence is left out of its focus). */
  focusIndex: number;
  /** Its mention's finer loose key (computed on first use). */
  fine?: string;
  skeleton?: string; // close-spelling.ts, on first use
  provinces?: Candidate[]; // its A-class candidates, on first use
  articles?: Set<string> | null; // these two: name-world.ts, on first use
  elsewhere?: boolean;
  /** Its towns reached only through another of their names (own-name.ts), on first use. */
  aliased?: Set<Candidate>;
  far?: Map<Candidate, number>; // name-world.ts, on first use
}

/** The groups by key, and each mention's group key (senseKey folds the name: computed once). */
export function groupMentions(
  mentions: Mention[],
  gaz: CandidateSource,
  maxC: number,
  text: string,
): { groups: Map<string, Group>; keyOf: Map<Mention, string> } {
  const groups = new Map<string, Group>();
  // Each mention's group key (senseKey folds the name: computed once).
  const keyOf = new Map<Mention, string>();
  for (const m of mentions) {
    if (m.role === 'demonym') continue;
    const name = foldExact(m.text);
    const key = senseKey(m, name);
    keyOf.set(m, key);
    let g = groups.get(key);
    if (!g) {
      let all = withWholeOcean(m, gaz.lookup(m.text, { limit: maxC }), gaz);
      // Loose (transliteration) candidates only compete when no entry has the name itself. A short loose key has
      // hundreds of entries ordered by prior: take more of them, so that the document's focus can find its village.
      const exact = all.filter((c) => c.match !== 'loose');
      if (!exact.length && all.length === maxC) all = gaz.lookup(m.text, { limit: maxC * 8 });
      g = {
        key,
        name,
        mentions: [],
        candidates: withSeatProvince(m, competingCandidates(m, all, exact), exact, gaz, text),
        looked: all,
        hints: new Set(),
        contexts: new Set(),
        countryHints: new Set(),
        sentenceCountries: new Set(),
        containsOf: [],
        focusIndex: -1,
        listMates: undefined,
        fine: undefined,
      };
      groups.set(key, g);
    }
    g.mentions.push(m);
    if (m.classHint) g.hints.add(m.classHint);
    if (m.context) g.contexts.add(m.context);
    if (m.countryHint) g.countryHints.add(m.countryHint);
    for (const cc of m.sentenceCountries ?? []) g.sentenceCountries.add(cc);
  }
  return { groups, keyOf };
}
