/**
 * The document's country focus: which countries its evidence points to, as shares summing to 1.
 * Evidence: demonyms (weight 1 each), names whose best candidate clearly dominates (weight 1, its country),
 * and, weakly, every candidate of every name (0.2 spread by prior) so that a document of small towns still has a focus.
 * Countries the user names as the area of interest (`given`) take half of the focus.
 */
import type { Candidate, Mention } from '../types.js';

export function countryFocus(
  mentions: Mention[],
  candidateLists: Candidate[][],
  given: string[] = [],
): Map<string, number> {
  const w = new Map<string, number>();
  const add = (cc: string, x: number) => {
    if (cc) w.set(cc, (w.get(cc) ?? 0) + x);
  };
  for (const m of mentions) if (m.role === 'demonym' && m.context) add(m.context, 1);
  for (const list of candidateLists) {
    if (list.length === 0) continue;
    const exact = list.filter((c) => c.match !== 'loose');
    const pool = exact.length ? exact : list;
    const [a, b] = pool;
    if (!b || (a.prior ?? 0) - (b.prior ?? 0) > 0.4) add(a.countryCode, 1);
    const total = pool.reduce((s, c) => s + (c.prior ?? 0), 0) || 1;
    for (const c of pool.slice(0, 10)) add(c.countryCode, (0.2 * (c.prior ?? 0)) / total);
  }
  const sum = [...w.values()].reduce((s, x) => s + x, 0);
  const out = new Map<string, number>();
  const docShare = given.length ? 0.5 : 1;
  if (sum > 0) for (const [k, v] of w) out.set(k, (docShare * v) / sum);
  for (const cc of given) out.set(cc, (out.get(cc) ?? 0) + (sum > 0 ? 0.5 : 1) / given.length);
  return out;
}
