/**
 * Minimal, linear-time HTML reading for article pages and RSS: entity decoding, tag stripping, meta fields.
 * No DOM: the output is plain text and is never turned back into HTML.
 */

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  mdash: '—',
  ndash: '–',
  hellip: '…',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return n > 0 && n < 0x110000 && !(n >= 0xd800 && n < 0xe000) ? String.fromCodePoint(n) : '';
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

/** Remove script/style blocks, comments and tags; block tags become line breaks. */
export function htmlToText(html: string): string {
  const noBlocks = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template|svg|iframe)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
  const withBreaks = noBlocks.replace(/<\/?(p|div|br|h[1-6]|li|tr|article|section|blockquote)\b[^>]*>/gi, '\n');
  return decodeEntities(withBreaks.replace(/<[^>]{0,2000}>/g, ''))
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

export function metaContent(html: string, names: string[]): string | undefined {
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
}

export function tagText(html: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}\\s*>`, 'i').exec(html);
  return m ? htmlToText(m[1]) : undefined;
}
