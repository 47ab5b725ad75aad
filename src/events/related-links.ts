/**
 * A page's related-links box ("Related", "Read more", "Most read" followed by story headlines): the lines under it
 * are other stories' titles, not this report's events (docs/taxonomy.md, "Thirteenth review").
 */
import type { Span } from './sentences.js';

const LINKS_HEADING =
  /^[ \t]*(?:related(?:\s+(?:articles?|stories|news|coverage|content|topics))?|read\s+(?:more|also|next)|also\s+read|see\s+also|more\s+(?:stories|news|on\s+this\s+story)|recommended(?:\s+for\s+you)?|you\s+may\s+also\s+like|most\s+(?:read|popular|viewed))[ \t]*:?[ \t]*$/i;

/** A headline line: no sentence end (a story's own text ends its lines with a full stop or a quote). */
const HEADLINE_LINE = /[^.!?"”'’:;\s][ \t]*$/;

/** The spans of the headline lines under each related-links heading of `text`. */
export function relatedLinkSpans(text: string): Span[] {
  const out: Span[] = [];
  let at = 0;
  let inBox = false;
  for (const line of text.split('\n')) {
    const start = at;
    at += line.length + 1;
    if (LINKS_HEADING.test(line)) {
      inBox = true;
      continue;
    }
    if (!inBox) continue;
    if (line.trim() === '') continue;
    if (HEADLINE_LINE.test(line) && line.length <= 200) out.push({ start, end: start + line.length, text: line });
    else inBox = false;
  }
  return out;
}
