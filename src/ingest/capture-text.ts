/**
 * Plain-text article captures, as copied from a news site: one or more articles, each
 *   Title / [caption] / "Short Url" / "Updated <date>" / "Follow" / Title again / bullets and body.
 * Splits them into articles, drops the boilerplate lines and reads the dateline.
 * Text without that shape is one article whose first line is the title (plain-article.ts).
 */
import type { Article } from '../types.js';
import { articleId, makeArticle, parseAbsoluteDate } from './article.js';
import { joinWithFrontMatter } from './front-matter.js';
import { plainBody } from './plain-article.js';

const BOILERPLATE = /^\s*(short url|follow|share|updated\b.*|published\b.*|\d+\s+min read)\s*$/i;
const DATELINE = /^\s*(updated|published)\b\s*(.*)$/i;

/** A wire dateline opening a story ("BEIRUT:", "KYIV, Ukraine (AP) —", "GAZA CITY, May 3 (Reuters) -"). */
const STORY_DATELINE = /^\s*[A-Z][A-Z .'’-]{2,40}(?:,[^:()\n]{1,40})?(?:\s*\([^)]{1,30}\))?\s*[:—–-]\s+\S/;

/** A first line that is the story's own text, not a headline: a wire dateline, or more than a headline holds. */
function storyLine(line: string): boolean {
  const t = line.trim();
  return STORY_DATELINE.test(t) || t.length > 200 || /[.!?][”"]?\s+[A-Z][^.!?]*[.!?][”"]?$/.test(t);
}

export interface CaptureOptions {
  publisher?: string;
  /** Used when no date can be read from the capture. */
  published?: string;
}

export function splitCapture(raw: string, opts: CaptureOptions = {}): Article[] {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const starts: { start: number; follow: number; titleAt: number }[] = [];
  lines.forEach((line, f) => {
    if (line.trim().toLowerCase() !== 'follow') return;
    let t = f + 1;
    while (t < lines.length && lines[t].trim() === '') t++;
    if (t >= lines.length) return;
    const title = lines[t].trim();
    for (let j = f - 1; j >= 0 && f - j <= 12; j--) {
      if (lines[j].trim() === title) {
        starts.push({ start: j, follow: f, titleAt: t });
        return;
      }
    }
  });
  if (starts.length === 0) {
    const first = lines.findIndex((l) => l.trim() !== '');
    if (first < 0) return [];
    // Story text pasted without its headline: the first line is the lede, kept in the body.
    if (storyLine(lines[first])) {
      const body = plainBody(lines.slice(first), opts.published);
      const published = body.date ?? opts.published;
      return [
        makeArticle({
          // Named by its opening words: untitled articles of one day must not share an id.
          id: articleId(body.text.slice(0, 80), published ?? ''),
          title: '',
          text: body.text,
          front: body.front,
          publisher: opts.publisher,
          published,
          published_basis: body.date ? 'dateline' : 'user',
        }),
      ];
    }
    const body = plainBody(lines.slice(first + 1), opts.published);
    return [
      makeArticle({
        title: lines[first],
        text: body.text || lines[first],
        front: body.front,
        publisher: opts.publisher,
        published: body.date ?? opts.published,
        published_basis: body.date ? 'dateline' : 'user',
      }),
    ];
  }
  const drafts = starts.map((s, k) => {
    const end = k + 1 < starts.length ? starts[k + 1].start : lines.length;
    let date: string | null = null;
    const header: string[] = [];
    for (let i = s.start + 1; i < s.follow; i++) {
      const m = DATELINE.exec(lines[i]);
      if (m) date = date ?? parseAbsoluteDate(m[2]);
      else if (!BOILERPLATE.test(lines[i])) header.push(lines[i]);
    }
    const { text, front } = joinWithFrontMatter(trimBlank(header), trimBlank(lines.slice(s.titleAt + 1, end)));
    return { title: lines[s.start].trim(), date, text, front };
  });
  const known = drafts
    .map((d) => d.date)
    .filter((d): d is string => !!d)
    .sort();
  const captureDate = known.length ? known[known.length - 1] : null;
  return drafts.map((d) =>
    makeArticle({
      title: d.title,
      text: d.text,
      front: d.front,
      publisher: opts.publisher,
      published: d.date ?? captureDate ?? opts.published,
      published_basis: d.date ? 'dateline' : captureDate ? 'capture' : 'user',
    }),
  );
}

function trimBlank(lines: string[]): string[] {
  let a = 0;
  let b = lines.length;
  while (a < b && lines[a].trim() === '') a++;
  while (b > a && lines[b - 1].trim() === '') b--;
  return lines.slice(a, b);
}
