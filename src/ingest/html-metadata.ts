/**
 * A news page's metadata beyond <meta> tags. The publication date when no <meta> tag gives it: schema.org JSON-LD
 * (`datePublished`, as most news sites write it), then the first <time datetime> inside the article; the publisher's
 * name (`publisher.name`); the story's
 * text from JSON-LD `articleBody`, for pages whose markup holds little of it. Malformed JSON-LD is skipped, never
 * thrown.
 */
import { findBlocks, htmlToText, tagsNamed } from './html-text.js';

/** JSON-LD blocks larger than this are not parsed (a page's NewsArticle block is a few KB). */
const MAX_LD_CHARS = 200_000;

/** The first non-empty string under one of `keys` (in order of preference) in a JSON-LD value, depth-first, `@graph` included. */
function ldField(v: unknown, keys: readonly string[], depth = 0): string | undefined {
  if (depth > 8 || typeof v !== 'object' || v === null) return undefined;
  if (Array.isArray(v)) {
    for (const x of v) {
      const d = ldField(x, keys, depth + 1);
      if (d) return d;
    }
    return undefined;
  }
  const o = v as Record<string, unknown>;
  for (const key of keys) {
    if (typeof o[key] === 'string' && o[key]) return o[key] as string;
  }
  for (const x of Object.values(o)) {
    const d = ldField(x, keys, depth + 1);
    if (d) return d;
  }
  return undefined;
}

/** The name of the first `publisher` in a JSON-LD value ("publisher": {"@type": "Organization", "name": "…"}). */
function ldPublisher(v: unknown, depth = 0): string | undefined {
  if (depth > 8 || typeof v !== 'object' || v === null) return undefined;
  const o = v as Record<string, unknown>;
  const p = Array.isArray(v) ? undefined : o.publisher;
  if (typeof p === 'string' && p.trim()) return p;
  const named = ldField(p, ['name']);
  if (named) return named;
  for (const x of Array.isArray(v) ? v : Object.values(o)) {
    const d = ldPublisher(x, depth + 1);
    if (d) return d;
  }
  return undefined;
}

function jsonLdField(html: string, keys: readonly string[], pick = ldField): string | undefined {
  for (const b of findBlocks(html, ['script'])) {
    const opening = html.slice(b.start, b.innerStart);
    if (!/type\s*=\s*["']?application\/ld\+json/i.test(opening) || b.innerEnd - b.innerStart > MAX_LD_CHARS) continue;
    try {
      const d = pick(JSON.parse(html.slice(b.innerStart, b.innerEnd)), keys);
      if (d) return d;
    } catch {
      // Not JSON: a page's broken structured data is no reason to refuse its article.
    }
  }
  return undefined;
}

export const jsonLdDate = (html: string) => jsonLdField(html, ['datePublished', 'dateCreated']);

/** The publisher's name as the page's JSON-LD gives it. */
export const jsonLdPublisher = (html: string) => jsonLdField(html, [], (v) => ldPublisher(v));

/** The story's text as JSON-LD gives it (plain text; some sites put markup in it, which is read as such). */
export function jsonLdArticleBody(html: string): string | undefined {
  const body = jsonLdField(html, ['articleBody']);
  return body ? htmlToText(body.replace(/\n/g, '<br>')) : undefined;
}

/** The `datetime` attribute of the first <time> element of `html` (pass the article's markup when there is one). */
export function timeElementDate(html: string): string | undefined {
  for (const attrs of tagsNamed(html, 'time', 2000)) {
    const d = /datetime\s*=\s*["']([^"']+)["']/i.exec(attrs)?.[1];
    if (d) return d;
  }
  return undefined;
}
