/**
 * src/ingest/html-text.ts reads HTML with linear-time scanners instead of the regular expressions it used to use
 * (those were quadratic on unclosed comments and tags). Differential test: on small random markup, the scanners
 * give exactly what the old regular expressions gave.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFeed, parseHtmlArticle } from '../../src/ingest/html-articles.js';
import { decodeEntities, htmlToText, metaContent, tagText } from '../../src/ingest/html-text.js';
import { SCALE, SEED } from './arbitraries.js';

// The reference: the regex-based implementation as it was before the scanners.
const ref = {
  htmlToText(html: string): string {
    const noBlocks = html
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<(script|style|noscript|template|svg|iframe)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
    const withBreaks = noBlocks.replace(
      /<\/?(p|div|br|h[1-6]|li|tr|article|section|blockquote|figcaption|figure|header|ul|ol)\b[^>]*>/gi,
      '\n',
    );
    return decodeEntities(withBreaks.replace(/<[^>]{0,2000}>/g, ''))
      .split('\n')
      .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
  },
  metaContent(html: string, names: string[]): string | undefined {
    const re = /<meta\b([^>]{0,2000})>/gi;
    for (let m = re.exec(html); m; m = re.exec(html)) {
      const attrs = m[1];
      const key = /(?:property|name|itemprop)\s*=\s*["']([^"']+)["']/i.exec(attrs)?.[1]?.toLowerCase();
      if (key && names.includes(key)) {
        const content = /content\s*=\s*["']([^"']*)["']/i.exec(attrs)?.[1];
        if (content) return decodeEntities(content).trim();
      }
    }
    return undefined;
  },
  tagText(html: string, tag: string): string | undefined {
    const m = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}\\s*>`, 'i').exec(html);
    return m ? ref.htmlToText(m[1]) : undefined;
  },
  items(xml: string): string[] {
    return xml.match(/<(item|entry)\b[\s\S]*?<\/\1\s*>/gi) ?? [];
  },
  canonical(html: string): string | undefined {
    const tag = /<link\b[^>]*rel\s*=\s*["']canonical["'][^>]*>/i.exec(html)?.[0];
    return tag ? /href\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1] : undefined;
  },
  feedLink(it: string): string | undefined {
    return /<link\b[^>]*href\s*=\s*["']([^"']+)["']/i.exec(it)?.[1];
  },
};

const fragment = fc.constantFrom(
  '<',
  '>',
  '</',
  '/>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<p>',
  '</p>',
  '<P class="x">',
  '<br/>',
  '<div',
  '</div >',
  '<script>',
  '<SCRIPT type="x">',
  '</script>',
  '</Script >',
  '<style>',
  '</style>',
  '<svg>',
  '</svg>',
  '<noscript>',
  '</noscript>',
  '<iframe src=x>',
  '</iframe>',
  '<title>',
  '</title>',
  '<Title >',
  '<article>',
  '</article>',
  '<main>',
  '</main>',
  '<figcaption>',
  '</ul>',
  '<header class="a">',
  '<aside>',
  '<body>',
  '</body>',
  '<item>',
  '</item>',
  '<entry>',
  '</entry >',
  '<items>',
  '<link>',
  '</link>',
  '<link rel="canonical" href="https://a.example/x">',
  "<link href='https://b.example/y' rel='canonical'>",
  '<link href="',
  '<meta property="og:title" content="T &amp; U">',
  '<meta name="date" content="2025-12-03">',
  '<meta name="og:url" content=',
  '<meta ',
  '"',
  "'",
  '=',
  'rel="canonical"',
  'href="https://c.example/"',
  '&amp;',
  '&lt;',
  '&#x3c;',
  ' ',
  '\n',
  '\t',
  'text',
  'Homs',
  'é',
  '😀',
);
const markup = fc.array(fragment, { maxLength: 30 }).map((a) => a.join(''));
/** The URL rule of makeArticle: http(s) links only. */
const webUrl = (u: string | undefined) => (u && /^https?:\/\/\S+$/i.test(u.trim()) ? u.trim() : undefined);

const RUNS = { seed: SEED, numRuns: Math.round(300 * SCALE) };
const T = { timeout: 60_000 };

describe('linear HTML scanners agree with the regular expressions they replace', () => {
  it('htmlToText', T, () => {
    fc.assert(
      fc.property(markup, (s) => {
        expect(htmlToText(s)).toBe(ref.htmlToText(s));
      }),
      RUNS,
    );
  });

  it('tagText and metaContent', T, () => {
    fc.assert(
      fc.property(markup, (s) => {
        for (const tag of ['title', 'article', 'main', 'body', 'link', 'item', 'content:encoded'])
          expect(tagText(s, tag), tag).toBe(ref.tagText(s, tag));
        for (const names of [['og:title'], ['date', 'og:url']])
          expect(metaContent(s, names)).toBe(ref.metaContent(s, names));
      }),
      RUNS,
    );
  });

  it('feed items, feed links and canonical links', T, () => {
    fc.assert(
      fc.property(markup, (s) => {
        const items = ref.items(s);
        let got: string[] = [];
        try {
          got = parseFeed(s, 'f.rss').map((a) => a.text);
        } catch {
          // No items: the reference finds none either.
        }
        expect(got.length).toBe(items.length);
        for (const it of items) {
          const link = ref.tagText(it, 'link') || ref.feedLink(it);
          const [a] = parseFeed(`<rss>${it}</rss>`, 'one.rss');
          expect(a.url).toBe(webUrl(link));
        }
        const page = `<html><article><p>x</p></article>${s}</html>`;
        const want = ref.metaContent(page, ['og:url']) ?? ref.canonical(page);
        expect(parseHtmlArticle(page, 'p.html')[0].url).toBe(webUrl(want));
      }),
      RUNS,
    );
  });
});
