/** Articles from JSON: one object, an array, {articles: [...]}, or JSON lines. */
import type { Article, FrontMatter } from '../types.js';
import { InputError, isIsoDate, makeArticle, parseAbsoluteDate } from './article.js';

/** The `front` spans of a stored capture (as `geoevents` wrote them); anything malformed is left out. */
function frontMatter(v: unknown): FrontMatter[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return v.filter(
    (f): f is FrontMatter =>
      !!f &&
      typeof f === 'object' &&
      Number.isInteger(f.start) &&
      Number.isInteger(f.end) &&
      (f.kind === 'caption' || f.kind === 'highlight' || f.kind === 'heading'),
  );
}

function fromObject(o: unknown, where: string): Article {
  if (!o || typeof o !== 'object' || Array.isArray(o))
    throw new InputError(`${where}: expected an article object with a "text" field.`);
  const r = o as Record<string, unknown>;
  if (typeof r.text !== 'string') throw new InputError(`${where}: the article has no "text" string.`);
  const str = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : undefined);
  const rawDate = str('published') ?? str('date') ?? str('source_date');
  const published = rawDate ? (isIsoDate(rawDate) ? rawDate : (parseAbsoluteDate(rawDate) ?? undefined)) : undefined;
  const basis = str('published_basis');
  return makeArticle({
    id: str('id'),
    title: str('title'),
    publisher: str('publisher') ?? str('source_office'),
    url: str('url'),
    published,
    published_basis:
      basis === 'dateline' || basis === 'metadata' || basis === 'capture' || basis === 'user' ? basis : undefined,
    text: r.text,
    front: frontMatter(r.front),
  });
}

/** A JSON.parse message on one line (V8 quotes the input, line breaks included). */
const oneLine = (e: unknown) => (e as Error).message.replace(/\s+/g, ' ');

export function parseJsonArticles(raw: string, file: string): Article[] {
  const trimmed = raw.trim();
  if (trimmed === '') throw new InputError(`${file}: the file is empty.`);
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch (e) {
    const lines = trimmed.split('\n').filter((l) => l.trim());
    if (lines.length > 1) {
      return lines.map((l, i) => {
        try {
          return fromObject(JSON.parse(l), `${file}:${i + 1}`);
        } catch (err) {
          if (err instanceof InputError) throw err;
          throw new InputError(`${file}:${i + 1}: malformed JSON line (${oneLine(err)}).`);
        }
      });
    }
    throw new InputError(`${file}: malformed JSON (${oneLine(e)}).`);
  }
  const list = Array.isArray(data)
    ? data
    : data && typeof data === 'object' && Array.isArray((data as { articles?: unknown }).articles)
      ? (data as { articles: unknown[] }).articles
      : [data];
  return list.map((o, i) => fromObject(o, list.length > 1 ? `${file}[${i}]` : file));
}
