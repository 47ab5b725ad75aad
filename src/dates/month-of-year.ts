/**
 * "In March last year", "early March of last year", "in June this year": a month named with the year counted from
 * publication. chrono-node reads only the month ("March" → the latest March) and the "last year" rule only the year,
 * so "in March last year" in a November 2025 article came out as March 2025. Precision 3; "early/mid/late" take the
 * thirds of the month as the other month rules do.
 */
import { MONTH_RE, monthIndex, monthRange, parts, thirds } from './calendar.js';
import type { Rule } from './vague-dates.js';

export const MONTH_OF_YEAR_RULES: Rule[] = [
  {
    re: new RegExp(`\\b(?:(early|mid|late)[-\\s]+)?${MONTH_RE}\\s+(?:of\\s+)?(last|this)\\s+year\\b`, 'gi'),
    resolve: (m, ctx) => {
      const month = monthIndex(m[2]);
      const year = parts(ctx.published).year - (m[3].toLowerCase() === 'last' ? 1 : 0);
      const { start, end } = m[1] ? thirds(m[1], year, month) : monthRange(year, month);
      return { start, end, precision: 3 };
    },
  },
];
