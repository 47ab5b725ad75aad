/**
 * Sides of an agreement that the actor dictionary does not name (issue #5): "government officials", "the
 * army-aligned government", "the authorities" stand for the government of the event's country; "a delegation from
 * Egypt", "officials of Qatar" for that country's government. Used by parties.ts when an Agreement lacks an actor.
 */
import { countryName } from './actors.js';
import { isCountry, mentionsIn } from './context.js';
import type { ArticleContext } from './model.js';
import type { Span } from './sentences.js';

/** "the government", "government officials", "the authorities" — not "government forces" (a military actor). */
const GOVERNMENT =
  /\b(?:government|authorities)\b(?!\s*-?\s*(?:forces|troops|soldiers|held|controlled|backed|aligned)\b)/i;
/** "a delegation from", "officials of", "representatives of (the)": the country named next is a party. */
const ENVOYS_OF =
  /\b(?:delegations?|officials|representatives|envoys|negotiators|government)\s+(?:from|of)\s+(?:the\s+)?$/i;

/** "between " or "between X and " right before a name: the name is one side of the talks. */
const SIDES_BETWEEN = /\bbetween\s+(?:the\s+)?(?:[^,.;]{1,60}\s+and\s+(?:the\s+)?)?$/i;

/** Government names for the sides of an agreement told in `clause`, in text order; `iso2` is the event's country. */
export function agreementSides(ctx: ArticleContext, clause: Span, masked: string, iso2: string): string[] {
  const sides: { at: number; name: string }[] = [];
  const own = GOVERNMENT.exec(masked);
  if (own && iso2) sides.push({ at: own.index, name: `Government of ${countryName(iso2, true)}` });
  for (const m of mentionsIn(ctx.mentions, clause.start, clause.end)) {
    // "talks between Kinshasa and the M23": a national capital as one side of the talks stands for its government.
    const side =
      m.place?.featureCode === 'PPLC' && SIDES_BETWEEN.test(ctx.text.slice(clause.start, m.start).slice(-80));
    if (side)
      sides.push({ at: m.start - clause.start, name: `Government of ${countryName(m.place!.countryCode, true)}` });
    if (!m.place || !isCountry(m.place)) continue;
    if (!ENVOYS_OF.test(ctx.text.slice(Math.max(clause.start, m.start - 40), m.start))) continue;
    sides.push({ at: m.start - clause.start, name: `Government of ${countryName(m.place.countryCode, true)}` });
  }
  const names: string[] = [];
  for (const s of sides.sort((a, b) => a.at - b.at)) if (!names.includes(s.name)) names.push(s.name);
  return names;
}
