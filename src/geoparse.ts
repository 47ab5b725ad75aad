/** The geoparser: recognition then resolution, for one text. */
import type { Gazetteer } from './gazetteer/gazetteer.js';
import { applyInsideWrittenArea } from './resolve/inside-written-area.js';
import { applyRelativePhrases } from './resolve/relative-phrases.js';
import { type ResolveOptions, resolveMentions } from './resolve/resolve.js';
import { applySameNameParts } from './resolve/same-name-parts.js';
import { type RecognizeOptions, recognize } from './toponyms/recognize.js';
import type { Mention, ResolvedMention } from './types.js';

export interface GeoparseOptions {
  recognize?: RecognizeOptions;
  resolve?: ResolveOptions;
}

export function geoparse(text: string, gaz: Gazetteer, options: GeoparseOptions = {}): ResolvedMention[] {
  return resolveIn(text, recognize(text, gaz, options.recognize), gaz, options.resolve);
}

/**
 * Resolution of mentions recognised in `text`: ranking, then what the text says of where a place lies ("Sagaing's
 * Sagaing township", "X in the Y region", "a town east of Y").
 */
export function resolveIn(
  text: string,
  mentions: Mention[],
  gaz: Gazetteer,
  options?: ResolveOptions,
): ResolvedMention[] {
  const ranked = resolveMentions(mentions, gaz, options);
  return applyRelativePhrases(text, applyInsideWrittenArea(applySameNameParts(text, ranked)));
}
