/**
 * Day phrases chained to the event told just before ("the anchor"): "the day before", "the next day", "the following
 * morning" (the day after), and "hours later", "the same day", "later that day" (the anchor's own day). Without an
 * anchor the first group counts from publication, the second dates nothing (docs/taxonomy.md, "Dates").
 */
import { addDays } from './calendar.js';
import type { Rule } from './vague-dates.js';

const PART = '(?:day|morning|afternoon|evening|night)';
export const ANCHORED_RULES: Rule[] = [
  {
    re: new RegExp(`\\bthe\\s+(day\\s+before|previous\\s+${PART}|(?:next|following)\\s+${PART}|day\\s+after)\\b`, 'gi'),
    resolve: (m, ctx) => {
      const base = ctx.anchor ?? ctx.published;
      const d = addDays(base, /before|previous/i.test(m[1]) ? -1 : 1);
      return d > ctx.published ? null : { start: d, end: d };
    },
  },
  {
    re: /\b(?:(?:hours|minutes|moments)\s+later|the\s+same\s+day|later\s+that\s+day)\b/gi,
    resolve: (_m, ctx) => (ctx.anchor ? { start: ctx.anchor, end: ctx.anchor } : null),
  },
];
