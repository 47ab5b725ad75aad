/**
 * "Last summer", "last winter", "this spring": a season is a three-month range (northern hemisphere: winter is
 * December to February), precision 3. "Last <season>" is the latest such season over by publication; "this <season>"
 * the one of the publication year, cut at publication (docs/taxonomy.md, "Dates").
 */
import { lastDayOfMonth, minDate, parts, ymd } from './calendar.js';
import type { Rule } from './vague-dates.js';

const FIRST_MONTH: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

function seasonRange(year: number, first: number): { start: string; end: string } {
  const endYear = first === 12 ? year + 1 : year;
  const endMonth = first === 12 ? 2 : first + 2;
  return { start: ymd(year, first, 1), end: lastDayOfMonth(endYear, endMonth) };
}

export const SEASON_RULES: Rule[] = [
  {
    re: /\b(last|this|past)\s+(spring|summer|autumn|fall|winter)\b/gi,
    resolve: (m, ctx) => {
      const first = FIRST_MONTH[m[2].toLowerCase()];
      const { year } = parts(ctx.published);
      if (m[1].toLowerCase() === 'this') {
        const r = seasonRange(first === 12 ? year - 1 : year, first);
        if (r.start > ctx.published) return null;
        return { start: r.start, end: minDate(r.end, ctx.published), precision: 3 };
      }
      // The latest season that ended before publication.
      for (let y = year; y >= year - 2; y--) {
        const r = seasonRange(y, first);
        if (r.end < ctx.published) return { ...r, precision: 3 };
      }
      return null;
    },
  },
];
