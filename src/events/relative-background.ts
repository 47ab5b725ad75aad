/**
 * "In Khartoum, which the army retook in March, authorities began clearing ordnance": an act told only inside a
 * relative clause set off by commas describes a place or party the sentence is about; dated a month or more before
 * the report, it is the story's background — ACLED codes it from the reports of its time, not from a later page that
 * recalls it — and no event. A recent one ("which the army recaptured last week") is kept: it may be the news
 * (docs/taxonomy.md, "Twenty-third session: events review").
 */
import { addDays } from '../dates/calendar.js';
import type { Candidate } from './model.js';

const ASIDE = /,\s+(?:which|who|whose)\b[^,;.]*/gi;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when `c`'s trigger is told only inside a relative aside of its sentence and its date ended over 30 days before
 * `published`. */
export function recalledInAside(c: Candidate, text: string, published: string): boolean {
  if (!c.dated || c.date.date_end >= addDays(published, -30)) return false;
  const sentence = text.slice(c.sentence.start, c.sentence.end);
  const trigger = new RegExp(`\\b${esc(c.trigger)}\\b`, 'gi');
  const asides = [...sentence.matchAll(ASIDE)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
  const at = [...sentence.matchAll(trigger)].map((m) => m.index ?? 0);
  return at.length > 0 && at.every((i) => asides.some(([s, e]) => i > s && i < e));
}
