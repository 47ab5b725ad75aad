/**
 * Offsets chained to an anchor date: "a day earlier", "two days later", "weeks after the Oct. 19 raid" (the anchor is
 * the event the text is chained to, else publication), and the counts such phrases use ("a couple of", "several").
 */
import { addDays, addMonths } from './calendar.js';
import { NUMBER_WORDS } from './number-words.js';
import type { Range, Rule, VagueContext } from './vague-dates.js';

const COUNT_WORDS: Record<string, number> = { ...NUMBER_WORDS, couple: 2, few: 3, several: 3 };
export const COUNT_RE =
  '(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|a few|several|\\d{1,2})';

export function count(word: string | undefined): number | null {
  if (!word) return null;
  const w = word.toLowerCase().replace(/^a (couple of|few)$/, '$1');
  if (/^\d+$/.test(w)) return +w;
  return COUNT_WORDS[w] ?? null;
}

/** Offsets chained to an anchor date: "a day earlier", "two days later", "weeks after the Oct. 19 raid". */
function chained(m: RegExpExecArray, ctx: VagueContext, text: string): (Range & { extra?: number }) | null {
  const n = count(m[1]);
  const unit = m[2].toLowerCase().replace(/s$/, '');
  const forward = /after|later|following/i.test(m[3]);
  let base = ctx.anchor ?? ctx.published;
  let extra = 0;
  if (forward || /before/i.test(m[3])) {
    const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const hit = ctx.exactAt?.(tail);
    if (hit && hit.index <= 12) {
      base = forward ? hit.end : hit.start;
      extra = hit.index + hit.length;
    } else if (forward && !ctx.anchor) {
      // "weeks after the raid" with no known raid date: somewhere in the weeks up to publication.
      if (n !== null) return null;
      const back = unit === 'day' ? 6 : unit === 'week' ? 41 : 182;
      return { start: addDays(ctx.published, -back), end: ctx.published, precision: 3 };
    }
  }
  const sign = forward ? 1 : -1;
  let r: Range;
  if (n !== null && m[1] && !/few|several|couple/i.test(m[1])) {
    if (unit === 'day') r = { start: addDays(base, sign * n), end: addDays(base, sign * n) };
    else if (unit === 'week') r = { start: addDays(base, sign * 7 * n - 3), end: addDays(base, sign * 7 * n + 3) };
    else r = { start: addMonths(base, sign * n), end: addDays(addMonths(base, sign * n + 1), -1) };
  } else {
    const [lo, hi] = unit === 'day' ? [1, 6] : unit === 'week' ? [7, 41] : [30, 182];
    r = forward
      ? { start: addDays(base, lo), end: addDays(base, hi), precision: 3 }
      : { start: addDays(base, -hi), end: addDays(base, -lo), precision: 3 };
    if (unit === 'day') r.precision = 2;
  }
  return r ? { ...r, extra } : null;
}

/** Not after an ordinal: a duration's count ("for a fifth day after …"). */
const ORDINAL_BEFORE =
  '(?<!\\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d(?:st|nd|rd|th)|straight|consecutive|successive)\\s)';

export const CHAINED_RULES: Rule[] = [
  {
    // Not a duration's count: "closed for a fifth day after gunmen fired on a convoy" (ORDINAL_BEFORE).
    re: new RegExp(
      `\\b(?:${COUNT_RE}\\s+)?${ORDINAL_BEFORE}(days?|weeks?|months?)\\s+(after|later|following|before|earlier)\\b`,
      'gi',
    ),
    resolve: chained,
  },
  {
    // "Hours earlier, a truck bomb exploded …": the day of the event it is chained to (none without one).
    re: /\b(?:(?:a\s+few|several|two|three|\d{1,2})\s+)?(?:hours|minutes)\s+(?:earlier|later)\b/gi,
    resolve: (_m, ctx) => (ctx.anchor ? { start: ctx.anchor, end: ctx.anchor, precision: 1 } : null),
  },
];
