/** The geoparser: recognition then resolution, for one text. */
import type { Gazetteer } from './gazetteer/gazetteer.js';
import { type ResolveOptions, resolveMentions } from './resolve/resolve.js';
import { type RecognizeOptions, recognize } from './toponyms/recognize.js';
import type { ResolvedMention } from './types.js';

export interface GeoparseOptions {
  recognize?: RecognizeOptions;
  resolve?: ResolveOptions;
}

export function geoparse(text: string, gaz: Gazetteer, options: GeoparseOptions = {}): ResolvedMention[] {
  return resolveMentions(recognize(text, gaz, options.recognize), gaz, options.resolve);
}
