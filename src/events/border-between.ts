/**
 * "Pakistani and Afghan forces exchanged fire at the border", "clashes at the Torkham border crossing" (a crossing the
 * gazetteer lacks): a clause that puts its event at "the border" without saying whose, and names exactly two
 * countries (by name or demonym), happened on the border between them. Without this the event had no place at all
 * (or took a dateline city 200 km away). The area is one country's strip along the other (areas.ts `borderStrip`):
 * the side of the story's dateline or focus when it is one of the two, else of the country named first. Precision 2,
 * as for "near the border with X". Only when the clause names no other place: a town or district it names is finer.
 */
import type { ResolvedMention } from '../types.js';
import { countryName } from './actors.js';
import { isCountry, mentionsIn } from './context.js';
import type { ArticleContext } from './model.js';
import type { Span } from './sentences.js';

/** "at the border", "along the frontier", "across the Torkham border crossing"; not "the border with X" (areas.ts)
 * nor "border guards", "border police" (who, not where). */
const AT_BORDER =
  /\b(?:[Aa]t|[Oo]n|[Aa]long|[Nn]ear|[Aa]cross|[Oo]ver|[Cc]lose\s+to)\s+the\s+(?:(?:[A-Z][\w'’-]*|disputed|shared|common|porous|mountainous|northern|southern|eastern|western)\s+){0,3}(?:border|frontier)(?:\s+(?:crossing|post|area|region|line|point))?\b(?!\s+(?:with|between|guards?|police|forces|troops)\b)/;

export interface BorderPair {
  home: string;
  other: string;
  /** The country mention the area is anchored on (the home side). */
  anchor: ResolvedMention;
  name: string;
  note: string;
}

/** The two countries whose shared border the clause's event is on, or null. */
export function borderBetween(ctx: ArticleContext, clause: Span): BorderPair | null {
  const at = AT_BORDER.exec(clause.text);
  if (!at) return null;
  const placed = mentionsIn(ctx.mentions, clause.start, clause.end).filter((m) => m.place);
  // A place the clause names ("in the North Waziristan district near the Afghan border") is finer than the border.
  if (placed.some((m) => !isCountry(m.place!))) return null;
  const countries = placed;
  const codes = [...new Set(countries.map((m) => m.place!.countryCode))].filter(Boolean);
  if (codes.length !== 2) return null;
  const side = [ctx.dateline?.place?.countryCode, ctx.focusCountry].find((c) => c && codes.includes(c));
  const home = side ?? codes[0];
  const other = codes.find((c) => c !== home)!;
  const anchor = countries.find((m) => m.place!.countryCode === home)!;
  return {
    home,
    other,
    anchor,
    name: `${countryName(home)} border area with ${countryName(other)}`,
    note: at[0].trim(),
  };
}
