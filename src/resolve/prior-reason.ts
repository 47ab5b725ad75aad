/**
 * The first reason of an explained candidate (resolve.ts): its prior, feature kind and population ("prior 1.541
 * (A.PCLI, population 144478050)"). Writing a fractional number as text is slow (~250 ns: the shortest digits that
 * read back as the same number), and a pass explains ~6,500 candidates whose priors, rounded to 3 decimals by the
 * gazetteer, take a few thousand values at most: the prior's text is memoised by value (bounded). The same text as
 * the template literal writes (`${p}` is String(p); a Map takes -0 as 0, and both are written "0").
 */
import type { Candidate } from '../types.js';

/** Texts held at most (the memo is cleared when full). */
const MAX = 10_000;

const texts = new Map<number, string>();

export function priorText(p: number): string {
  let t = texts.get(p);
  if (t === undefined) {
    if (texts.size >= MAX) texts.clear();
    t = String(p);
    texts.set(p, t);
  }
  return t;
}

export function priorReason(c: Candidate): string {
  const population = c.population ? `, population ${c.population}` : '';
  return `prior ${priorText(c.prior ?? 0)} (${c.featureClass}.${c.featureCode}${population})`;
}
