/** The geoparser: recognition then resolution, for one text. */
import type { Gazetteer } from './gazetteer/gazetteer.js';
import { applyRelativePhrases } from './resolve/relative-phrases.js';
import { type ResolveOptions, resolveMentions } from './resolve/resolve.js';
import { type RecognizeOptions, recognize } from './toponyms/recognize.js';
import type { Mention, ResolvedMention } from './types.js';

export interface GeoparseOptions {
  recognize?: RecognizeOptions;
  resolve?: ResolveOptions;
}

export function geoparse(text: string, gaz: Gazetteer, options: GeoparseOptions = {}): ResolvedMention[] {
  return resolveIn(text, recognize(text, gaz, options.recognize), gaz, options.resolve);
}

/** Resolution of mentions recognised in `text`: ranking, then what the text says of where a place lies. */
export function resolveIn(
  text: string,
  mentions: Mention[],
  gaz: Gazetteer,
  options?: ResolveOptions,
): ResolvedMention[] {
  return applyRelativePhrases(text, resolveMentions(mentions, gaz, options));
}
