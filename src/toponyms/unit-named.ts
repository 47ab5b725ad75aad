/**
 * "Kharkivska oblast", "Sumska oblast": a word the gazetteer knows only together with its unit word, written here with
 * the unit in lower case. GeoNames names Ukraine's oblasts in the Ukrainian adjectival form ("Kharkivs'ka Oblast'"),
 * which news copies with a lower-case "oblast"; the capitalised run ("Kharkivska") has no entry of its own and was lost.
 * The name and its unit word are then one mention, when the gazetteer holds the two words as an admin area's name.
 * And "in Van province": a three-letter word before a lower-case unit word names a province even when it is a common
 * word or a name particle (single.ts would drop "Van" as in "Van Gogh").
 * And "Sumska oblast", "Odeska Oblast": an adjectival oblast GeoNames holds only under its noun
 * (gazetteer/adjectival-oblast.ts) is one mention with its unit word, before the word alone is read loosely ("Sumska"
 * as Samashki, Chechnya).
 */
import { oblastNouns } from '../gazetteer/adjectival-oblast.js';
import { foldExact } from '../gazetteer/fold.js';
import type { Mention } from '../types.js';
import type { NameIndex, Run } from './people.js';
import type { Token } from './tokenize.js';

const UNIT = /^(?:oblast|province|region|governorate|state|district|county|department|raion|krai)$/;

/** The mention of token i and the lower-case unit word after it, or null. */
export function unitNamed(text: string, tokens: Token[], i: number, gaz: NameIndex): Mention | null {
  const t = tokens[i];
  const unit = tokens[i + 1];
  if (!unit || unit.cap || !unit.contiguous || !UNIT.test(unit.lower)) return null;
  // Only a word no entry reads, even loosely: "the Chamchamaal district" is read through Chamchamal (loose-names.ts).
  const span = text.slice(t.start, unit.end);
  if (gaz.hasAny(t.text) || !gaz.hasExact(foldExact(span))) return null;
  return { start: t.start, end: unit.end, text: span, role: 'place', classHint: 'A' };
}

/** A capitalised word right before a lower-case "province", "region", "governorate" or "state", whose best entry is a
 * first-level area. */
export function provinceBeforeUnit(tokens: Token[], i: number, span: string, gaz: NameIndex): boolean {
  const next = tokens[i + 1];
  if (!next || next.cap || !next.contiguous || !/^(region|province|governorate|state)$/.test(next.lower)) return false;
  return gaz.lookup(span, { limit: 1, loose: false })[0]?.featureCode === 'ADM1';
}

/** A run of one word followed by "oblast" (or ending in "Oblast") that names an oblast in the adjectival form, as one
 * mention; null otherwise. */
export function adjectivalOblastRun(text: string, tokens: Token[], run: Run, gaz: NameIndex): Mention | null {
  const t = tokens[run.from];
  const unit = tokens[run.from + 1];
  if (run.to > run.from + 1 || !unit?.contiguous || unit.lower !== 'oblast') return null;
  const span = text.slice(t.start, unit.end);
  if (!oblastNouns(span) || gaz.lookup(span, { limit: 1 }).length === 0) return null;
  return { start: t.start, end: unit.end, text: span, role: 'place', classHint: 'A' };
}

/** "Tuam, Co Galway", "Co. Durham": a run opening with the abbreviated "Co" whose name and "Co" are a county's
 * (gazetteer/county-abbreviation.ts), as one mention; null otherwise (a county the gazetteer lacks stays unread). */
export function abbreviatedCountyRun(text: string, tokens: Token[], run: Run, gaz: NameIndex): Mention | null {
  if (tokens[run.from].text !== 'Co' || run.to === run.from) return null;
  for (let k = Math.min(run.to, run.from + 2); k > run.from; k--) {
    const span = text.slice(tokens[run.from].start, tokens[k].end);
    if (gaz.lookup(span, { limit: 1 }).length > 0)
      return { start: tokens[run.from].start, end: tokens[k].end, text: span, role: 'place', classHint: 'A' };
  }
  return null;
}
