/**
 * '"We killed dozens of terrorists," the army said.': quotations are masked for the event reading (masked-text.ts),
 * so a toll told only inside a party's quoted statement was lost. ACLED counts a party's own claim when no other
 * report gives a toll (claimed-toll.ts keeps the other report when there is one), so a quoted kill count, in the
 * event's sentence or one of the two after it, gives its toll to the last violent event told before the quote that has
 * none — when the quote's sentence tells no event of its own elsewhere and the count is no running total ("we have
 * killed 500 terrorists this year") (docs/taxonomy.md, "Twenty-third session: events review").
 */
import { countFatalities } from './fatalities.js';
import { type Candidate, VIOLENT } from './model.js';
import type { Span } from './sentences.js';

const QUOTE = /["“]([^"”]{8,400})["”]/g;

/** A span of time or a whole war after the count makes it a running total (as in toll-update.ts). */
const RUNNING =
  /\b(?:since|so\s+far|to\s+date|in\s+total|overall|this\s+(?:year|month)|last\s+(?:year|month)|in\s+the\s+(?:past|last)\s|(?:in|during|of)\s+the\s+(?:war|conflict|insurgency|campaign)\b)/i;

/** Give quoted kill counts to the events before them that have no toll, in place. `text` is the unmasked text. */
export function applyQuotedTolls(cands: Candidate[], text: string, sentences: Span[]): void {
  sentences.forEach((sentence, i) => {
    const own = text.slice(sentence.start, sentence.end);
    for (const q of own.matchAll(QUOTE)) {
      const quote = q[1];
      if (RUNNING.test(quote)) continue;
      const n = countFatalities(quote);
      if (n <= 0) continue;
      const at = sentence.start + (q.index ?? 0);
      const before = cands.filter(
        (c) => !c.front && c.sentenceIndex >= i - 2 && c.sentenceIndex <= i && c.sentence.start < at,
      );
      const lead = before.at(-1);
      if (!lead || !VIOLENT.has(lead.event_type) || lead.fatalities > 0) continue;
      // The quote's sentence tells an event of its own at another place: the count may be that event's.
      if (cands.some((c) => c.sentenceIndex === i && c.place.key !== lead.place.key)) continue;
      lead.fatalities = n;
    }
  });
}
