/**
 * The countries named in each sentence: a town's namesakes abroad are less likely when its own sentence names the
 * country it lies in ("Across the border in Chad, refugees crossed into Adre": Adré, Chad, not Adriers, France).
 * Sets Mention.sentenceCountries. Linear: each gap between consecutive mentions is scanned once.
 */
import type { Mention } from '../types.js';
import type { NameIndex } from './people.js';

/** A sentence ends between two mentions: a full stop, question or exclamation mark before a space, or a line break. */
const SENTENCE_END = /[.!?]["'”’)]?\s|\n/;

/** The country a place mention names, if its best exact candidate is a country. */
function countryOf(m: Mention, gaz: NameIndex): string | undefined {
  if (m.role !== 'place') return undefined;
  const best = gaz.lookup(m.text, { limit: 1, loose: false })[0];
  return best?.featureCode.startsWith('PCL') ? best.countryCode : undefined;
}

export function markSentenceCountries(text: string, gaz: NameIndex, mentions: Mention[]): void {
  let from = 0;
  for (let k = 0; k <= mentions.length; k++) {
    const end =
      k === mentions.length || (k > from && SENTENCE_END.test(text.slice(mentions[k - 1].end, mentions[k].start)));
    if (!end) continue;
    const sentence = mentions.slice(from, k);
    const named = sentence.map((m) => countryOf(m, gaz));
    if (named.some(Boolean)) {
      for (let i = 0; i < sentence.length; i++) {
        const m = sentence[i];
        if (m.role !== 'place' || named[i]) continue;
        const others = [...new Set(named.filter((cc): cc is string => !!cc))];
        if (others.length) m.sentenceCountries = others;
      }
    }
    from = k;
  }
}
