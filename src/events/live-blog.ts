/**
 * A live page's post opens with a timestamped heading ("14:05 GMT - Israeli drone strike kills two"): like a capture's
 * highlight it sums up the post below, so its event joins the post's event, which gives the date and the exact place
 * (docs/taxonomy.md, "Tenth review").
 */
import type { Span } from './sentences.js';

const HEADING = /^\s*\d{1,2}[:.]\d{2}\s*(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|ET|local(?:\s+time)?)?\s*[-–—:|]\s+\S/;

/** Whether `sentence` is a live page's post heading standing on its own line. */
export function liveHeading(text: string, sentence: Span): boolean {
  const lineStart = sentence.start === 0 || text[sentence.start - 1] === '\n';
  const lineEnd = sentence.end >= text.length || /^[ \t]*(?:\n|$)/.test(text.slice(sentence.end, sentence.end + 4));
  return lineStart && lineEnd && HEADING.test(sentence.text);
}
