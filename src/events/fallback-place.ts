import { isCountry } from './context.js';
import { datelineStoryPlace } from './dateline-story.js';
import type { Span } from './sentences.js';
import { namesUnknownPlace } from './unknown-name.js';
import { type ArticleContext, type Candidate, type PlaceChoice, VIOLENT, weakPlace } from './model.js';

/**
 * The place of an event clause that names none and has no reference of its own (detect-events.ts): the article's
 * focus, else the dateline's story (dateline-story.ts) — unless the story goes on from the sentence just before.
 *
 * "Gang members killed 20 people in an attack on Arcahaie … Police reinforcements arrived on Thursday, and three gang
 * members were killed in a shootout": violence told right after a violent event placed at a town, in the same
 * paragraph, with no place and no word that turns to another scene ("Separately", "Elsewhere", "Meanwhile", "In
 * another attack"), goes on at that town. Before, it went to the article's most mentioned place (here the capital, named in the dateline and later).
 * Only where there is such a fallback, and kept as one (kind 'focus'), so the rules for fallback places still apply.
 */
const TURN =
  /^\W*(?:separately|elsewhere|meanwhile|also|in\s+(?:a|another)\s+(?:separate\s+)?\w+|earlier|later|on\s+the\s+same\s+day)\b/i;

export function fallbackPlace(
  ctx: ArticleContext,
  cands: readonly Candidate[],
  sentenceIndex: number,
  clause: Span,
  eventType: string,
): PlaceChoice | null {
  const fallback = ctx.focus ?? datelineStoryPlace(cands);
  // Only in place of a fallback: a clause that would have no place gets none from here either.
  // "… in Myinmu township" with Myinmu not in the gazetteer: another scene, only one we cannot map.
  const unknown = () => namesUnknownPlace(clause.text, new Set(ctx.mentions.filter((m) => m.place).map((m) => m.text)));
  const goesOn = fallback && VIOLENT.has(eventType) && !TURN.test(clause.text);
  const last = goesOn ? storyBefore(cands, sentenceIndex) : null;
  // Within one paragraph: a new paragraph may turn to the background or to another scene.
  const before = last && !ctx.text.slice(last.sentence.end, clause.start).includes('\n') && !unknown() ? last : null;
  if (!before || before.place.key === fallback?.key) return fallback;
  // Still a fallback (kind 'focus'): background told with no place of its own is dropped as before (build-event.ts).
  return { ...before.place, kind: 'focus', note: `${before.place.note}; the story of the sentence before goes on` };
}

/** The violent event, placed at a town, of the sentence just before (its last one), or null. */
function storyBefore(cands: readonly Candidate[], sentenceIndex: number): Candidate | null {
  let k = cands.length - 1;
  while (k >= 0 && cands[k].sentenceIndex === sentenceIndex) k--;
  const last = cands[k];
  if (!last || last.sentenceIndex !== sentenceIndex - 1 || last.front) return null;
  if (!VIOLENT.has(last.event_type) || weakPlace(last.place) || last.place.geo_precision !== 1) return null;
  const p = last.place.mention?.place;
  return p && !isCountry(p) && !last.place.area ? last : null;
}
