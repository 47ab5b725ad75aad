/**
 * Where a demonym stops or starts describing a name. "Israeli forces raided Beit Jinn": a verb of action between them
 * makes the demonym's noun the one acting on the place, not what the place is. "near Qusayr, a Syrian town across the
 * border": an apposition right after the name says which country it lies in, as "the Syrian town of Qusayr" does.
 */
import { lexicon } from './lexicon.js';
import type { Token } from './tokenize.js';

/** Verbs (past and present) by which a demonym's noun acts on the place written after them. */
export const ACTED_ON = new Set([
  'raided',
  'raid',
  'raids',
  'stormed',
  'storm',
  'storms',
  'struck',
  'shelled',
  'shell',
  'shells',
  'bombed',
  'bombarded',
  'attacked',
  'attack',
  'attacks',
  'targeted',
  'pounded',
  'seized',
  'captured',
  'invaded',
  'entered',
  'enter',
  'enters',
  'reached',
  'besieged',
  'surrounded',
  'encircled',
  'bulldozed',
  'overran',
]);

const SETTLEMENT = new Set(['town', 'city', 'village', 'hamlet', 'suburb', 'district', 'province', 'region', 'port']);

/** ", a Syrian town …" / ", an Iraqi border village …" right after the name ending at token `j`: the country. */
export function demonymAppositive(text: string, tokens: Token[], j: number): string | undefined {
  const art = tokens[j + 1];
  if (!art || (art.lower !== 'a' && art.lower !== 'an') || art.cap) return undefined;
  const gap = text.slice(tokens[j].end, art.start);
  if (gap !== ', ') return undefined;
  const dem = lexicon().demonyms;
  // At most one lower-case word before the demonym ("a small Syrian town"), at most two between it and the noun.
  for (let k = j + 2; k < tokens.length && k <= j + 3; k++) {
    const iso = tokens[k].cap ? dem.get(tokens[k].lower) : undefined;
    if (iso) {
      for (let n = k + 1; n < tokens.length && n <= k + 3; n++) {
        if (tokens[n].cap || tokens[n].sentenceStart) return undefined;
        if (SETTLEMENT.has(tokens[n].lower)) return iso;
      }
      return undefined;
    }
    if (tokens[k].cap || tokens[k].sentenceStart || !tokens[k].contiguous) return undefined;
  }
  return undefined;
}
