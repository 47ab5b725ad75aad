/**
 * Unknown spellings inside lists of places: "Aita al-Shaab and Ramyeh", "Bani Suhaila, Khuza'a and Abasan",
 * "including Khiam and Kfar Kila". A capitalised name no entry spells exactly, written as an item of a list whose
 * neighbouring item is a place, is taken when one of its loose (transliteration) matches is a town or area of the
 * neighbour's country. Cue words before a name are handled in recognize.ts; this covers list items without one.
 */
import { foldExact } from '../gazetteer/fold.js';
import { spellingSkeleton } from '../gazetteer/skeleton.js';
import type { Mention } from '../types.js';
import { CONNECTORS, lexicon } from './lexicon.js';
import type { NameIndex, Run } from './people.js';
import type { Token } from './tokenize.js';

/** Feature words of Arabic place names ("Khirbet Ghazaleh", "Wadi Khaled", "Mazraat Beit Jinn"): part of a village's
 * own name, unlike the English ones ("Mountain Dairy"), which keep a run out of a list of places. */
export const ARABIC_FEATURE_WORDS = new Set([
  'nahr',
  'jabal',
  'jebel',
  'wadi',
  'mazraat',
  'mazraet',
  'mazraa',
  'khirbet',
  'khirbat',
]);

/** A plural admin-unit word right after a list's last item ("the Poonch and Rajouri districts"). */
const PLURAL_UNIT_AFTER = /^ (?:districts|provinces|regions|states|governorates|oblasts|counties|departments)\b/;

/** The text between two items of a list. */
/** Between two items of a list: ", ", " and ", ", and ", " or ". */
export const LIST_GAP = /^(?:,|, and|, or| and| or),? $/;

/** The country of the neighbour's best exact candidate into `near`, when the neighbour is a town or an area inside a
 * country (next to a country, a list item is another country or a group: "backed by Iran and allied militias"); the
 * countries of its other exact towns and areas into `other` ("Qana" is first Qina, Egypt, by size, and the list may be
 * of Lebanese villages). */
function countriesOf(m: Mention | undefined, gaz: NameIndex, near: Set<string>, other: Set<string>): void {
  if (m?.role !== 'place') return;
  // The resolver's own query (memoised): its best match by spelling, the exact ones first.
  const list = gaz.lookup(m.text, { limit: 25 });
  const best = list.find((c) => c.match !== 'loose') ?? list[0];
  if (!best || best.featureCode.startsWith('PCL') || !best.countryCode) return;
  near.add(best.countryCode);
  if (best.match !== 'loose')
    for (const c of list)
      if (c.match !== 'loose' && c.countryCode && (c.featureClass === 'P' || c.featureClass === 'A'))
        other.add(c.countryCode);
}

function plausibleName(tokens: Token[], run: Run, lowerWords: Set<string>): boolean {
  if (run.to - run.from > 3 || tokens[run.from].sentenceStart) return false;
  const lex = lexicon();
  for (let k = run.from; k <= run.to; k++) {
    const t = tokens[k];
    if (!t.cap) {
      if (!CONNECTORS.has(t.lower)) return false;
      continue;
    }
    if (t.allCaps || lowerWords.has(t.lower) || lex.common.has(t.lower) || lex.firstNames.has(t.lower)) return false;
    if (lex.demonyms.has(t.lower) || lex.orgHeads.has(t.lower) || lex.personTitles.has(t.lower)) return false;
  }
  return run.to > run.from || tokens[run.from].text.length >= 4;
}

/** The parts of a run between "and" / "or" ("Shabwa and Hadramout" → two parts). */
function parts(tokens: Token[], run: Run): Run[] {
  const out: Run[] = [];
  let from = run.from;
  for (let k = run.from; k <= run.to + 1; k++) {
    if (k <= run.to && tokens[k].lower !== 'and' && tokens[k].lower !== 'or') continue;
    if (k - 1 >= from) out.push({ from, to: k - 1 });
    from = k + 1;
  }
  return out;
}

/** Mentions for the parts of `runs` (capitalised runs of plain names, in text order) that no mention covers and that
 * stand as items of a list of places. */
export function looseListItems(
  text: string,
  tokens: Token[],
  runs: Run[],
  mentions: Mention[],
  gaz: NameIndex,
  lowerWords: Set<string>,
): Mention[] {
  const out: Mention[] = [];
  // The item taken last and the countries its match lay in: "Hebbariyeh, Shebaa, Wazzani", each item unknown, chain.
  let last: { end: number; near: Set<string> } | null = null;
  let p = 0; // first mention ending after the part's start
  for (const run of runs.flatMap((r) => parts(tokens, r))) {
    const start = tokens[run.from].start;
    const end = tokens[run.to].end;
    while (p < mentions.length && mentions[p].end <= start) p++;
    if ((p < mentions.length && mentions[p].start < end) || !plausibleName(tokens, run, lowerWords)) continue;
    const prev = p > 0 ? mentions[p - 1] : undefined;
    const next = mentions[p];
    const near = new Set<string>();
    const other = new Set<string>();
    if (prev && LIST_GAP.test(text.slice(prev.end, start))) countriesOf(prev, gaz, near, other);
    if (next && LIST_GAP.test(text.slice(end, next.start))) countriesOf(next, gaz, near, other);
    if (last && last.end > (prev?.end ?? -1) && LIST_GAP.test(text.slice(last.end, start)))
      for (const cc of last.near) near.add(cc);
    if (near.size === 0) continue;
    const span = text.slice(start, end);
    if (gaz.hasExact(foldExact(span))) continue;
    const met = new Set<string>();
    const skeleton = [...other].some((cc) => !near.has(cc)) ? spellingSkeleton(span) : '';
    // "the Poonch and Rajouri districts": before a plural unit word every item is an area, so an area of the
    // neighbour's other countries counts however it is spelled (Rājauri, where Poonch is also Pakistan's division).
    const units = PLURAL_UNIT_AFTER.test(text.slice(end, end + 16));
    for (const c of gaz.lookup(span, { limit: 200 })) {
      if (c.featureClass !== 'P' && c.featureClass !== 'A') continue;
      if (near.has(c.countryCode)) met.add(c.countryCode);
      // In the neighbour's other countries, only a town spelled as written up to transliteration (skeleton.ts).
      else if (
        skeleton &&
        other.has(c.countryCode) &&
        ((units && c.featureClass === 'A') || spellingSkeleton(c.name) === skeleton)
      )
        met.add(c.countryCode);
    }
    if (met.size === 0) continue;
    out.push({ start, end, text: span, role: 'place' });
    last = { end, near: met };
  }
  return out;
}

/** A place the gazetteer spells as written, or as written without its entry's Arabic article ("Khiam": El Khiam), which
 * the lookup finds before any loose spelling. */
export function spelledAsWritten(name: string, gaz: NameIndex): boolean {
  return gaz.hasExact(foldExact(name)) || gaz.lookup(name, { limit: 1 })[0]?.match === 'exact';
}
