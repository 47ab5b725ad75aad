/**
 * How a sentence stands to the story: in a capture's caption or highlights (`true`), a sub-heading inside the body
 * (`'heading'`: it retells the paragraphs under it, docs/taxonomy.md "Twenty-third review"), a live page's post
 * heading (`true`, live-blog.ts), or body text (`false`).
 */
import type { FrontMatter } from '../types.js';
import { liveHeading } from './live-blog.js';
import type { Span } from './sentences.js';

export function frontMark(front: FrontMatter[] | undefined, text: string, sentence: Span): boolean | 'heading' {
  const f = front?.find((x) => x.start <= sentence.start && sentence.start < x.end);
  if (f) return f.kind === 'heading' ? 'heading' : true;
  return liveHeading(text, sentence);
}
