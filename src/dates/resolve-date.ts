/**
 * Event-date resolution: find the date phrase of a sentence or clause and turn it into an ACLED-style range
 * relative to the article's publication date. The system clock is never read: chrono-node gets a reference date
 * built from `published`, with forwardDate off, and every result is pulled back to on-or-before publication
 * ("Friday" in a Wednesday article is the Friday before; "in February" in December is this year's February).
 */
import * as chrono from 'chrono-node';
import type { DateResolution } from '../types.js';
import { addDays, isIsoDate, lastDayOfMonth, maxDate, minDate, parts, precisionOf, ymd } from './calendar.js';
import {
  type DateCandidate,
  postChronoCandidates,
  preChronoCandidates,
  SOFT_DAY,
  type VagueContext,
} from './vague-dates.js';
import { daySpanCandidates } from './day-span.js';

export interface ResolveDateOptions {
  /** Date of the event the text is chained to, for "a day earlier" / "the next day"; deictic words stay on `published`. */
  anchor?: string;
  /** Offset (in `text`) of the event trigger: among equally precise phrases the nearest one wins. */
  near?: number;
}

/** Phrases that set a deadline or a start, not the date of an event. */
const DEADLINE_BEFORE = /\b(by|until|till|before|ahead\s+of|from)\s+(the\s+)?$/i;
const INDEFINITE_BEFORE = /\b(?:a|an|one|every|each|any)\s+$/i;
const WEEKDAY_FIRST = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const SKIP_TAGS = ['casualReference/now', 'result/relativeDateAndTime', 'casualReference/tomorrow'];

function referenceDate(published: string): Date {
  const p = parts(published);
  // Local noon of the publication day: chrono works in local time; noon keeps every zone on the same calendar day.
  return new Date(p.year, p.month - 1, p.day, 12);
}

function componentDate(
  c: chrono.ParsedComponents,
  published: string,
): { start: string; end: string; vague?: boolean } | null {
  const year = c.get('year') ?? parts(published).year;
  const month = c.get('month') ?? 1;
  if (c.isCertain('day') || c.isCertain('weekday')) {
    let d = ymd(year, month, c.get('day') ?? 1);
    if (!c.isCertain('year')) {
      if (c.isCertain('day') && d > published) d = ymd(year - 1, month, c.get('day') ?? 1);
      while (!c.isCertain('day') && d > published) d = addDays(d, -7);
    }
    return { start: d, end: d };
  }
  if (c.isCertain('month')) {
    let y = year;
    if (!c.isCertain('year') && ymd(y, month, 1) > published) y -= 1;
    return { start: ymd(y, month, 1), end: lastDayOfMonth(y, month), vague: true };
  }
  if (c.isCertain('year')) return { start: ymd(year, 1, 1), end: ymd(year, 12, 31), vague: true };
  return null;
}

function chronoCandidates(text: string, published: string): DateCandidate[] {
  const out: DateCandidate[] = [];
  let results: chrono.ParsedResult[];
  try {
    results = chrono.parse(text, { instant: referenceDate(published) }, { forwardDate: false });
  } catch {
    return out;
  }
  for (const r of results) {
    const tags = [...r.tags()];
    if (tags.some((t) => SKIP_TAGS.includes(t))) continue;
    // "for a third night on Wednesday": chrono reads "night on Wednesday" as tonight; the weekday is the day.
    const partOn = /^(?:night|evening|morning|afternoon)\s+(on\s+[A-Z][a-z]+day)$/.exec(r.text.trim());
    if (partOn && tags.includes('parser/ENCasualTimeParser')) {
      const at = r.index + r.text.indexOf(partOn[1]);
      out.push(...chronoCandidates(partOn[1], published).map((c) => ({ ...c, index: at + c.index })));
      continue;
    }
    // "stormed the hotel on a Friday evening": an indefinite weekday names no particular day.
    if (INDEFINITE_BEFORE.test(text.slice(Math.max(0, r.index - 8), r.index)) && WEEKDAY_FIRST.test(r.text)) continue;
    // Lower-case month names are verbs or modals ("protesters march", "may").
    if (/^(march|may|sun|sat|wed)$/.test(r.text.trim().split(/\s+/).pop() ?? '') && !r.start.isCertain('day')) continue;
    // "this morning", "this evening": the publication day (chrono leaves the day implied).
    const casualTime = tags.includes('parser/ENCasualTimeParser') && /^this\b/i.test(r.text);
    const s = casualTime ? { start: published, end: published } : componentDate(r.start, published);
    if (!s) continue;
    const e = r.end ? componentDate(r.end, published) : null;
    const start = s.start;
    let end = e ? maxDate(e.end, start) : s.end;
    if (start > published) continue;
    end = minDate(end, published);
    const phrase = r.text.replace(/[\s,.;:]+$/, '');
    // A month or a year stays precision 3 even when publication cuts it short ("in December" on Dec 3).
    const precision = s.vague || e?.vague ? 3 : precisionOf(start, end);
    out.push({ index: r.index, length: r.text.length, start, end, precision, phrase });
  }
  return out;
}

/** `text` with the candidates' spans blanked, in one pass (a copy of the text per candidate was quadratic: a 1 MB
 * line of dated reports took over a minute). */
function blank(text: string, cands: DateCandidate[]): string {
  if (cands.length === 0) return text;
  const spans = cands.map((c) => [c.index, c.index + c.length]).sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [from, to] of spans) {
    if (to <= at) continue;
    const start = Math.max(from, at);
    parts.push(text.slice(at, start), ' '.repeat(to - start));
    at = to;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** All date phrases of `text`, resolved; deadlines ("by the end of Friday") and future dates are left out. */
export function dateCandidates(text: string, published: string, options: ResolveDateOptions = {}): DateCandidate[] {
  if (!isIsoDate(published)) return [];
  const ctx: VagueContext = {
    published,
    anchor: options.anchor && isIsoDate(options.anchor) ? options.anchor : undefined,
    exactAt: (tail) => chronoCandidates(tail, published)[0] ?? null,
  };
  const spans = daySpanCandidates(text, published);
  const pre = [...spans, ...preChronoCandidates(blank(text, spans), ctx)];
  const mid = chronoCandidates(blank(text, pre), published);
  const post = postChronoCandidates(blank(text, [...pre, ...mid]), ctx);
  return [...pre, ...mid, ...post]
    .filter((c) => !DEADLINE_BEFORE.test(text.slice(Math.max(0, c.index - 20), c.index)))
    .sort((a, b) => a.index - b.index);
}

/** Is this phrase a time of day without a day ("overnight", "at dawn")? */
export function isSoftDay(phrase: string | null): boolean {
  if (!phrase) return false;
  SOFT_DAY.lastIndex = 0;
  const m = SOFT_DAY.exec(phrase);
  return !!m && m[0].length === phrase.trim().length;
}

/** May this phrase's day become the anchor of later offsets ("two days earlier")? Not a bare time of day: "shortly
 * after dawn" in a sentence that goes on with Monday's raid is no new day (seventeenth pass). */
export const movesAnchor = (phrase: string | null): boolean => !isSoftDay(phrase);

/**
 * Resolve the event date of a sentence or clause against the publication date `published` (YYYY-MM-DD).
 * Returns null when the text holds no date phrase (the caller then falls back to the report date).
 */
export function resolveDate(text: string, published: string, options: ResolveDateOptions = {}): DateResolution | null {
  let cands = dateCandidates(text, published, options);
  if (cands.length === 0) return null;
  // "overnight", "at dawn": the report day only when no day is named ("overnight on Tuesday", "… said on Tuesday").
  const hard = cands.filter((c) => !isSoftDay(c.phrase));
  if (hard.length > 0) cands = hard;
  const near = options.near;
  const best = [...cands].sort((a, b) => {
    if (a.precision !== b.precision) return a.precision - b.precision;
    if (near !== undefined) {
      const da = Math.abs(a.index - near);
      const db = Math.abs(b.index - near);
      if (da !== db) return da - db;
    }
    return a.index - b.index;
  })[0];
  return { date_start: best.start, date_end: best.end, time_precision: best.precision, phrase: best.phrase };
}
