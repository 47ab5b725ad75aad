/**
 * A live page's posts each open with a time stamp on its own line ("11:05 BST", "14:05 GMT - Drone strike kills two"):
 * a post that names no day tells what happened on the page's day, not some day of the week before it. The stamp is
 * kept as the date phrase; the post stays undated for grouping, so a post that names the day wins
 * (docs/taxonomy.md, "Twelfth review"). A single post copied alone ("09:14 GMT — Sirens sounded in Kyiv …") counts
 * when its stamp names the time zone: a bare "10.30 - …" alone could be a score or a list (docs/taxonomy.md,
 * "Twenty-fourth session: events review").
 */
import type { DateChoice } from './when.js';

const ZONE = '(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|ET|local(?:[ \\t]+time)?)';
/** "Update:", "UPDATE 16:40 -": a live post's label with or without its time. */
const UPDATE = `(?:UPDATE|Update)(?:[ \\t]+\\d{1,2}[:.]\\d{2}(?:[ \\t]*${ZONE})?)?`;
const STAMP_LINE = new RegExp(
  `^[ \\t]*(?:\\d{1,2}[:.]\\d{2}(?:[ \\t]*${ZONE})?(?:[ \\t]*[-–—:|][^\\n]*)?|${UPDATE}[ \\t]*[-–—:|][^\\n]*)[ \\t]*$`,
  'gm',
);

let memo: { text: string; stamps: { start: number; end: number }[] } | null = null;

function stampsOf(text: string) {
  if (memo?.text === text) return memo.stamps;
  const stamps: { start: number; end: number }[] = [];
  STAMP_LINE.lastIndex = 0;
  for (let m = STAMP_LINE.exec(text); m; m = STAMP_LINE.exec(text)) {
    stamps.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) STAMP_LINE.lastIndex++;
  }
  memo = { text, stamps };
  return stamps;
}

/**
 * A single post that surely is one: its stamp names the time zone, or is a clock time ("09:15", "18:20") before a
 * dash and a capitalised sentence, or is an "Update" label ("Update:", "Update 16:40:") before one (docs/taxonomy.md,
 * "Twenty-seventh session: events review"); not "10.30 - …", a score or a list item.
 */
const ZONED = new RegExp(
  `^[ \\t]*(?:\\d{1,2}[:.]\\d{2}[ \\t]*${ZONE}[ \\t]*[-–—:|][ \\t]*\\S|(?:[01]?\\d|2[0-3]):[0-5]\\d[ \\t]+[-–—][ \\t]+[A-Z]|${UPDATE}[ \\t]*[-–—:][ \\t]*[A-Z])`,
);

/** The page's day for an undated post at `at` of a live page (two stamped posts or more, or one zoned), or null. */
export function livePostDay(text: string, published: string, at: number): DateChoice | null {
  const stamps = stampsOf(text);
  if (stamps.length === 0 || stamps[0].start > at) return null;
  if (stamps.length < 2 && !ZONED.test(text.slice(stamps[0].start, stamps[0].end))) return null;
  const own = stamps.filter((s) => s.start <= at).pop()!;
  const phrase = text
    .slice(own.start, own.end)
    .trim()
    .split(/\s+[-–—:|]\s+|(?<=\d|Update|UPDATE):\s+/)[0];
  return { date: { date_start: published, date_end: published, time_precision: 1, phrase }, dated: false };
}
