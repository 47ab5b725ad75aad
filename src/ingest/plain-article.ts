/**
 * A plain-text article: its first line is the title. Text copied from a news page often carries the page's header
 * under the title — a standfirst, a byline, date lines ("Published On 14 Oct 2025", "October 21, 2025 3:41 PM
 * GMT+1Updated 2 hours ago"), share and save buttons — before the story. The date is read from those lines or from a
 * wire dateline opening the story; the button lines are dropped; a standfirst above the byline or date lines is
 * marked as a highlight (it sums up the story, so the story's own sentence leads when both tell an event).
 */
import type { FrontMatter } from '../types.js';
import { parseAbsoluteDate } from './article.js';
import { subHeading } from './front-matter.js';

/** A wire dateline: "BEIRUT, March 4, 2025 (Reuters) -", "KHARTOUM, 10 June 2024 —", "GAZA CITY, Gaza Strip, Jan. 3, 2024:". */
const WIRE_DATELINE =
  /^\s*[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][\w .'’-]{1,30})?,\s*((?:[A-Z][a-z]+,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}))\s*(?:\([^)]{1,40}\)\s*)?[-–—:]/;

/** A wire dateline without a year, as Reuters and AP write it: "WASHINGTON, Oct 14 (Reuters) -", "KYIV, Ukraine,
 * Nov. 3 (AP) —", "BEIRUT, 14 October (AFP) -". Its year comes from the reference date the user gave. */
const WIRE_DATELINE_NO_YEAR =
  /^\s*[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][\w .'’-]{1,30})?,\s*(?:[A-Z][a-z]+,?\s+)?(\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\s*(?:\([^)]{1,40}\)\s*)?[-–—:]/;

/** Absolute dates, times, time zones and the words of a date line; what is left of a date line has no words. */
const ABSOLUTE_DATE =
  /\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}(?:T[\d:.]+)?/g;
const CLOCK = /\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?/gi;
const ZONE = /\b(?:GMT|UTC|[A-Z]{2}[DS]T|CET|EET|AST|IST)\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?/g;
const DATE_WORDS =
  /\b(?:last|updated|published|posted|first|on|at|[a-z]+day|ago|hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?|read|time|an?)\b/gi;

/** The date of a line that holds only a date (with a weekday, a time, "Updated … ago"), else null. */
export function dateOnlyLine(line: string): string | null {
  if (line.length > 100) return null;
  const date = parseAbsoluteDate(line);
  if (!date) return null;
  const rest = line.replace(ABSOLUTE_DATE, ' ').replace(CLOCK, ' ').replace(ZONE, ' ').replace(DATE_WORDS, ' ');
  return /[A-Za-z]{2,}/.test(rest) ? null : date;
}

/** Lines of a page's buttons and furniture, dropped wherever they are. */
const BUTTON_LINE =
  /^\s*(?:short url|follow|share|share\d*|save|print|email|listen|listen to this article|advertisement|click here to share on social media|\d+\s+min(?:ute)?s? read|\d+\s+(?:sec|secs|seconds?|mins?|minutes?|hours?|hrs?|days?)\s+ago|(?:last\s+)?(?:updated|published|posted)\b(?=[^\n]{0,60}$)\D*\d.*)\s*$/i;
/** A byline: "By CHINEDU ASADU", "By Al Jazeera Staff", "By Reuters", "By Jane Doe and John Roe, Reuters". */
const BYLINE =
  /^\s*By\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|al|el|van))*(?:\s*[,|]\s*[A-Z][\w .'’-]{0,40})?\s*$/;
/** Non-empty lines under the title read as the page's header. */
const HEADER_LINES = 8;
/** A standfirst is at most this many lines. */
const STANDFIRST_LINES = 2;

/** A line closed by a photo credit ("… in Jenin. (AFP)", "(Reuters/File)", "(AP Photo/Majdi Mohammed)") is a caption. */
const PHOTO_CREDIT =
  /\((?:AFP|AP|Reuters|EPA|Getty(?:\s+Images)?|Anadolu|AA|SPA|WAFA|Xinhua|ANI|Supplied|File|Social\s+media)(?:\s+Photo)?(?:\s*[/,][^()\n]{1,40})?\)\s*$/i;

export interface PlainBody {
  text: string;
  front: FrontMatter[];
  date: string | null;
}

const isHeaderLine = (line: string) => BUTTON_LINE.test(line) || BYLINE.test(line) || dateOnlyLine(line) !== null;

/** The body of a plain article from the lines under its title; `reference` (the user's date) gives a year to a
 * dateline written without one. */
export function plainBody(lines: string[], reference?: string): PlainBody {
  const nonEmpty = lines.flatMap((l, i) => (l.trim() ? [i] : [])).slice(0, HEADER_LINES);
  const header = nonEmpty.filter((i) => isHeaderLine(lines[i]));
  const date = leadDate(lines, nonEmpty, reference);
  // The standfirst: the lines above the first header line, when the header follows them closely.
  const firstHeader = header.length ? nonEmpty.indexOf(header[0]) : -1;
  const standfirst = firstHeader > 0 && firstHeader <= STANDFIRST_LINES ? nonEmpty.slice(0, firstHeader) : [];
  const dropped = new Set(header.filter((i) => !WIRE_DATELINE.test(lines[i])));
  let text = '';
  const front: FrontMatter[] = [];
  lines.forEach((line, i) => {
    if (dropped.has(i) || BUTTON_LINE.test(line)) return;
    const at = text.length;
    text += `${line}\n`;
    if (standfirst.includes(i))
      front.push({ start: at, end: at + line.length, kind: PHOTO_CREDIT.test(line) ? 'caption' : 'highlight' });
    else if (subHeading(lines, i)) front.push({ start: at, end: at + line.length, kind: 'heading' });
  });
  const trimmed = text.trimEnd(); // not /\s+$/: quadratic over a long run of spaces
  // Leading blank lines go; a first line's own indent (a bullet) stays.
  const lead = /^(?:[ \t]*\n)*/.exec(trimmed)?.[0].length ?? 0;
  return {
    text: trimmed.slice(lead),
    front: front.map((f) => ({ ...f, start: f.start - lead, end: f.end - lead })),
    date,
  };
}

/**
 * The publication date from the first lines: a date line ("Published 4 March 2025") or the wire dateline opening
 * the story ("BEIRUT, March 4, 2025 (Reuters) - …"). A date further down is about the story, not the report.
 */
function leadDate(lines: string[], first: number[], reference?: string): string | null {
  for (const i of first.slice(0, HEADER_LINES)) {
    const wire = WIRE_DATELINE.exec(lines[i])?.[1];
    const bare = reference && !wire ? WIRE_DATELINE_NO_YEAR.exec(lines[i])?.[1] : undefined;
    const d = dateOnlyLine(lines[i]) ?? (wire ? parseAbsoluteDate(wire) : bare ? nearestYear(bare, reference!) : null);
    if (d) return d;
  }
  return null;
}

/** "Oct 14" in the year that puts it nearest the reference date (a story filed on Dec 31 and read on Jan 2). */
export function nearestYear(monthDay: string, reference: string): string | null {
  const year = Number(reference.slice(0, 4));
  const ref = Date.parse(reference);
  if (!Number.isFinite(year) || Number.isNaN(ref)) return null;
  const days = [year - 1, year, year + 1]
    .map((y) => parseAbsoluteDate(`${monthDay} ${y}`))
    .filter((d): d is string => d !== null);
  days.sort((a, b) => Math.abs(Date.parse(a) - ref) - Math.abs(Date.parse(b) - ref));
  return days[0] ?? null;
}
