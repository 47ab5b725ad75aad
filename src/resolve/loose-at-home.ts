/**
 * A name held back abroad that the story's own country spells otherwise (applied after ranking). "Kufra" in a
 * Libyan story matches exactly only a Turkish town that has it among its other names, and an exact match shuts out the
 * loose ones, so Al Kufrah, Libya never competes; the Turkish town is then held back and the name gets no pin. When
 * the story's pinned places lie mostly in one country, no candidate of the name lies there and each held one has the
 * name only among its others, the one notable entry of that country spelled as written up to transliteration
 * conventions (the spelling skeleton) is the place.
 */
import { foldExact } from '../gazetteer/fold.js';
import { spellingSkeleton } from '../gazetteer/skeleton.js';
import type { ResolvedMention, ScoredCandidate } from '../types.js';
import type { CandidateSource } from './options.js';
import { ownName } from './own-name.js';

/** The story's home country: at least this many of its pinned place mentions… */
const HOME_MIN = 4;
/** …and at least this share of them lie in it. */
const HOME_SHARE = 0.6;
/** The home entry must be of some renown (a province, a town of some size): a village name recurs across a country
 * ("Ain al-Tineh", a fig spring, names villages in Latakia and Quneitra alike). */
const MIN_PRIOR = 0.3;

function homeCountry(mentions: ResolvedMention[]): string | null {
  const count = new Map<string, number>();
  let all = 0;
  for (const m of mentions) {
    const cc = m.role === 'place' ? m.place?.countryCode : undefined;
    if (!cc) continue;
    all++;
    count.set(cc, (count.get(cc) ?? 0) + 1);
  }
  let top: string | null = null;
  let n = 0;
  for (const [cc, k] of count) if (k > n) [top, n] = [cc, k];
  return n >= HOME_MIN && n >= HOME_SHARE * all ? top : null;
}

export function applyLooseAtHome(
  mentions: ResolvedMention[],
  gaz: CandidateSource,
  maxCandidates = 25,
): ResolvedMention[] {
  let out: ResolvedMention[] | null = null;
  let home: string | null | undefined;
  const found = new Map<string, ScoredCandidate | null>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    // Cheap first: a place name with no pin whose exact namesakes were all held back (rare).
    if (m.role !== 'place' || m.place || !m.alternatives.length) continue;
    if (home === undefined) home = homeCountry(mentions); // once: null is an answer too
    if (!home || m.alternatives.some((c) => c.countryCode === home)) continue;
    // Only namesakes reached through another of their names: a village abroad spelled so shares a common name.
    const folded = foldExact(m.text);
    if (m.alternatives.some((c) => ownName(c) === folded)) continue;
    let pick = found.get(m.text);
    if (pick === undefined) {
      // The resolver's own lookup (memoised): no new search.
      const skeleton = spellingSkeleton(m.text);
      const there = gaz
        .lookup(m.text, { limit: maxCandidates })
        .filter(
          (c) =>
            c.match === 'loose' &&
            c.countryCode === home &&
            (c.prior ?? 0) >= MIN_PRIOR &&
            (c.featureClass === 'P' || c.featureClass === 'A') &&
            spellingSkeleton(c.name) === skeleton,
        );
      pick =
        there.length === 1
          ? { ...there[0], score: 0, reasons: [`spelled as written in ${home}, where the story's places lie`] }
          : null;
      found.set(m.text, pick);
    }
    if (!pick) continue;
    out ??= mentions.slice();
    out[i] = { ...m, place: pick };
  }
  return out ?? mentions;
}
