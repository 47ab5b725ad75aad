/**
 * Date phrases chrono-node does not resolve the ACLED way: vague spans ("in recent weeks", "last year", "in late 2019"),
 * anaphoric offsets ("a day earlier", "weeks after the Oct. 19 raid") and bare years ("a 2023 case").
 * Every rule returns an inclusive range that never ends after the publication date.
 */
import type { TimePrecision } from '../types.js';
import { ANCHORED_RULES } from './anchored-phrases.js';
import { CHAINED_RULES, COUNT_RE, count } from './chained-offsets.js';
import { MONTH_OF_YEAR_RULES } from './month-of-year.js';
import { SEASON_RULES } from './seasons.js';
import {
  addDays,
  addMonths,
  lastDayOfMonth,
  MONTH_RE,
  maxDate,
  monthIndex,
  monthRange,
  thirds,
  minDate,
  parts,
  precisionOf,
  weekday,
  ymd,
} from './calendar.js';

export interface DateCandidate {
  index: number;
  length: number;
  start: string;
  end: string;
  precision: TimePrecision;
  phrase: string;
}

export interface VagueContext {
  published: string;
  /** Date of the event the text is chained to ("a day earlier" than what?); defaults to `published`. */
  anchor?: string;
  /** Resolves a date phrase that follows a chained offset ("weeks after <the Oct. 19 raid>"). */
  exactAt?: (text: string) => { index: number; length: number; start: string; end: string } | null;
}

export type Range = { start: string; end: string; precision?: TimePrecision } | null;
export type Rule = { re: RegExp; resolve: (m: RegExpExecArray, ctx: VagueContext, text: string) => Range };

const yearRange = (year: number): Range => ({ start: ymd(year, 1, 1), end: ymd(year, 12, 31) });
const monday = (iso: string): string => addDays(iso, -((weekday(iso) + 6) % 7));
/** Most recent occurrence of a month on or before publication. */
const pastMonthYear = (month: number, published: string): number =>
  ymd(parts(published).year, month, 1) > published ? parts(published).year - 1 : parts(published).year;
/** Rules tried before chrono-node (their spans are hidden from it). Order matters: longer phrases first. */
const PRE_RULES: Rule[] = [
  ...CHAINED_RULES,
  ...ANCHORED_RULES,
  ...MONTH_OF_YEAR_RULES,
  ...SEASON_RULES,
  {
    re: /\b(?:in|over|during|for)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+|several\s+|couple\s+of\s+)?(days|weeks|months)\b/gi,
    resolve: (m, ctx) => {
      const back = { days: 6, weeks: 27, months: 89 }[m[1].toLowerCase() as 'days' | 'weeks' | 'months'];
      return { start: addDays(ctx.published, -back), end: ctx.published };
    },
  },
  {
    re: new RegExp(`\\b(?:in|over|during|for)\\s+the\\s+(?:past|last)\\s+${COUNT_RE}\\s+(days|weeks|months)\\b`, 'gi'),
    resolve: (m, ctx) => {
      const n = count(m[1]) ?? 3;
      const unit = m[2].toLowerCase();
      const back = unit === 'days' ? n - 1 : unit === 'weeks' ? 7 * n - 1 : 30 * n;
      return { start: addDays(ctx.published, -back), end: ctx.published };
    },
  },
  // "in the past 24 hours", "over the last 48 hours": up to the report day, a day per 24 hours.
  {
    re: /\b(?:in|over|during|within|for)\s+the\s+(?:past|last|previous)\s+(\d{1,3}|twenty-four|forty-eight|seventy-two)\s+hours\b/gi,
    resolve: (m, ctx) => {
      const hours = count(m[1]) ?? 24;
      return { start: addDays(ctx.published, -Math.max(1, Math.ceil(hours / 24))), end: ctx.published };
    },
  },
  // "in the past week", "over the last month" (not "the last week of June").
  {
    re: /\b(?:in|over|during|within|for)\s+the\s+(?:past|last|previous)\s+(day|week|month)\b(?!\s+of\b)/gi,
    resolve: (m, ctx) => {
      const back = { day: 1, week: 6, month: 29 }[m[1].toLowerCase() as 'day' | 'week' | 'month'];
      return { start: addDays(ctx.published, -back), end: ctx.published };
    },
  },
  {
    re: /\b(?:(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+|several\s+|\w+\s+)?(?:years|decades?)|for\s+(?:many\s+)?years|in\s+the\s+past)\b/gi,
    resolve: (_m, ctx) => ({ start: addDays(ctx.published, -3652), end: ctx.published, precision: 3 }),
  },
  {
    re: /\b(?:earlier\s+)?this\s+week\b/gi,
    resolve: (_m, ctx) => ({ start: monday(ctx.published), end: ctx.published }),
  },
  {
    re: /\blast\s+week\b/gi,
    resolve: (_m, ctx) => ({ start: addDays(monday(ctx.published), -7), end: addDays(monday(ctx.published), -1) }),
  },
  {
    re: /\b(?:over|during|at|on|last)\s+(?:the\s+)?weekend\b/gi,
    resolve: (_m, ctx) => {
      const sat = addDays(ctx.published, -((weekday(ctx.published) + 1) % 7));
      return { start: sat, end: minDate(addDays(sat, 1), ctx.published) };
    },
  },
  {
    // "late on the 13th", "the firing that erupted on the 3rd": a day with no month is the latest such day on or
    // before publication. Not "on the 5th floor", "on the 10th anniversary", "on the 3rd day of the siege".
    re: /\b[Oo]n\s+the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\b|[A-Z]|(?:floor|storey|anniversary|day|night|time|round|attempt|hour|minute|week|month|year|century|consecutive|straight|session|lap|stage|anniversaries)\b))/g,
    resolve: (m, ctx) => {
      const day = +m[1];
      const p = parts(ctx.published);
      if (day <= p.day) return { start: ymd(p.year, p.month, day), end: ymd(p.year, p.month, day) };
      const prev = parts(addMonths(`${ctx.published.slice(0, 8)}01`, -1));
      if (ymd(prev.year, prev.month, day) > lastDayOfMonth(prev.year, prev.month)) return null;
      return { start: ymd(prev.year, prev.month, day), end: ymd(prev.year, prev.month, day) };
    },
  },
  {
    re: /\b(?:earlier\s+)?this\s+month\b/gi,
    resolve: (_m, ctx) => ({ start: `${ctx.published.slice(0, 8)}01`, end: ctx.published, precision: 3 }),
  },
  {
    re: /\blast\s+month\b/gi,
    resolve: (_m, ctx) => {
      const p = parts(addMonths(ctx.published, -1));
      return monthRange(p.year, p.month);
    },
  },
  {
    re: /\b(?:earlier\s+)?this\s+year\b/gi,
    resolve: (_m, ctx) => ({ start: `${ctx.published.slice(0, 4)}-01-01`, end: ctx.published, precision: 3 }),
  },
  { re: /\blast\s+year\b/gi, resolve: (_m, ctx) => yearRange(parts(ctx.published).year - 1) },
  {
    re: /\ba\s+year\s+ago\b/gi,
    resolve: (_m, ctx) => monthRange(parts(ctx.published).year - 1, parts(ctx.published).month),
  },
  {
    re: new RegExp(`\\b${COUNT_RE}?\\s*(days|weeks|months)\\s+ago\\b`, 'gi'),
    resolve: (m, ctx) => {
      const n = count(m[1]);
      const unit = m[2].toLowerCase();
      const exact = n !== null && !/few|several|couple/i.test(m[1] ?? '');
      if (unit === 'days') return exact ? null : { start: addDays(ctx.published, -6), end: addDays(ctx.published, -2) };
      const step = unit === 'weeks' ? 7 : 30;
      if (exact)
        return {
          start: addDays(ctx.published, -step * (n ?? 1) - 3),
          end: addDays(ctx.published, -step * (n ?? 1) + 3),
        };
      return { start: addDays(ctx.published, -step * 6), end: addDays(ctx.published, -step * 2), precision: 3 };
    },
  },
  {
    re: new RegExp(`\\b(early|mid|late)[-\\s]+${MONTH_RE}(?:,?\\s+(\\d{4}))?\\b`, 'gi'),
    resolve: (m, ctx) => {
      const month = monthIndex(m[2]);
      const year = m[3] ? +m[3] : pastMonthYear(month, ctx.published);
      return { ...thirds(m[1], year, month)!, precision: 3 };
    },
  },
  {
    re: /\b(early|mid|late)[-\s]+(\d{4})\b/gi,
    resolve: (m) => ({ ...thirds(m[1], +m[2])!, precision: 3 }),
  },
  {
    re: new RegExp(`\\bsince\\s+(?:${MONTH_RE}\\s+)?(\\d{4})\\b`, 'g'),
    resolve: (m, ctx) => ({ start: ymd(+m[2], m[1] ? monthIndex(m[1]) : 1, 1), end: ctx.published, precision: 3 }),
  },
  {
    // "the raids went on till after midnight last night": that day and the next.
    re: /\b(?:until|till)\s+after\s+midnight\s+(?:yesterday|last\s+night)\b/gi,
    resolve: (_m, ctx) => ({ start: addDays(ctx.published, -1), end: ctx.published }),
  },
  {
    // "since the dawn of yesterday", "since Friday": from that day up to the report (an ongoing event).
    re: /\bsince\s+(?:the\s+(?:dawn|morning|evening|night|early\s+hours|afternoon)\s+of\s+)?(yesterday|last\s+night|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/gi,
    resolve: (m, ctx) => {
      const w = m[1].toLowerCase();
      const days = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].indexOf(w.slice(0, 3));
      const back = days < 0 ? 1 : (weekday(ctx.published) - days + 7) % 7;
      return { start: addDays(ctx.published, -back), end: ctx.published };
    },
  },
  {
    re: /\b(?:in\s+)?the\s+(1[89]\d0|20\d0)s\b/g,
    resolve: (m) => ({ start: `${m[1]}-01-01`, end: `${+m[1] + 9}-12-31` }),
  },
];

/**
 * A time of day with no day named: "overnight", "at dawn", "in the early hours", "early today". Wire copy uses them for
 * the night or morning that ends on the report day, so they give the publication day (precision 1). They are *soft*:
 * any day phrase of the same text ("overnight on Tuesday", "… overnight, officials said on Wednesday") wins over them
 * (resolve-date.ts).
 */
export const SOFT_DAY =
  /\b(?:overnight|(?:at|before|after)\s+(?:day)?(?:dawn|daybreak|first\s+light)|(?:shortly\s+|just\s+|soon\s+)?(?:after|before)\s+midnight|in\s+the\s+(?:early|small)\s+hours|(?:early|earlier|late|later)\s+today)\b/gi;

/** Rules tried on what chrono-node left over. */
const POST_RULES: Rule[] = [
  { re: SOFT_DAY, resolve: (_m, ctx) => ({ start: ctx.published, end: ctx.published }) },
  { re: /(?<![\d,./-])\b(1[89]\d\d|20\d\d)\b(?!\d|,\d|s\b|\/)/g, resolve: (m) => yearRange(+m[1]) },
];

function run(rules: Rule[], text: string, ctx: VagueContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const r = rule.resolve(m, ctx, text) as (Range & { extra?: number }) | null;
      if (!r || r.start > ctx.published) continue;
      const end = minDate(r.end, ctx.published);
      const length = m[0].length + (r.extra ?? 0);
      if (out.some((c) => c.index < m!.index + length && m!.index < c.index + c.length)) continue;
      out.push({
        index: m.index,
        length,
        start: r.start,
        end: maxDate(end, r.start),
        precision: r.precision ?? precisionOf(r.start, end),
        phrase: text.slice(m.index, m.index + length),
      });
    }
  }
  return out;
}

export const preChronoCandidates = (text: string, ctx: VagueContext): DateCandidate[] => run(PRE_RULES, text, ctx);
export const postChronoCandidates = (text: string, ctx: VagueContext): DateCandidate[] => run(POST_RULES, text, ctx);
