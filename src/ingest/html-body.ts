/**
 * The story of a news page, without the page around it. Real pages hold more than one <article> (tickers, "most
 * read" lists, related stories), and menus, share bars, "read more" boxes and tag lists inside the story's own
 * element; each of those carries headlines and place names that are not the story. The story is the candidate
 * element (an <article>, <main>, an `itemprop="articleBody"`, a story-body class, else <body>) with the most
 * paragraph text, or a narrower one inside it that holds most of that text; boilerplate elements inside it are dropped, and
 * photo captions (<figcaption>) are kept and marked as front matter, as in page captures.
 */
import type { FrontMatter } from '../types.js';
import { classWords, type Element, scanElements } from './html-elements.js';
import { htmlToText } from './html-text.js';

/** Class/id words of a story's container, one word or two ("article-body", "articleBody"). */
const BODY_WORDS = new Set([
  'articlebody',
  'storybody',
  'entrycontent',
  'postcontent',
  'articlecontent',
  'articletext',
]);
const BODY_PAIRS = [
  ['article', 'body'],
  ['story', 'body'],
  ['entry', 'content'],
  ['post', 'content'],
  ['article', 'content'],
  ['story', 'content'],
  ['article', 'text'],
];
/** Always page furniture, wherever they are. */
const BOILERPLATE_TAGS = new Set(['nav', 'aside', 'footer', 'button', 'select', 'dialog', 'menu']);
/** Class/id words of page furniture inside a story's element. */
const BOILERPLATE_WORDS = new Set([
  'share',
  'sharing',
  'social',
  'related',
  'newsletter',
  'promo',
  'advert',
  'advertisement',
  'ad',
  'ads',
  'recommended',
  'recommendations',
  'popular',
  'comments',
  'breadcrumb',
  'breadcrumbs',
  'subscribe',
  'sidebar',
  'outbrain',
  'taboola',
  'readmore',
  'trending',
  'tags',
]);
/** A candidate that holds this share of a larger candidate's paragraph text is preferred to it (it is narrower). */
const INNER_SHARE = 0.6;

export interface PageBody {
  text: string;
  front: FrontMatter[];
  /** Extent in the html of the story's <article> (else of the chosen element), for the story's own <time>. */
  start: number;
  end: number;
}

function isCandidate(e: Element): boolean {
  if (e.name === 'article' || e.name === 'main' || e.name === 'body') return true;
  if (/itemprop\s*=\s*["']articleBody["']/i.test(e.attrs)) return true;
  const words = classWords(e.attrs);
  if (words.length === 0 || !/^(?:div|section)$/.test(e.name)) return false;
  const joined = words.join(' ');
  return words.some((w) => BODY_WORDS.has(w)) || BODY_PAIRS.some(([a, b]) => joined.includes(`${a} ${b}`));
}

/**
 * Page furniture by tag, or by class words and forms when the element holds no candidate inside it (a page-wide
 * `<form id="aspnetForm">` or `<div class="layout sidebar-right">` wraps the story).
 */
function isBoilerplate(e: Element, holdsCandidate: boolean): boolean {
  if (BOILERPLATE_TAGS.has(e.name)) return true;
  if (holdsCandidate) return false;
  if (e.name === 'form' || /\brole\s*=\s*["']navigation/i.test(e.attrs)) return true;
  return classWords(e.attrs).some((w) => BOILERPLATE_WORDS.has(w));
}

/**
 * Per element, in linear passes (a parent always comes before its children in document order): whether it is the
 * outermost boilerplate element, or inside one.
 */
function furnitureOf(elements: readonly Element[], candidate: readonly boolean[], lists: ReadonlySet<number>) {
  // Holds a candidate strictly inside it: a teaser <article class="related-story"> is furniture itself.
  const holds: boolean[] = new Array(elements.length).fill(false);
  for (let i = elements.length - 1; i >= 0; i--) {
    const p = elements[i].parent;
    if (p >= 0 && (holds[i] || candidate[i])) holds[p] = true;
  }
  const outermost = new Set<number>();
  const inside: boolean[] = new Array(elements.length);
  elements.forEach((e, i) => {
    const above = e.parent >= 0 && inside[e.parent];
    const own = !above && (lists.has(i) || isBoilerplate(e, holds[i]));
    if (own) outermost.add(i);
    inside[i] = above || own;
  });
  return { outermost, inside };
}

/**
 * Characters of paragraph text under each candidate (paragraphs inside boilerplate do not count), in linear passes:
 * a paragraph's text is its own and its descendants' except nested paragraphs', which count for themselves.
 */
function paragraphText(elements: readonly Element[], candidate: readonly boolean[], inside: readonly boolean[]) {
  const n = elements.length;
  const text = elements.map((e) => e.ownText);
  for (let i = n - 1; i >= 0; i--) {
    const p = elements[i].parent;
    if (p >= 0 && elements[i].name !== 'p') text[p] += text[i];
  }
  const nearest: number[] = new Array(n);
  const size: number[] = new Array(n).fill(0);
  elements.forEach((e, i) => {
    nearest[i] = candidate[i] ? i : e.parent >= 0 ? nearest[e.parent] : -1;
    const owner = e.parent >= 0 ? nearest[e.parent] : -1;
    if (e.name === 'p' && !inside[i] && owner >= 0) size[owner] += text[i];
  });
  // Children before parents: each candidate's total goes to the candidate above it.
  for (let i = n - 1; i >= 0; i--) {
    const p = elements[i].parent;
    if (candidate[i] && p >= 0 && nearest[p] >= 0) size[nearest[p]] += size[i];
  }
  return size;
}

/** A teaser's paragraph text is shorter than this (non-space characters). */
const TEASER_CHARS = 400;

/**
 * Lists of other stories ("More on Libya", "Most read"): elements with two or more <article> children, each short and
 * holding a link. A live blog's posts are longer, and stay.
 */
function teaserLists(elements: readonly Element[], size: readonly number[]): Set<number> {
  const linked: boolean[] = new Array(elements.length).fill(false);
  for (let i = elements.length - 1; i >= 0; i--) {
    const p = elements[i].parent;
    if (p >= 0 && (linked[i] || elements[i].name === 'a')) linked[p] = true;
  }
  const articles = new Map<number, number[]>();
  elements.forEach((e, i) => {
    if (e.name !== 'article' || e.parent < 0) return;
    const kids = articles.get(e.parent) ?? [];
    kids.push(i);
    articles.set(e.parent, kids);
  });
  const out = new Set<number>();
  for (const [parent, kids] of articles)
    if (kids.length >= 2 && kids.every((k) => linked[k] && size[k] < TEASER_CHARS)) out.add(parent);
  return out;
}

/** The story element's text, or undefined when the page has no candidate with paragraph text. */
export function pageBody(html: string): PageBody | undefined {
  const elements = scanElements(html);
  const candidate = elements.map(isCandidate);
  if (!candidate.includes(true)) return undefined;
  let { outermost, inside } = furnitureOf(elements, candidate, new Set());
  let size = paragraphText(elements, candidate, inside);
  const lists = teaserLists(elements, size);
  if (lists.size) {
    ({ outermost, inside } = furnitureOf(elements, candidate, lists));
    size = paragraphText(elements, candidate, inside);
  }
  const live = elements.flatMap((_, i) => (candidate[i] && !inside[i] ? [i] : []));
  const top = live.reduce((a, c) => (size[c] > size[a] ? c : a), live[0]);
  const best = size[top];
  if (!best) return undefined;
  // Inside the candidate with the most text, the narrowest candidate that holds most of it.
  const span = (i: number) => elements[i].end - elements[i].start;
  const holds = (c: number) => elements[c].start >= elements[top].start && elements[c].end <= elements[top].end;
  const chosen = live.filter((c) => holds(c) && size[c] >= best * INNER_SHARE).sort((a, b) => span(a) - span(b))[0];
  return bodyText(html, elements, chosen, outermost, inside);
}

function bodyText(
  html: string,
  elements: readonly Element[],
  chosen: number,
  furniture: ReadonlySet<number>,
  inside: readonly boolean[],
): PageBody {
  const root = elements[chosen];
  // Pieces of the story in order: markup outside boilerplate, with each figcaption a piece of its own. The
  // story's descendants are the elements after it that open before it ends.
  const cuts: { start: number; end: number; caption: boolean }[] = [];
  for (let i = chosen + 1; i < elements.length && elements[i].start < root.end; i++) {
    const e = elements[i];
    if (furniture.has(i)) cuts.push({ start: e.start, end: e.end, caption: false });
    else if (e.name === 'figcaption' && !inside[i]) cuts.push({ start: e.start, end: e.end, caption: true });
  }
  let text = '';
  const front: FrontMatter[] = [];
  const add = (part: string, caption: boolean) => {
    const t = htmlToText(part);
    if (!t) return;
    if (text) text += '\n';
    if (caption) front.push({ start: text.length, end: text.length + t.length, kind: 'caption' });
    text += t;
  };
  let at = root.innerStart;
  for (const c of cuts) {
    if (c.start < at) continue;
    add(html.slice(at, c.start), false);
    if (c.caption) add(html.slice(c.start, c.end), true);
    at = c.end;
  }
  add(html.slice(at, root.innerEnd), false);
  let scope = root;
  for (let k = root.parent; k >= 0; k = elements[k].parent) if (elements[k].name === 'article') scope = elements[k];
  return { text, front, start: scope.start, end: scope.end };
}
