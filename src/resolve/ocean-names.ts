/**
 * "in the Pacific": an ocean written without its kind word. The gazetteer names the ocean "Pacific Ocean" only (the
 * bare word stays a town's: Pacific, Missouri), so a mention that recognition gave the water hint ("the" before a
 * one-word name an ocean bears, src/toponyms/article-waters.ts) and whose own candidates hold no water body also gets
 * the ocean "NAME Ocean" as an exact candidate. The hint keeps such a mention in a group of its own (sense-key.ts), so
 * "Pacific, Missouri" in the same story keeps its town.
 */
import type { Candidate, Mention } from '../types.js';
import type { CandidateSource } from './options.js';

export function withWholeOcean(m: Mention, all: Candidate[], gaz: CandidateSource): Candidate[] {
  if (m.classHint !== 'W' || /\s/.test(m.text) || all.some((c) => c.featureClass === 'H')) return all;
  const ocean = gaz
    .lookup(`${m.text} Ocean`, { limit: 3, loose: false })
    .filter((c) => c.featureCode === 'OCN' && c.match !== 'loose');
  return ocean.length ? [...ocean, ...all] : all;
}
