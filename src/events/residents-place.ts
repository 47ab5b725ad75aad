/**
 * "Residents of Suwayda protested on Monday", "hundreds of people from X marched": with no place of their own, a
 * protest or riot by the people of a town happened in that town (docs/taxonomy.md, "Eighth review"). "Residents of X
 * said drones dropped explosives on houses": an incident the people of a town witnessed and told, with no place of its
 * own, happened there too (twelfth session).
 */
import { choiceFor, isCountry, mentionsIn, precisionFor } from './context.js';
import type { ArticleContext, PlaceChoice } from './model.js';
import type { Span } from './sentences.js';

const PEOPLE_OF =
  /\b(?:residents|inhabitants|people|citizens|villagers|townspeople|families|tribesmen|locals)\s+(?:of|from|in)\s+(?:the\s+)?(?:(?:city|town|village|camp|province)\s+of\s+)?$/i;
/** The people of the town are the ones telling what happened. */
const TOLD = /^\s*(?:said|say|says|told|reported|described|recounted)\b/i;

/** The town whose people held the protest or riot, or told the incident, of `clause` (trigger at `trigger`), or null. */
export function residentsPlace(
  ctx: ArticleContext,
  clause: Span,
  eventType: string,
  trigger: number,
): PlaceChoice | null {
  const gathering = eventType === 'Protests' || eventType === 'Riots';
  for (const m of mentionsIn(ctx.mentions, clause.start, clause.start + trigger)) {
    if (m.role !== 'place' || !m.place || isCountry(m.place) || m === ctx.dateline) continue;
    if (!PEOPLE_OF.test(ctx.text.slice(Math.max(clause.start, m.start - 50), m.start))) continue;
    if (!gathering && !TOLD.test(ctx.text.slice(m.end, m.end + 20))) continue;
    return choiceFor(m, 'attached', precisionFor(m.place, false), 0.9, `the people of ${m.text}`);
  }
  return null;
}
