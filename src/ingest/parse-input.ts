/** Text of one input (with its file name) → articles, by format. Pure. */
import type { Article } from '../types.js';
import { articleId, InputError } from './article.js';
import { type CaptureOptions, splitCapture } from './capture-text.js';
import { parseFeed, parseHtmlArticle } from './html-articles.js';
import { parseJsonArticles } from './json-articles.js';

export type InputFormat = 'txt' | 'json' | 'html' | 'rss';

export function formatOf(name: string, text: string): InputFormat {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  if (ext === 'json' || ext === 'jsonl' || ext === 'ndjson') return 'json';
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'rss' || ext === 'xml' || ext === 'atom') return 'rss';
  if (ext === 'txt' || ext === 'text' || ext === 'md') return 'txt';
  const head = text.trimStart().slice(0, 200).toLowerCase();
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  if (head.startsWith('<?xml') || head.includes('<rss') || head.includes('<feed')) return 'rss';
  if (head.startsWith('<')) return 'html';
  return 'txt';
}

export function parseInput(text: string, name: string, opts: CaptureOptions = {}): Article[] {
  const format = formatOf(name, text);
  let articles: Article[];
  if (format === 'json') articles = parseJsonArticles(text, name);
  else if (format === 'html') articles = parseHtmlArticle(text, name);
  else if (format === 'rss') articles = parseFeed(text, name);
  else articles = splitCapture(text, opts);
  const usable = articles.filter((a) => a.text.trim() !== '');
  if (usable.length === 0) throw new InputError(`${name}: no article text found (the input is empty).`);
  return usable.map((a) => withDefaults(a, opts));
}

/**
 * Fills in what the user gave for articles that carry none: the publisher and (for JSON, HTML and feeds, which
 * cannot see `opts`) the publication date, re-deriving an id that was derived from the missing date.
 */
function withDefaults(a: Article, opts: CaptureOptions): Article {
  let out = a;
  if (!out.publisher && opts.publisher) out = { ...out, publisher: opts.publisher };
  if (!out.published && opts.published) {
    const id = out.id === articleId(out.title, '') ? articleId(out.title, opts.published) : out.id;
    out = { ...out, id, published: opts.published, published_basis: 'user' };
  }
  return out;
}
