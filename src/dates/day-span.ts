/**
 * A span of days inside one month: "between 1 and 6 July", "from 3 to 5 May 2026", "between July 1 and 6"; and of
 * weekdays: "from Sunday to Tuesday", "broke out on Monday … and continued into Tuesday". chrono reads the two ends as
 * two dates, so the event took only one; the whole inclusive range is the date (precision from its length), cut at
 * publication like every other phrase. A sentence may open with it ("Between 10 and 16 November, …").
 */
import { addDays, lastDayOfMonth, MONTHS, minDate, parts, precisionOf, weekday, WEEKDAYS, ymd } from './calendar.js';
import type { DateCandidate } from './vague-dates.js';

const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const DAY = '([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?';
const LINK = '(?:and|to|until|till|through|[-–])';
const DAY_FIRST = new RegExp(
  `\\b(?:[Bb]etween|[Ff]rom)\\s+${DAY}\\s+${LINK}\\s+${DAY}\\s+${MONTH}(?:,?\\s+(\\d{4}))?\\b`,
  'g',
);
const MONTH_FIRST = new RegExp(
  `\\b(?:[Bb]etween|[Ff]rom)\\s+${MONTH}\\s+${DAY}\\s+${LINK}\\s+${DAY}(?:,?\\s+(\\d{4}))?\\b`,
  'g',
);

const monthOf = (name: string): number => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3))) + 1;

function span(a: number, b: number, month: number, year: string | undefined, published: string) {
  if (a >= b || ymd(2000, month, b) > lastDayOfMonth(2000, month)) return null;
  const p = parts(published);
  const y = year ? +year : ymd(p.year, month, a) > published ? p.year - 1 : p.year;
  const start = ymd(y, month, a);
  if (start > published) return null;
  const end = minDate(ymd(y, month, b), published);
  return { start, end, precision: precisionOf(start, end) };
}

const WEEKDAY = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
const WEEKDAY_SPAN = new RegExp(
  `\\b(?:[Bb]etween|[Ff]rom)\\s+${WEEKDAY}\\s+(?:and|to|until|till|through)\\s+${WEEKDAY}\\b|\\b[Oo]n\\s+${WEEKDAY}\\b[^.;]{0,80}?\\b(?:continued|lasted|went\\s+on|raged|dragged\\s+on)\\s+(?:into|through|until|till)\\s+(?:late\\s+|early\\s+)?${WEEKDAY}\\b`,
  'g',
);

/** The latest day named `name` on or before `iso`. */
const lastWeekday = (name: string, iso: string): string =>
  addDays(iso, -((weekday(iso) - WEEKDAYS.indexOf(name.toLowerCase()) + 7) % 7));

function weekdaySpans(text: string, published: string): DateCandidate[] {
  const out: DateCandidate[] = [];
  WEEKDAY_SPAN.lastIndex = 0;
  for (let m = WEEKDAY_SPAN.exec(text); m; m = WEEKDAY_SPAN.exec(text)) {
    const [first, last] = m[1] ? [m[1], m[2]] : [m[3], m[4]];
    const end = lastWeekday(last, published);
    const start = lastWeekday(first, addDays(end, -1));
    out.push({ index: m.index, length: m[0].length, start, end, precision: precisionOf(start, end), phrase: m[0] });
  }
  return out;
}

/** The day spans of `text`, resolved against `published`. */
export function daySpanCandidates(text: string, published: string): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const [re, order] of [
    [DAY_FIRST, [1, 2, 3]],
    [MONTH_FIRST, [2, 3, 1]],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const r = span(+m[order[0]], +m[order[1]], monthOf(m[order[2]]), m[4], published);
      if (r) out.push({ index: m.index, length: m[0].length, ...r, phrase: m[0] });
    }
  }
  return [...out, ...weekdaySpans(text, published)];
}
