/** Articles from an HTML page or an RSS/Atom feed. */
import type { Article } from '../types.js';
import { InputError, makeArticle, parseAbsoluteDate } from './article.js';
import { htmlToText, metaContent, tagText } from './html-text.js';

const safeUrl = (u: string | undefined) => (u && /^https?:\/\//i.test(u) ? u : undefined);

export function parseHtmlArticle(html: string, file: string): Article[] {
  if (!/<(html|body|p|article|head|title)\b/i.test(html))
    throw new InputError(`${file}: no HTML markup found (expected <html>, <body> or <p>).`);
  const title = metaContent(html, ['og:title', 'twitter:title']) ?? tagText(html, 'title') ?? tagText(html, 'h1') ?? '';
  const date = metaContent(html, ['article:published_time', 'datepublished', 'date', 'pubdate', 'dc.date']);
  const body = tagText(html, 'article') ?? tagText(html, 'main') ?? tagText(html, 'body') ?? htmlToText(html);
  if (!body.trim()) throw new InputError(`${file}: the page has no article text.`);
  const canonical = /<link\b[^>]*rel\s*=\s*["']canonical["'][^>]*>/i.exec(html)?.[0];
  const url = safeUrl(
    metaContent(html, ['og:url']) ?? (canonical ? /href\s*=\s*["']([^"']+)["']/i.exec(canonical)?.[1] : undefined),
  );
  return [
    makeArticle({
      title,
      text: body,
      publisher: metaContent(html, ['og:site_name', 'publisher']),
      url,
      published: date ? (parseAbsoluteDate(date) ?? undefined) : undefined,
      published_basis: 'metadata',
    }),
  ];
}

export function parseFeed(xml: string, file: string): Article[] {
  const items = xml.match(/<(item|entry)\b[\s\S]*?<\/\1\s*>/gi) ?? [];
  if (items.length === 0) throw new InputError(`${file}: no <item> or <entry> elements in the feed.`);
  const channel = tagText(xml.replace(/<(item|entry)\b[\s\S]*?<\/\1\s*>/gi, ''), 'title');
  return items.map((it) => {
    const link = tagText(it, 'link') || /<link\b[^>]*href\s*=\s*["']([^"']+)["']/i.exec(it)?.[1];
    const date = tagText(it, 'pubDate') ?? tagText(it, 'published') ?? tagText(it, 'updated') ?? tagText(it, 'dc:date');
    const text =
      tagText(it, 'content:encoded') ??
      tagText(it, 'description') ??
      tagText(it, 'content') ??
      tagText(it, 'summary') ??
      '';
    return makeArticle({
      title: tagText(it, 'title') ?? '',
      text: text || (tagText(it, 'title') ?? ''),
      publisher: channel,
      url: safeUrl(link),
      published: date ? (parseAbsoluteDate(date) ?? undefined) : undefined,
      published_basis: 'metadata',
    });
  });
}
