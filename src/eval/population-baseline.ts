/** The classic baseline: the same recognition, then the most populous candidate (exact names first). */
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import type { Mention, ResolvedMention } from '../types.js';

export function populationBaseline(mentions: Mention[], gaz: Gazetteer): ResolvedMention[] {
  return mentions.map((m) => {
    const all = gaz.lookup(m.text, { limit: 50 });
    const exact = all.filter((c) => c.match === 'exact');
    const pool = exact.length ? exact : all;
    const best = [...pool].sort((a, b) => b.population - a.population || (b.prior ?? 0) - (a.prior ?? 0))[0];
    return {
      ...m,
      place: best ? { ...best, score: best.population, reasons: ['most populous candidate'] } : null,
      alternatives: [],
    };
  });
}
