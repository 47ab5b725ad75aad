/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) in UTC: no local time zone and no system clock are ever involved.
 */
import type { TimePrecision } from '../types.js';

/** English month names, January first (index + 1 = month number). */
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Day names, Sunday first (the index is Date.getUTCDay()). */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

export function ymd(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  const y = d.getUTCFullYear();
  return `${String(y).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

export function parts(iso: string): { year: number; month: number; day: number } {
  return { year: +iso.slice(0, 4), month: +iso.slice(5, 7), day: +iso.slice(8, 10) };
}

export function addDays(iso: string, n: number): string {
  const p = parts(iso);
  return ymd(p.year, p.month, p.day + n);
}

export function addMonths(iso: string, n: number): string {
  const p = parts(iso);
  return ymd(p.year, p.month + n, 1);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  const p = parts(iso);
  return new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
}

export function lastDayOfMonth(year: number, month: number): string {
  return ymd(year, month + 1, 0);
}

export function daysBetween(a: string, b: string): number {
  const pa = parts(a);
  const pb = parts(b);
  return Math.round((Date.UTC(pb.year, pb.month - 1, pb.day) - Date.UTC(pa.year, pa.month - 1, pa.day)) / 86400000);
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

/** ACLED time precision of a date range: 1 a single day, 2 up to a week, 3 anything vaguer. */
export function precisionOf(start: string, end: string): TimePrecision {
  const n = daysBetween(start, end);
  if (n <= 0) return 1;
  if (n <= 6) return 2;
  return 3;
}

/** Do two inclusive ranges share at least one day? */
export function overlaps(aStart: string, aEnd: string, bStart: string, bEnd: string): boolean {
  return aStart <= bEnd && bStart <= aEnd;
}

/** A month name as news writes it, full or abbreviated ("Sept.", "Oct"): one capture group. */
export const MONTH_RE =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';

/** 1–12 for a month name matched by MONTH_RE. */
export function monthIndex(name: string): number {
  const key = name.toLowerCase().replace('.', '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key)) + 1;
}

/** "early / mid / late" of a month (days 1–10, 11–20, 21–end) or, with no month, of a year (its thirds). */
export function thirds(which: string, year: number, month?: number): { start: string; end: string } {
  const w = which.toLowerCase().replace('-', '');
  if (month === undefined) {
    if (w === 'early') return { start: ymd(year, 1, 1), end: ymd(year, 4, 30) };
    if (w === 'mid') return { start: ymd(year, 5, 1), end: ymd(year, 8, 31) };
    return { start: ymd(year, 9, 1), end: ymd(year, 12, 31) };
  }
  if (w === 'early') return { start: ymd(year, month, 1), end: ymd(year, month, 10) };
  if (w === 'mid') return { start: ymd(year, month, 11), end: ymd(year, month, 20) };
  return { start: ymd(year, month, 21), end: lastDayOfMonth(year, month) };
}

/** The whole of a month, first day to last. */
export const monthRange = (year: number, month: number): { start: string; end: string } => ({
  start: ymd(year, month, 1),
  end: lastDayOfMonth(year, month),
});
