/**
 * "In March last year", "early March of last year", "in June this year": a month named with the year counted from
 * publication. chrono-node reads only the month ("March" → the latest March) and the "last year" rule only the year,
 * so "in March last year" in a November 2025 article came out as March 2025. Precision 3; "early/mid/late" take the
 * thirds of the month as the other month rules do.
 */
import { lastDayOfMonth, MONTHS, parts, ymd } from './calendar.js';
import type { Rule } from './vague-dates.js';

const MONTH_NAMES =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';

const THIRDS: Record<string, [number, number | null]> = { early: [1, 10], mid: [11, 20], late: [21, null] };

export const MONTH_OF_YEAR_RULES: Rule[] = [
  {
    re: new RegExp(`\\b(?:(early|mid|late)[-\\s]+)?${MONTH_NAMES}\\s+(?:of\\s+)?(last|this)\\s+year\\b`, 'gi'),
    resolve: (m, ctx) => {
      const key = m[2].toLowerCase().replace('.', '').slice(0, 3);
      const month = MONTHS.findIndex((name) => name.startsWith(key)) + 1;
      if (month < 1) return null;
      const year = parts(ctx.published).year - (m[3].toLowerCase() === 'last' ? 1 : 0);
      const [first, last] = m[1] ? THIRDS[m[1].toLowerCase()] : [1, null];
      return {
        start: ymd(year, month, first),
        end: last === null ? lastDayOfMonth(year, month) : ymd(year, month, last),
        precision: 3,
      };
    },
  },
];
