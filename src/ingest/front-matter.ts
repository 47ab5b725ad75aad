/**
 * Front matter of a page capture: the photo caption above the story and the highlight bullets that open it. Both
 * repeat or illustrate the story, so later stages can let the body lead when they say the same thing; they stay in
 * the text (a caption may be the only place an event is reported) and are marked by offsets into it.
 */
import type { FrontMatter } from '../types.js';

/** A highlight line: a bullet and its words ("  • Interior ministry says …"). */
const BULLET = /^\s*[•●▪·◦‣]\s*\S/;

/** A sub-heading is at most this long: a label, not a paragraph. */
const HEADING_CHARS = 120;
const HEADING_WORDS = 16;

/**
 * Whether body line `i` is a sub-heading ("Ramped-up strikes", "Strikes hit X, protesters rally in Y"): a short line
 * with no closing punctuation standing alone between blank lines, with text after it. It retells the paragraphs
 * under it, so it is marked like a highlight rather than read as a sentence of its own.
 */
export function subHeading(lines: string[], i: number): boolean {
  const t = lines[i].trim();
  if (!t || i === 0 || i + 2 >= lines.length || lines[i - 1].trim() || lines[i + 1].trim()) return false;
  if (t.length > HEADING_CHARS || t.split(/\s+/).length > HEADING_WORDS || BULLET.test(t)) return false;
  return !/[.!?:;,]$/.test(t) && textAfter(lines, i + 2);
}

/** Is there a non-blank line from `from` on? Linear over all lines of a text: the blank run scanned from a heading's
 * blank line ends at the next text, and no other heading candidate lies inside it (no copy of the rest per line). */
function textAfter(lines: string[], from: number): boolean {
  for (let j = from; j < lines.length; j++) if (lines[j].trim()) return true;
  return false;
}

/**
 * Joins caption lines and body lines as a capture's text (caption, a blank line, body) and marks the caption and
 * the body's leading bullets, the ones before its first paragraph.
 */
export function joinWithFrontMatter(caption: string[], body: string[]): { text: string; front: FrontMatter[] } {
  const front: FrontMatter[] = [];
  const cap = caption.join('\n');
  let text = '';
  if (cap.trim()) {
    front.push({ start: 0, end: cap.length, kind: 'caption' });
    text = body.length ? `${cap}\n\n` : cap;
  }
  let leading = true;
  body.forEach((line, i) => {
    const at = text.length;
    text += i + 1 < body.length ? `${line}\n` : line;
    if (subHeading(body, i)) front.push({ start: at, end: at + line.length, kind: 'heading' });
    if (!leading || !line.trim()) return;
    if (BULLET.test(line)) front.push({ start: at, end: at + line.length, kind: 'highlight' });
    else leading = false;
  });
  return { text, front };
}
