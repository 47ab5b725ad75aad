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

/**
 * The regular expressions this module used to rely on (/<!--[\s\S]*?-->/, /<tag\b[^>]*>[\s\S]*?<\/tag>/,
 * /<[^>]{0,2000}>/ …) retry from every '<' when a closing part is missing, which is quadratic: 400 kB of "<p " took
 * 20 s. The scanners below give the same matches in one left-to-right pass.
 */

/** Like s.replace(/open[\s\S]*?close/g, fn) for literal delimiters, in linear time. */
function replaceBetween(s: string, open: string, close: string, fn: (inner: string) => string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const a = s.indexOf(open, i);
    if (a < 0) break;
    const b = s.indexOf(close, a + open.length);
    // No close after this opening means none after any later one either.
    if (b < 0) break;
    out += s.slice(i, a) + fn(s.slice(a + open.length, b));
    i = b + close.length;
  }
  return out + s.slice(i);
}

/**
 * Tags whose start matches the global regex `start` (e.g. /<\/?p\b/gi), each up to its first '>', replaced by `by`
 * when at most `maxInner` characters lie between the start and the '>'. Like s.replace(/<…\b[^>]{0,max}>/g, by).
 */
function replaceTags(s: string, start: RegExp, by: string, maxInner = Number.POSITIVE_INFINITY): string {
  let out = '';
  let i = 0;
  // First '>' at or after the last position looked up; valid for every later position up to it (linear overall).
  let gt = -1;
  start.lastIndex = 0;
  for (let m = start.exec(s); m; m = start.exec(s)) {
    if (gt < m.index) gt = s.indexOf('>', m.index);
    if (gt < 0) break;
    if (gt - (m.index + m[0].length) > maxInner) continue;
    out += s.slice(i, m.index) + by;
    i = gt + 1;
    start.lastIndex = i;
  }
  return out + s.slice(i);
}

export interface Block {
  /** The '<' of the opening tag. */
  start: number;
  /** Just after the opening tag (or after its name when `wholeOpening` is false). */
  innerStart: number;
  /** The '<' of the closing tag. */
  innerEnd: number;
  /** Just after the closing tag. */
  end: number;
}

/**
 * Non-overlapping `<tag …>…</tag>` blocks for the given tag names, left to right, like
 * /<(a|b)\b[^>]*>[\s\S]*?<\/\1\s*>/gi (or /<(a|b)\b[\s\S]*?<\/\1\s*>/gi when `wholeOpening` is false), in linear time.
 * `max` stops after that many blocks.
 */
export function findBlocks(
  s: string,
  tags: readonly string[],
  wholeOpening = true,
  max = Number.POSITIVE_INFINITY,
): Block[] {
  const open = new RegExp(`<(${tags.map(escapeRe).join('|')})\\b`, 'gi');
  const closers = new Map<string, RegExp>();
  const unclosed = new Set<string>();
  const out: Block[] = [];
  let gt = -1;
  for (let m = open.exec(s); m && out.length < max; m = open.exec(s)) {
    const tag = m[1].toLowerCase();
    if (unclosed.has(tag)) continue;
    let innerStart = m.index + m[0].length;
    if (wholeOpening) {
      if (gt < m.index) gt = s.indexOf('>', m.index);
      if (gt < 0) break;
      innerStart = gt + 1;
    }
    let close = closers.get(tag);
    if (!close) {
      close = new RegExp(`</${escapeRe(tag)}\\s*>`, 'gi');
      closers.set(tag, close);
    }
    close.lastIndex = innerStart;
    const c = close.exec(s);
    if (!c) {
      // Later openings of this tag cannot be closed either: never search for it again.
      unclosed.add(tag);
      continue;
    }
    out.push({ start: m.index, innerStart, innerEnd: c.index, end: c.index + c[0].length });
    open.lastIndex = c.index + c[0].length;
  }
  return out;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** s with each block replaced by `by`. */
export function removeBlocks(s: string, blocks: readonly Block[], by = ''): string {
  let out = '';
  let i = 0;
  for (const b of blocks) {
    out += s.slice(i, b.start) + by;
    i = b.end;
  }
  return out + s.slice(i);
}

const RAW_TEXT_TAGS = ['script', 'style', 'noscript', 'template', 'svg', 'iframe'];
const BLOCK_TAG = /<\/?(?:p|div|br|h[1-6]|li|tr|article|section|blockquote|figcaption|figure|header|ul|ol)\b/gi;
const ANY_TAG = /</g;

/** The markup without comments and script/style/svg… blocks (each replaced by a space). Linear time. */
export function withoutRawText(html: string): string {
  const noComments = replaceBetween(html, '<!--', '-->', () => ' ');
  return removeBlocks(noComments, findBlocks(noComments, RAW_TEXT_TAGS), ' ');
}

/** Remove script/style blocks, comments and tags; block tags become line breaks. Linear time. */
export function htmlToText(html: string): string {
  const noRaw = withoutRawText(html);
  const noBlocks = replaceBetween(noRaw, '<![CDATA[', ']]>', (inner) => inner);
  const withBreaks = replaceTags(noBlocks, BLOCK_TAG, '\n');
  return decodeEntities(replaceTags(withBreaks, ANY_TAG, '', 2000))
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * The attribute text of each `<name …>` tag (up to its first '>'), left to right, in linear time; tags with more than
 * `maxInner` characters of attributes are skipped. Like the matches of /<name\b([^>]{0,maxInner})>/gi.
 */
export function tagsNamed(html: string, name: string, maxInner = Number.POSITIVE_INFINITY): string[] {
  const re = new RegExp(`<${escapeRe(name)}\\b`, 'gi');
  const out: string[] = [];
  let gt = -1;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (gt < m.index) gt = html.indexOf('>', m.index);
    if (gt < 0) break;
    const attrs = html.slice(m.index + m[0].length, gt);
    if (attrs.length > maxInner) continue;
    out.push(attrs);
    re.lastIndex = gt + 1;
  }
  return out;
}

export function metaContent(html: string, names: string[]): string | undefined {
  for (const attrs of tagsNamed(html, 'meta', 2000)) {
    const key = /(?:property|name|itemprop)\s*=\s*["']([^"']+)["']/i.exec(attrs)?.[1]?.toLowerCase();
    if (key && names.includes(key)) {
      const content = /content\s*=\s*["']([^"']*)["']/i.exec(attrs)?.[1];
      if (content) return decodeEntities(content).trim();
    }
  }
  return undefined;
}

export function tagText(html: string, tag: string): string | undefined {
  const [b] = findBlocks(html, [tag], true, 1);
  return b ? htmlToText(html.slice(b.innerStart, b.innerEnd)) : undefined;
}
