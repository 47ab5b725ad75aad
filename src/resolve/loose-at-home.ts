/**
 * A name held back abroad that the story's own country spells otherwise (applied after ranking). "Kufra" in a
 * Libyan story matches exactly only a Turkish town that has it among its other names, and an exact match shuts out the
 * loose ones, so Al Kufrah, Libya never competes; the Turkish town is then held back and the name gets no pin. When
 * the story's pinned places lie mostly in one country, no candidate of the name lies there and each held one has the
 * name only among its others, the one notable entry of that country spelled as written up to transliteration
 * conventions (the spelling skeleton) is the place; entries lying at one point count as one. A roundup of several
 * countries has no such country, but a sentence that names one country ("In Yemen, … an attack in Bayda") gives it for
 * the names it holds; there the written country is evidence enough for a village of little renown.
 */
import { haversineKm } from '../gazetteer/distance.js';
import { foldExact } from '../gazetteer/fold.js';
import { spellingSkeleton } from '../gazetteer/skeleton.js';
import type { Candidate, ResolvedMention, ScoredCandidate } from '../types.js';
import type { CandidateSource } from './options.js';
import { ownName } from './own-name.js';

/** The story's home country: at least this many of its pinned place mentions… */
const HOME_MIN = 4;
/** …and at least this share of them lie in it. */
const HOME_SHARE = 0.6;
/** The home entry must be of some renown (a province, a town of some size): a village name recurs across a country
 * ("Ain al-Tineh", a fig spring, names villages in Latakia and Quneitra alike). */
const MIN_PRIOR = 0.3;
/** A home entry of little renown is taken only this close to a place the story pins in that country… */
const NEAR_KM = 25;
/** …and is looked for this deep among the loose namesakes, and at least twice as deep as the first search (a held
 * name is rare: one wider search). */
const WIDE = 100;
/** Entries of one place: GeoNames gives a governorate, its seat and the seat's district one point ("Al Bayda"). */
const ONE_PLACE_KM = 2;

/** The one home entry meant, or null: several entries count as one when they all lie at one point (the first, best
 * prior, stands for them). */
function onePlace(there: Candidate[]): Candidate | null {
  if (!there.length) return null;
  const [first] = there;
  return there.every((c) => haversineKm(first.lat, first.lon, c.lat, c.lon) <= ONE_PLACE_KM) ? first : null;
}

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
  let story: string | null | undefined;
  const found = new Map<string, ScoredCandidate | null>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    // Cheap first: a place name with no pin whose exact namesakes were all held back (rare).
    if (m.role !== 'place' || m.place || !m.alternatives.length) continue;
    const written = m.sentenceCountries?.length === 1 ? m.sentenceCountries[0] : null;
    if (story === undefined && !written) story = homeCountry(mentions); // once: null is an answer too
    const home = written ?? story;
    if (!home || m.alternatives.some((c) => c.countryCode === home)) continue;
    // Only namesakes reached through another of their names: a village abroad spelled so shares a common name.
    const folded = foldExact(m.text);
    if (m.alternatives.some((c) => ownName(c) === folded)) continue;
    let pick = found.get(`${home} ${m.text}`);
    if (pick === undefined) {
      // The resolver's own lookup (memoised): no new search.
      const skeleton = spellingSkeleton(m.text);
      const fits = (c: Candidate) =>
        c.match === 'loose' &&
        c.countryCode === home &&
        (c.featureClass === 'P' || c.featureClass === 'A') &&
        spellingSkeleton(c.name) === skeleton;
      const first = gaz.lookup(m.text, { limit: maxCandidates });
      const there = first.filter((c) => fits(c) && (c.prior ?? 0) >= MIN_PRIOR);
      let one = onePlace(there);
      let why = written ? 'the country its sentence names' : "where the story's places lie";
      if (!there.length) {
        // A village of little renown, when its sentence names the country or it lies by a town the story pins there
        // ("Minieh" by Tripoli, Lebanon).
        const pins = mentions.flatMap((p) =>
          p.role === 'place' && p.place && p.place.countryCode === home ? [p.place] : [],
        );
        const near = (c: Candidate) => pins.some((p) => haversineKm(p.lat, p.lon, c.lat, c.lon) <= NEAR_KM);
        // A wider search only when the first one was cut short.
        const wide =
          first.length < maxCandidates ? first : gaz.lookup(m.text, { limit: Math.max(WIDE, 2 * maxCandidates) });
        one = onePlace(wide.filter((c) => fits(c) && (!!written || near(c))));
        if (!written) why = `within ${NEAR_KM} km of a place the story names`;
      }
      pick = one ? { ...one, score: 0, reasons: [`spelled as written in ${home}, ${why}`] } : null;
      found.set(`${home} ${m.text}`, pick);
    }
    if (!pick) continue;
    out ??= mentions.slice();
    out[i] = { ...m, place: pick };
  }
  return out ?? mentions;
}
