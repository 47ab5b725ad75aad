/**
 * "In a statement dated 3 November, the army said that yesterday its troops repelled …": a statement that carries
 * its own date is where "yesterday", "today", "last night" and bare weekdays count from, not the report's day (the
 * report may come days later). The statement's day replaces the publication day for the sentence's own date
 * phrases after it; only a full day (precision 1) before the day word, named after "dated", "issued / released /
 * published on" or "said on", counts (docs/taxonomy.md, "Twenty-sixth session: events review").
 */
import { resolveDate } from '../dates/resolve-date.js';

const DATED =
  /\b(?:dated|(?:issued|released|published|posted)\s+on|(?:said|announced|reported|stated)\s+on)\s+((?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)\b/;
const RELATIVE_DAY =
  /\b(?:yesterday|today|last\s+night|this\s+morning|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

/** The day a dated statement opening `head` was made, when the sentence counts a day word from it; else null. */
export function statementDated(head: string, sentence: string, published: string): string | null {
  const m = DATED.exec(head);
  if (!m) return null;
  const rest = sentence.slice(sentence.indexOf(m[0]) + m[0].length);
  if (!RELATIVE_DAY.test(rest)) return null;
  const d = resolveDate(m[1], published);
  return d && d.time_precision === 1 && d.date_start <= published ? d.date_start : null;
}
