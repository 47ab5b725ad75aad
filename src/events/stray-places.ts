/**
 * Stray places: a mention resolved into a country the article otherwise never concerns ("Lido" beach in a Somali
 * capital read as a town in Italy, an unknown Congolese village read as a US town) while the article is plainly
 * about another country. The event stage does not trust such a reading as an event place: a sentence continuing an
 * incident already placed takes that incident's place; otherwise a loosely spelled reading is dropped (a guessed
 * place abroad is worse than no event), and an exactly spelled one is kept ("Separately, a bomb exploded in X").
 */
import type { ResolvedMention } from '../types.js';
import { fold } from './context.js';
import { type Candidate, type PlaceChoice, weakPlace } from './model.js';
import type { Span } from './sentences.js';

const countryLevel = (m: ResolvedMention) => m.place!.featureClass === 'A' && /^PCL/.test(m.place!.featureCode);

/** The gazetteer name is not the name written (after folding case, accents and punctuation). */
export const looseReading = (m: ResolvedMention): boolean => !!m.place && fold(m.place.name) !== fold(m.text);

/** The sentence around offset `at` (at most 400 characters each way: a run-on line stays cheap). */
function sentenceAround(text: string, at: number): [number, number] {
  const from = Math.max(0, at - 400);
  const head = text.slice(from, at);
  const cut = Math.max(head.lastIndexOf('\n'), ...[...head.matchAll(/[.!?]\s/g)].map((m) => m.index + 1));
  const rest = /[.!?](?:\s|$)|\n/.exec(text.slice(at, at + 400));
  return [cut >= 0 ? from + cut + 1 : from, rest ? at + rest.index + 1 : Math.min(text.length, at + 400)];
}

/**
 * The stray mentions among `usable` (resolved place mentions that may be event places; `all` sorted by start). A
 * mention in country C is stray when no other place of C is named with its gazetteer spelling (a town or region, not
 * C itself), C is not named in the same sentence, and another country has at least two well-read mentions and more
 * than C has.
 */
export function strayMentions(text: string, usable: ResolvedMention[], all: ResolvedMention[]): Set<ResolvedMention> {
  const strong = new Map<string, Map<string, number>>();
  for (const m of usable) {
    const cc = m.place?.countryCode;
    if (!cc || countryLevel(m) || looseReading(m)) continue;
    const names = strong.get(cc) ?? new Map<string, number>();
    names.set(fold(m.text), (names.get(fold(m.text)) ?? 0) + 1);
    strong.set(cc, names);
  }
  const total = (names?: Map<string, number>) => [...(names?.values() ?? [])].reduce((a, b) => a + b, 0);
  const top = Math.max(0, ...[...strong.values()].map(total));
  const out = new Set<ResolvedMention>();
  for (const m of usable) {
    const cc = m.place?.countryCode;
    // A country's own name is stray only when read loosely ("eastern Congo" read as the other Congo).
    if (!cc || (countryLevel(m) && !looseReading(m))) continue;
    const names = strong.get(cc);
    const own = total(names);
    if ([...(names?.keys() ?? [])].some((n) => n !== fold(m.text)) || top < 2 || top <= own) continue;
    const [s, e] = sentenceAround(text, m.start);
    let i = lowerBound(all, s);
    let named = false;
    for (; i < all.length && all[i].start < e && !named; i++) {
      const o = all[i];
      named = fold(o.text) !== fold(m.text) && o.place?.countryCode === cc && countryLevel(o);
    }
    if (!named) out.add(m);
  }
  return out;
}

function lowerBound(sorted: ResolvedMention[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * "The bomber blew himself up near the Lido beach": the place of the latest placed event of the same paragraph
 * (sentences after the last line break before `sentence`), or null.
 */
export function incidentPlace(cands: Candidate[], text: string, sentence: Span): PlaceChoice | null {
  for (let k = cands.length - 1; k >= 0; k--) {
    const c = cands[k];
    if (text.slice(c.sentence.start, sentence.start).includes('\n')) return null;
    if (!weakPlace(c.place)) return c.place;
  }
  return null;
}
