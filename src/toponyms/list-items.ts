/**
 * Unknown spellings inside lists of places: "Aita al-Shaab and Ramyeh", "Bani Suhaila, Khuza'a and Abasan",
 * "including Khiam and Kfar Kila". A capitalised name no entry spells exactly, written as an item of a list whose
 * neighbouring item is a place, is taken when one of its loose (transliteration) matches is a town or area of the
 * neighbour's country. Cue words before a name are handled in recognize.ts; this covers list items without one.
 */
import { foldExact } from '../gazetteer/fold.js';
import type { Mention } from '../types.js';
import { CONNECTORS, lexicon } from './lexicon.js';
import type { NameIndex, Run } from './people.js';
import type { Token } from './tokenize.js';

/** The text between two items of a list. */
/** Between two items of a list: ", ", " and ", ", and ", " or ". */
export const LIST_GAP = /^(?:,|, and|, or| and| or),? $/;

/** The country of the neighbour's best exact candidate, when the neighbour is a town or an area inside a country (next
 * to a country, a list item is another country or a group: "backed by Iran and allied militias"). */
function countryOf(m: Mention | undefined, gaz: NameIndex): string | undefined {
  if (m?.role !== 'place') return undefined;
  // The resolver's own query (memoised): its best match by spelling, the exact ones first.
  const list = gaz.lookup(m.text, { limit: 25 });
  const best = list.find((c) => c.match !== 'loose') ?? list[0];
  return best && !best.featureCode.startsWith('PCL') ? best.countryCode || undefined : undefined;
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
  let p = 0; // first mention ending after the part's start
  for (const run of runs.flatMap((r) => parts(tokens, r))) {
    const start = tokens[run.from].start;
    const end = tokens[run.to].end;
    while (p < mentions.length && mentions[p].end <= start) p++;
    if ((p < mentions.length && mentions[p].start < end) || !plausibleName(tokens, run, lowerWords)) continue;
    const prev = p > 0 ? mentions[p - 1] : undefined;
    const next = mentions[p];
    const near = new Set<string>();
    const a = prev && LIST_GAP.test(text.slice(prev.end, start)) ? countryOf(prev, gaz) : undefined;
    const b = next && LIST_GAP.test(text.slice(end, next.start)) ? countryOf(next, gaz) : undefined;
    if (a) near.add(a);
    if (b) near.add(b);
    if (near.size === 0) continue;
    const span = text.slice(start, end);
    if (gaz.hasExact(foldExact(span))) continue;
    const ok = gaz
      .lookup(span, { limit: 200 })
      .some((c) => near.has(c.countryCode) && (c.featureClass === 'P' || c.featureClass === 'A'));
    if (ok) out.push({ start, end, text: span, role: 'place' });
  }
  return out;
}
