/**
 * The publication date of a news page when no <meta> tag gives it: schema.org JSON-LD (`datePublished`, as most news
 * sites write it), then the first <time datetime> inside the article. Malformed JSON-LD is skipped, never thrown.
 */
import { findBlocks, tagsNamed } from './html-text.js';

/** JSON-LD blocks larger than this are not parsed (a page's NewsArticle block is a few KB). */
const MAX_LD_CHARS = 200_000;

/** The first `datePublished` (else `dateCreated`) string in a JSON-LD value, searched depth-first, `@graph` included. */
function ldDate(v: unknown, depth = 0): string | undefined {
  if (depth > 8 || typeof v !== 'object' || v === null) return undefined;
  if (Array.isArray(v)) {
    for (const x of v) {
      const d = ldDate(x, depth + 1);
      if (d) return d;
    }
    return undefined;
  }
  const o = v as Record<string, unknown>;
  for (const key of ['datePublished', 'dateCreated']) {
    if (typeof o[key] === 'string' && o[key]) return o[key] as string;
  }
  for (const x of Object.values(o)) {
    const d = ldDate(x, depth + 1);
    if (d) return d;
  }
  return undefined;
}

export function jsonLdDate(html: string): string | undefined {
  for (const b of findBlocks(html, ['script'])) {
    const opening = html.slice(b.start, b.innerStart);
    if (!/type\s*=\s*["']?application\/ld\+json/i.test(opening) || b.innerEnd - b.innerStart > MAX_LD_CHARS) continue;
    try {
      const d = ldDate(JSON.parse(html.slice(b.innerStart, b.innerEnd)));
      if (d) return d;
    } catch {
      // Not JSON: a page's broken structured data is no reason to refuse its article.
    }
  }
  return undefined;
}

/** The `datetime` attribute of the first <time> element of `html` (pass the article's markup when there is one). */
export function timeElementDate(html: string): string | undefined {
  for (const attrs of tagsNamed(html, 'time', 2000)) {
    const d = /datetime\s*=\s*["']([^"']+)["']/i.exec(attrs)?.[1];
    if (d) return d;
  }
  return undefined;
}
