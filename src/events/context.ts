/**
 * Article-wide place context: which mentions can be places of events (exclusion.ts tells those only mentioned), the
 * dateline ("DUMAYR, Syria:"), and the focus place used when a sentence names no place of its own.
 */
import type { Article, GeoPrecision, Issue, ResolvedMention, ScoredCandidate } from '../types.js';
import { exclusionReason, insideActorName } from './exclusion.js';
import type { ArticleContext, GeoContext, PlaceChoice } from './model.js';
import { summarize } from './model.js';
import { strayMentions } from './stray-places.js';

export const isCountry = (p: ScoredCandidate): boolean => p.featureClass === 'A' && /^PCL/.test(p.featureCode);

/**
 * The mentions lying inside [start, end), from `mentions` sorted by start (as buildContext leaves them): a binary
 * search, so a clause costs its own mentions, not the whole article's.
 */
export function mentionsIn(mentions: ResolvedMention[], start: number, end: number): ResolvedMention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: ResolvedMention[] = [];
  for (let i = lo; i < mentions.length && mentions[i].start < end; i++)
    if (mentions[i].end <= end) out.push(mentions[i]);
  return out;
}

/** The dateline: a place at the start of a line followed by ", Country:" or "(Agency) –". */
function findDateline(
  text: string,
  mentions: ResolvedMention[],
): { m: ResolvedMention; span: [number, number] } | null {
  for (const m of mentions) {
    if (m.role !== 'place' || !m.place) continue;
    // Only white space between the line start and the name (scanned backwards: a 1 MB line stays cheap).
    let k = m.start - 1;
    while (k >= 0 && text[k] !== '\n' && /\s/.test(text[k])) k--;
    if (k >= 0 && text[k] !== '\n') continue;
    const tail = /^(?:\s*,\s*[^:\n,]{1,40}?)?\s*(?:\([^)\n]{1,30}\))?\s*[:—–-]\s/.exec(text.slice(m.end, m.end + 80));
    if (tail) return { m, span: [m.start, m.end + tail[0].length] };
  }
  return null;
}

export const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/**
 * The town an administrative mention stands for: its capital among the alternatives (same country and admin1,
 * a P-class feature, preferably PPLA/PPLC or the same name). ACLED codes a province-only report at its capital.
 */
export function capitalOf(m: ResolvedMention): ScoredCandidate | null {
  const p = m.place;
  if (p?.featureClass !== 'A' || isCountry(p)) return null;
  const towns = m.alternatives.filter(
    (a) => a.featureClass === 'P' && a.countryCode === p.countryCode && a.admin1 === p.admin1,
  );
  const rank = (a: ScoredCandidate) =>
    (/^PPL(A|C)$/.test(a.featureCode) ? 0 : 2) + (fold(a.name).includes(fold(m.text).slice(0, 4)) ? 0 : 1);
  return towns.sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

/** "Aleppo city", "the city of Aleppo", "neighbourhoods of Aleppo": the town, not the province. */
export function cityContext(text: string, m: ResolvedMention): boolean {
  return (
    /^\s+(?:city|town)\b/i.test(text.slice(m.end, m.end + 8)) ||
    /\b(?:city|town|neighbou?rhoods?|streets|centre|center|districts?)\s+of\s+(?:the\s+)?$/i.test(
      text.slice(Math.max(0, m.start - 30), m.start),
    )
  );
}

export function precisionFor(p: ScoredCandidate, near: boolean): GeoPrecision {
  if (p.kind !== 'point') return 3;
  if (isCountry(p) || p.featureCode === 'ADM1' || p.featureCode === 'RGN') return 3;
  if (p.featureClass === 'A' || p.featureClass === 'T' || p.featureClass === 'L' || p.featureClass === 'H') return 2;
  return near ? 2 : 1;
}

/** A place choice for a mention; `score` multiplies the place's own resolution score when that is in 0..1. */
export function choiceFor(
  m: ResolvedMention,
  kind: PlaceChoice['kind'],
  precision: GeoPrecision,
  score: number,
  note: string,
): PlaceChoice {
  const p = m.place!;
  const own = p.score >= 0 && p.score <= 1 ? Math.max(0.3, p.score) : 1;
  return {
    kind,
    mention: m,
    name: p.name,
    geonameid: p.geonameid,
    countryCode: p.countryCode,
    admin1: p.admin1Name ?? '',
    lon: p.lon,
    lat: p.lat,
    geo_precision: precision,
    area: null,
    score: score * own,
    key: `g:${p.geonameid}`,
    alternatives: m.alternatives
      .filter((a) => a.geonameid !== p.geonameid)
      .slice(0, 5)
      .map(summarize),
    note,
  };
}

/** Validate mentions, find the dateline and the focus place. */
export function buildContext(
  article: Article,
  mentions: ResolvedMention[],
  geo: GeoContext | undefined,
  issues: Issue[],
): ArticleContext {
  const text = article.text;
  const valid: ResolvedMention[] = [];
  for (const m of mentions) {
    if (m.start < 0 || m.end > text.length || m.start >= m.end || text.slice(m.start, m.end) !== m.text) {
      issues.push({
        articleId: article.id,
        start: m.start,
        end: m.end,
        severity: 'warning',
        message: `mention "${m.text}" does not match the article text at its offsets; ignored`,
      });
      continue;
    }
    if (m.role === 'place' && insideActorName(text, m)) continue;
    valid.push(m);
  }
  valid.sort((a, b) => a.start - b.start || a.end - b.end);
  const dl = findDateline(text, valid);
  const datelineSpan = dl?.span ?? null;
  const usable = valid.filter((m) => m.place && !exclusionReason(text, m, datelineSpan));
  const stray = strayMentions(text, usable, valid);
  const counts = new Map<number, { m: ResolvedMention; n: number }>();
  const countries = new Map<string, { m: ResolvedMention | null; n: number; first: number }>();
  for (const m of valid) {
    if (exclusionReason(text, m, datelineSpan) || !m.place || stray.has(m)) continue;
    const key = m.place.geonameid;
    const entry = counts.get(key) ?? { m, n: 0 };
    entry.n++;
    counts.set(key, entry);
    const cc = m.place.countryCode;
    if (cc) {
      const c = countries.get(cc) ?? { m: null, n: 0, first: m.start };
      c.n++;
      if (isCountry(m.place) && !c.m) c.m = m;
      countries.set(cc, c);
    }
  }
  const local = [...counts.values()].filter((e) => !isCountry(e.m.place!) && e.m.place!.kind === 'point' && e.n >= 2);
  local.sort((a, b) => b.n - a.n || a.m.start - b.m.start);
  const topCountry = [...countries.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)[0];
  const focusCountry = local[0]?.m.place?.countryCode ?? topCountry?.[0] ?? dl?.m.place?.countryCode ?? '';
  let focus: PlaceChoice | null = null;
  if (local[0]) focus = choiceFor(local[0].m, 'focus', 2, 0.6, 'article focus (most mentioned place)');
  else if (topCountry?.[1].m) focus = choiceFor(topCountry[1].m, 'focus', 3, 0.5, 'article focus (country)');
  const headline = text.length <= 300 && !/[.!?]\s+[A-Z]/.test(text.trim().slice(0, -1));
  return {
    text,
    published: article.published,
    mentions: valid.filter((m) => !stray.has(m)),
    dateline: dl?.m ?? null,
    datelineSpan,
    focus,
    focusCountry,
    headline,
    geo,
    stray,
    withStray: stray.size > 0 ? valid : null,
  };
}
