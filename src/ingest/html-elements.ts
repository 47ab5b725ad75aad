/**
 * The elements of an HTML page as a flat list with their extents, found in one linear pass (no DOM). Nesting is
 * tracked with a stack; a closing tag closes the nearest open element of its name (within a bounded depth), so
 * unclosed <p> and <li> end where their parent ends, as browsers read them.
 */

export interface Element {
  /** Lower-case tag name. */
  name: string;
  /** The opening tag's attribute text. */
  attrs: string;
  /** The '<' of the opening tag. */
  start: number;
  /** Just after the opening tag. */
  innerStart: number;
  /** The '<' of the closing tag (the end of the input, or of the parent, when it has none). */
  innerEnd: number;
  /** Just after the closing tag. */
  end: number;
  /** Index of the enclosing element in the list, -1 at the top. */
  parent: number;
  /** Non-space characters of text directly inside it (not inside its child elements). */
  ownText: number;
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** A closing tag searches at most this many open elements for its opening one (keeps bad markup linear). */
const MAX_CLOSE_SEARCH = 64;
/** Elements opened deeper than this are kept as leaves (ancestor walks stay short on adversarial nesting). */
const MAX_DEPTH = 256;
const NAME = /\/?([a-zA-Z][a-zA-Z0-9:-]*)/y;

/** Elements of `html` (comments and script/style content should be removed first), in document order. */
export function scanElements(html: string): Element[] {
  const out: Element[] = [];
  const open: number[] = [];
  let gt = -1;
  // End of the last tag: the text since then belongs to the innermost open element.
  let textFrom = 0;
  const countText = (to: number) => {
    if (open.length && to > textFrom) out[open[open.length - 1]].ownText += nonSpace(html.slice(textFrom, to));
  };
  for (let lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', lt + 1)) {
    NAME.lastIndex = lt + 1;
    const m = NAME.exec(html);
    if (!m) continue;
    if (gt < lt) gt = html.indexOf('>', lt);
    if (gt < 0) break;
    countText(lt);
    textFrom = gt + 1;
    const name = m[1].toLowerCase();
    const after = gt + 1;
    if (m[0][0] === '/') {
      const limit = Math.max(0, open.length - MAX_CLOSE_SEARCH);
      for (let k = open.length - 1; k >= limit; k--) {
        if (out[open[k]].name !== name) continue;
        // Elements left open inside it end where it ends.
        while (open.length > k) {
          const e = out[open.pop() as number];
          e.innerEnd = lt;
          e.end = open.length === k ? after : lt;
        }
        break;
      }
    } else {
      const attrs = html.slice(m.index + m[0].length, gt);
      const parent = open.length ? open[open.length - 1] : -1;
      out.push({
        name,
        attrs,
        start: lt,
        innerStart: after,
        innerEnd: html.length,
        end: html.length,
        parent,
        ownText: 0,
      });
      if (!VOID.has(name) && !attrs.endsWith('/') && open.length < MAX_DEPTH) open.push(out.length - 1);
    }
    lt = gt;
  }
  countText(html.length);
  return out;
}

function nonSpace(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 32) n++;
  return n;
}

/** The class and id words of an element ("story-body main" → story, body, main). */
export function classWords(attrs: string): string[] {
  const words: string[] = [];
  for (const m of attrs.matchAll(/\b(?:class|id)\s*=\s*["']([^"']{0,500})["']/gi))
    for (const w of m[1].toLowerCase().split(/[\s_-]+/)) if (w) words.push(w);
  return words;
}
