/**
 * Which candidates of a name compete. Loose (transliteration) candidates only compete when no entry has the name
 * itself, except under a cue of kind: "the northern province of Saada" names a province, and when every entry spelled
 * "Saada" is a town (Sa'dah the city), the provinces matched loosely (Şa‘dah, the governorate) compete beside them;
 * "the Juba valley" names a river, and the Jubba competes beside Juba, the South Sudanese capital. And when every entry
 * spelled as written is a natural feature (springs "Ain Issa"), the towns whose name is the same finer loose key
 * ('Ayn 'Isa) compete beside them. A name written with its kind ("North-Western Province") is also the area that
 * the gazetteer names without it (North-Western, Zambia), even when another country's entry carries the kind word.
 * A name written with its country ("the Libyan city of Kufra") that no exact entry of that country bears is also the
 * loose spellings of that country (Al Kufrah), beside a foreign town that has the name among its others.
 */
import { ARTICLES, foldExact, foldLoose } from '../gazetteer/fold.js';
import type { Candidate, Mention } from '../types.js';
import { copyWith } from './copy-with.js';

/** The feature class a cue (recognition's class hint) asks for, when loose spellings of it may compete. */
const CUE_CLASS: Record<string, string> = { A: 'A', H: 'H' };

export function competingCandidates(m: Mention, all: Candidate[], exact: Candidate[]): Candidate[] {
  if (!exact.length) return withArticle(m, all);
  const hinted = inWrittenCountry(m, all, exact);
  if (hinted !== exact) return hinted;
  const kinded = withKindDropped(m, all, exact);
  if (kinded !== exact) return kinded;
  const cls = m.classHint ? CUE_CLASS[m.classHint] : undefined;
  if (!cls)
    return exact.every((c) => c.featureClass !== 'P' && c.featureClass !== 'A') ? withTowns(m, all, exact) : exact;
  if (exact.some((c) => c.featureClass === cls)) return exact;
  const cued = all.filter((c) => c.match === 'loose' && c.featureClass === cls);
  return cued.length ? exact.concat(cued) : exact;
}

/**
 * A province matched loosely under a province cue, whose own seat the gazetteer spells as written ("Saada province":
 * Şa‘dah the governorate, Sa'dah its capital): the spelling is the country's own, so the province is no guess abroad.
 */
export function provinceOfSeat(c: Candidate, hints: Set<string>, candidates: Candidate[]): boolean {
  if (c.match !== 'loose' || c.featureClass !== 'A' || !hints.has('A')) return false;
  return candidates.some(
    (k) => k.match !== 'loose' && k.featureClass === 'P' && k.countryCode === c.countryCode && k.admin1 === c.admin1,
  );
}

/** Words naming an admin area's kind, written after its name. */
const KIND_WORDS = new Set(['province', 'region', 'district', 'governorate', 'state', 'division']);

/** The exact entries and the areas named as written without the trailing kind word, as exact matches. */
function withKindDropped(m: Mention, all: Candidate[], exact: Candidate[]): Candidate[] {
  const folded = foldExact(m.text);
  const cut = folded.lastIndexOf(' ');
  if (cut < 0 || !KIND_WORDS.has(folded.slice(cut + 1))) return exact;
  const bare = folded.slice(0, cut);
  const areas = all.filter((c) => c.match === 'loose' && c.featureClass === 'A' && foldExact(c.name) === bare);
  return areas.length ? exact.concat(areas.map((c) => copyWith(c, { match: 'exact' as const }))) : exact;
}

/** A natural feature with this prior or more is a well-known one (seas, deserts, large regions; springs have ~0.1). */
const MAJOR_FEATURE = 0.6;

/** The exact entries (all natural features) and the loose towns spelled the same up to the finer loose key. */
function withTowns(m: Mention, all: Candidate[], exact: Candidate[]): Candidate[] {
  // A sea or a large region of the name ("the Caribbean") is what it names, not a town spelled like it (Corbin).
  if (exact.some((c) => (c.prior ?? 0) >= MAJOR_FEATURE)) return exact;
  let fine: string | undefined;
  const towns = all.filter((c) => {
    if (c.match !== 'loose' || c.featureClass !== 'P') return false;
    fine ??= foldLoose(m.text, true);
    return foldLoose(c.name, true) === fine;
  });
  return towns.length ? exact.concat(towns) : exact;
}

/** "Khan al-Shih": a name written with an Arabic article is matched loosely only by entries that write one too
 * (Kanshi, China, is no spelling of it); the article's absence from the entry is allowed when the article leads. */
function withArticle(m: Mention, all: Candidate[]): Candidate[] {
  const words = foldExact(m.text).split(' ');
  const inner = words.slice(1, -1).some((w) => ARTICLES.has(w));
  if (!inner) return all;
  return all.filter(
    (c) =>
      c.match !== 'loose' ||
      foldExact(c.name)
        .split(' ')
        .some((w) => ARTICLES.has(w)),
  );
}

/** The exact entries, and the loose ones of the mention's written country when no exact entry lies there. */
function inWrittenCountry(m: Mention, all: Candidate[], exact: Candidate[]): Candidate[] {
  const cc = m.countryHint;
  if (!cc || exact.some((c) => c.countryCode === cc)) return exact;
  const there = all.filter((c) => c.match === 'loose' && c.countryCode === cc);
  return there.length ? exact.concat(there) : exact;
}
