/**
 * "MOGADISHU (AP) — A suicide bomber blew himself up at a military training camp on Thursday": the dash that ends a
 * wire dateline also ends a clause, so the lead's clause never held the dateline and its event had no place. A
 * colon dateline ("TRIPOLI: Heavy clashes …") stays inside the clause and places it (where.ts, as a last resort).
 * The clause right after a dash dateline is placed there too, unless it points at another, unnamed place ("in the
 * regional capital", "in a village") (docs/taxonomy.md, "Twenty-seventh session: events review").
 */
import type { ArticleContext } from './model.js';
import type { Span } from './sentences.js';

const ELSEWHERE =
  /\b(?:in|at|near|outside|from)\s+(?:a|an|the|one)\s+(?:[\w-]+\s+){0,2}?(?:village|town|city|district|province|region|county|settlement|hamlet|camp|regional\s+capital|provincial\s+capital|state\s+capital)s?\b/i;

/** Whether `clause` opens right after the article's dateline, cut off from it by the dateline's dash. */
export function afterDashDateline(ctx: ArticleContext, clause: Span): boolean {
  const span = ctx.datelineSpan;
  if (!span || clause.start < span[0] || clause.start > span[1] + 2) return false;
  return !ELSEWHERE.test(
    clause.text.replace(/\bat\s+an?\s+(?:[\w-]+\s+){0,2}?(?:military|army|police|training)\s+camp\b/gi, ''),
  );
}
