/**
 * Which of a clause's attached places only qualify a neighbour ("Sheikh Maqsood in Aleppo", "the Bekaa Valley town
 * of Nabi Chit", "X (Y)"), and the re-reading of a place resolved outside the container it is said to lie in.
 * Split from where.ts, which attaches the places; this decides which of them are containers.
 */
import type { ResolvedMention, ScoredCandidate } from '../types.js';
import { isCountry } from './context.js';
import { alternativeWithin, contains, listedAfterComma, misresolved } from './containment.js';
import { hasTrigger } from './taxonomy.js';

/** "the Bekaa Valley town of Nabi Chit": the name before is the setting of the settlement named after. */
export const SETTING_GAP =
  /^\s+(?:(?!(?:and|or)\s)[\w-]+\s+){0,2}?(?:town|city|village|hamlet|refugee\s+camp|camp|port)\s+of\s+(?:the\s+)?$/i;
// Not "X province, near Y" (a reference point) nor "X, including in Y" (a part listed): Y is not X's container.
export const CONTAINER_GAP =
  /^(?![^;]*\b(?:and|or|near|outside|around|including|notably|especially|particularly)\b)(?![^;]*\b(?:close\s+to|such\s+as)\b)[^;]{0,45}?(?:\bin\b|\bof\b|,)\s*(?:the\s+)?(?:[\w-]+\s+){0,3}?$/i;

/** "across the Gaza Strip on Tuesday, hitting Khan Younis": a participle after the comma opens a clause of its own;
 * the name after it is no container ("Nuseirat, lying in central Gaza" still locates). */
const CLAUSE_AFTER_COMMA = /,\s*(?:[\w-]+\s+)*?(?!lying\b|sitting\b)[a-z]{2,}ing\s+(?:[\w-]+\s+){0,2}?$/;

export interface Attached {
  m: ResolvedMention;
  near: boolean;
  cue: string;
  /** The cue itself said "near/outside …" (shared by the coordinated places after it); `near` may also come from
   * the words after the name ("X countryside"), which belong to that name only. */
  cueNear?: boolean;
}

/** Of two places that cannot both be right, is `a` the one to trust? The country most attached places share, then
 * the resolver's own score. */
function trusted(out: Attached[], a: ScoredCandidate, b: ScoredCandidate): boolean {
  const n = (cc: string) => out.filter((o) => o.m.place!.countryCode === cc).length;
  return n(a.countryCode) !== n(b.countryCode) ? n(a.countryCode) > n(b.countryCode) : a.score >= b.score;
}

/**
 * Which attached mentions only qualify their neighbour: "X in Y" / "X, Y" / "X (Y)" where Y contains X drops Y;
 * "the Y town of X", "the Red Sea port of X" drops Y (the setting of the town named after it);
 * a comma between places that do not contain each other is a list ("Hasakah, Homs", "Hama countryside, Talbiseh"). When X was resolved
 * outside the Y it is said to lie in, X takes its alternative inside Y; failing that, when X lies in another country
 * or far away and Y is the more trusted reading, Y stands for X.
 * Rewrites `out` in place (the re-resolved X) and returns the mentions to drop.
 */
export function qualifiers(text: string, out: Attached[]): Set<Attached> {
  const drop = new Set<Attached>();
  for (let i = 1; i < out.length; i++) {
    const inner = out[i - 1];
    const outer = out[i];
    const gap = text.slice(inner.m.end, outer.m.start);
    if (SETTING_GAP.test(gap) && outer.m.place!.kind === 'point') {
      drop.add(inner);
      continue;
    }
    // "in Kupwara district of Kashmir": a named region (an area) holds the places of its own province too.
    const region = outer.m.place!.featureCode === 'RGN' && contains(outer.m.place!, inner.m.place!);
    if (!CONTAINER_GAP.test(gap) || (outer.m.place!.kind !== 'point' && !region) || CLAUSE_AFTER_COMMA.test(gap))
      continue;
    // "In Gaza, an Israeli airstrike hit a house in Khan Younis": an event told between them; no container.
    if (/^\s*,/.test(gap) && hasTrigger(gap)) continue;
    const ip = inner.m.place!;
    const op = outer.m.place!;
    if (/,\s*(?:the\s+)?$/.test(gap) && listedAfterComma(text, ip, outer.m, out[i + 1]?.m)) continue;
    if (contains(op, ip)) drop.add(outer);
    else if (/,\s*$/.test(gap) || isCountry(ip) || hasTrigger(gap)) continue;
    else {
      const alt = alternativeWithin(inner.m, op);
      if (alt) out[i - 1] = { ...inner, m: { ...inner.m, place: alt } };
      drop.add(!alt && misresolved(op, ip) && trusted(out, op, ip) ? inner : outer);
    }
  }
  return drop;
}
