/** Building and checking Article records. */
import { isIsoDate as isCalendarDate, MONTHS } from '../dates/calendar.js';
import type { Article, FrontMatter, PublishedBasis } from '../types.js';

export class InputError extends Error {}

export function slug(s: string, max = 60): string {
  const out = s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return out.slice(0, max).replace(/-+$/, '') || 'article';
}

/** A stable id from the content: the same article read from any file format gets the same id. */
export function articleId(title: string, published: string): string {
  return `${published || 'undated'}-${slug(title)}`;
}

export function isIsoDate(s: unknown): s is string {
  return typeof s === 'string' && isCalendarDate(s);
}

export interface ArticleInit {
  id?: string;
  title?: string;
  publisher?: string;
  url?: string;
  published?: string;
  published_basis?: PublishedBasis;
  text: string;
  /** Caption and highlight spans of a capture, offsets into `text` (which must have no \r). */
  front?: FrontMatter[];
}

/** Normalise an article: line endings, trimmed title, id derived when missing. */
export function makeArticle(a: ArticleInit): Article {
  const text = a.text.replace(/\r\n?/g, '\n');
  const title = (a.title ?? text.split('\n').find((l) => l.trim()) ?? '').trim().slice(0, 300);
  const published = a.published && isIsoDate(a.published) ? a.published : '';
  const article: Article = {
    id: a.id || articleId(title, published),
    title,
    publisher: (a.publisher ?? '').trim(),
    published,
    published_basis: published ? (a.published_basis ?? 'metadata') : 'unknown',
    text,
  };
  // Only web links: a javascript: or data: URL from a JSON record must never become an event's source_url.
  const front = a.front?.filter((f) => f.start >= 0 && f.start < f.end && f.end <= text.length);
  if (front?.length) article.front = front;
  if (a.url && /^https?:\/\/\S+$/i.test(a.url.trim())) article.url = a.url.trim();
  return article;
}

/** Parse an absolute date written in a dateline or metadata: "03 December 2025", "December 3, 2025", "2025-12-03", RFC 822. */
export function parseAbsoluteDate(s: string): string | null {
  const t = s.trim();
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (iso) {
    const d = `${iso[1]}-${iso[2]}-${iso[3]}`;
    return isIsoDate(d) ? d : null;
  }
  const m1 = /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(t);
  const m2 = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(t);
  const parts = m1 ? [m1[1], m1[2], m1[3]] : m2 ? [m2[2], m2[1], m2[3]] : null;
  if (!parts) return null;
  const mi = MONTHS.findIndex((m) => m.startsWith(parts[1].toLowerCase().slice(0, 3)));
  if (mi < 0) return null;
  const d = `${parts[2]}-${String(mi + 1).padStart(2, '0')}-${parts[0].padStart(2, '0')}`;
  return isIsoDate(d) ? d : null;
}
