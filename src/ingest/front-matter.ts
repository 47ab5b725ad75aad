/**
 * Front matter of a page capture: the photo caption above the story and the highlight bullets that open it. Both
 * repeat or illustrate the story, so later stages can let the body lead when they say the same thing; they stay in
 * the text (a caption may be the only place an event is reported) and are marked by offsets into it.
 */
import type { FrontMatter } from '../types.js';

/** A highlight line: a bullet and its words ("  • Interior ministry says …"). */
const BULLET = /^\s*[•●▪·◦‣]\s*\S/;

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
    if (!leading || !line.trim()) return;
    if (BULLET.test(line)) front.push({ start: at, end: at + line.length, kind: 'highlight' });
    else leading = false;
  });
  return { text, front };
}
