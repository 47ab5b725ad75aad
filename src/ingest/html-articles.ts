/** Articles from an HTML page or an RSS/Atom feed. */
import type { Article } from '../types.js';
import { InputError, makeArticle, parseAbsoluteDate } from './article.js';
import { pageBody } from './html-body.js';
import { jsonLdArticleBody, jsonLdDate, jsonLdPublisher, timeElementDate } from './html-metadata.js';
import { findBlocks, htmlToText, metaContent, removeBlocks, tagText, tagsNamed, withoutRawText } from './html-text.js';

const safeUrl = (u: string | undefined) => (u && /^https?:\/\//i.test(u) ? u : undefined);

/** A JSON-LD articleBody is used when the markup's story holds less than this share of its text. */
const LD_BODY_SHARE = 0.5;

/** "Israeli strike kills two | Arab News": the site's name after the story's own title in the page's <title>. */
function titleSuffix(html: string, title: string): string | undefined {
  const full = tagText(html, 'title');
  if (!full || !title || full === title || !full.startsWith(title)) return undefined;
  const m = /^\s*[|–—-]\s*([^|–—]{2,60})$/.exec(full.slice(title.length));
  return m?.[1].trim();
}

export function parseHtmlArticle(html: string, file: string): Article[] {
  if (!/<(html|body|p|article|head|title)\b/i.test(html))
    throw new InputError(`${file}: no HTML markup found (expected <html>, <body> or <p>).`);
  const title = metaContent(html, ['og:title', 'twitter:title']) ?? tagText(html, 'title') ?? tagText(html, 'h1') ?? '';
  const markup = withoutRawText(html);
  const story = pageBody(markup);
  const [articleBlock] = findBlocks(markup, ['article'], true, 1);
  const storyMarkup = story ? markup.slice(story.start, story.end) : undefined;
  const date =
    metaContent(html, ['article:published_time', 'datepublished', 'date', 'pubdate', 'dc.date']) ??
    jsonLdDate(html) ??
    timeElementDate(storyMarkup ?? (articleBlock ? markup.slice(articleBlock.start, articleBlock.end) : markup));
  const ldBody = jsonLdArticleBody(html);
  const useLd = !!ldBody && ldBody.length * LD_BODY_SHARE > (story?.text.length ?? 0);
  const body = useLd
    ? (ldBody as string)
    : (story?.text ?? tagText(html, 'article') ?? tagText(html, 'main') ?? tagText(html, 'body') ?? htmlToText(html));
  if (!body.trim()) throw new InputError(`${file}: the page has no article text.`);
  const canonical = tagsNamed(html, 'link').find((attrs) => /rel\s*=\s*["']canonical["']/i.test(attrs));
  const url = safeUrl(
    metaContent(html, ['og:url']) ?? (canonical ? /href\s*=\s*["']([^"']+)["']/i.exec(canonical)?.[1] : undefined),
  );
  return [
    makeArticle({
      title,
      text: body,
      front: useLd ? undefined : story?.front,
      publisher: metaContent(html, ['og:site_name', 'publisher']) ?? jsonLdPublisher(html) ?? titleSuffix(html, title),
      url,
      published: date ? (parseAbsoluteDate(date) ?? undefined) : undefined,
      published_basis: 'metadata',
    }),
  ];
}

export function parseFeed(xml: string, file: string): Article[] {
  // Linear-time scans (html-text.ts): a regex like /<(item|entry)\b[\s\S]*?<\/\1>/g is quadratic without closing tags.
  const blocks = findBlocks(xml, ['item', 'entry'], false);
  const items = blocks.map((b) => xml.slice(b.start, b.end));
  if (items.length === 0) throw new InputError(`${file}: no <item> or <entry> elements in the feed.`);
  const channel = tagText(removeBlocks(xml, blocks), 'title');
  return items.map((it) => {
    const link =
      tagText(it, 'link') ||
      tagsNamed(it, 'link')
        .map((attrs) => /href\s*=\s*["']([^"']+)["']/i.exec(attrs)?.[1])
        .find(Boolean);
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
