/** Organisation and site head words, as classifyRun (people.ts) reads them inside a capitalised run. */
import { lexicon } from './lexicon.js';
import type { Run } from './people.js';
import type { Token } from './tokenize.js';

/** The word lists' organisation heads, with last words of organisations that the lists lack: "National Unity
 * Government", "Sinaloa Cartel" (one set: classifyRun asks for every word of every run). */
let allOrgHeads: Set<string> | null = null;
export function orgHeads(): Set<string> {
  allOrgHeads ??= new Set([...lexicon().orgHeads, 'government', 'cartel', 'cartels', 'gang']);
  return allOrgHeads;
}

/** Heads of a site a place holds: "Damascus's Umayyad Square", "Beirut's Rafic Hariri airport". */
export const SITE_HEADS = new Set([
  'square',
  'street',
  'road',
  'avenue',
  'bridge',
  'port',
  'dam',
  'airport',
  'stadium',
  'mosque',
]);

/** The token after the last possessive ("X's") before `k` in the run, else `from`: the site's name starts there. */
export function afterPossessive(text: string, tokens: Token[], from: number, k: number): number {
  for (let p = k - 1; p >= from; p--) if (/^['’]s\s/.test(text.slice(tokens[p].end, tokens[p].end + 3))) return p + 1;
  return from;
}

/** "Haiti's Centre department", "Burkina Faso's Centre-Nord region": a head word ending the run before a lower-case
 * admin-unit word names the unit, not an organisation. */
export function unitAfter(tokens: Token[], k: number, run: Run): boolean {
  const a = tokens[k + 1];
  return k === run.to && !!a && !a.cap && a.contiguous && UNIT_AFTER.has(a.lower);
}
const UNIT_AFTER = new Set(['department', 'region', 'province', 'state', 'district', 'governorate', 'prefecture']);
