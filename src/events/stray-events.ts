/**
 * A clause whose only place was read in a country the article never concerns (stray-places.ts): the incident its
 * paragraph is telling, else the reading itself when spelled as written, else no place (the event is dropped). A
 * later clause that names no place and no date of its own continues that incident and is dropped with it.
 */
import { resolveDate } from '../dates/resolve-date.js';
import { isCountry, mentionsIn } from './context.js';
import { anaphoricPlace, BACK } from './implicit-places.js';
import type { ArticleContext, Candidate, PlaceChoice } from './model.js';
import type { Span } from './sentences.js';
import { incidentPlace, looseReading } from './stray-places.js';
import { placesForClause } from './where.js';

/** null when the clause names no stray place; else the places to use (empty: drop the event) and the reading. */
export function strayPlaces(
  ctx: ArticleContext,
  clause: Span,
  eventType: string,
  back: number,
  cands: Candidate[],
  sentence: Span,
): { places: PlaceChoice[]; name: string } | null {
  if (!ctx.withStray) return null;
  const stray = placesForClause(ctx, clause, eventType, true);
  // "The militants had seized the town in April": "the town" names the reading abroad.
  const anaphor = stray.length > 0 ? null : anaphoricPlace(ctx, clause, back, true);
  if (anaphor?.mention && ctx.stray.has(anaphor.mention)) stray.push(anaphor);
  if (stray.length === 0) return null;
  const country = stray.some((p) => p.mention?.place && isCountry(p.mention.place));
  // "…, a day after the two sides signed a framework agreement in Doha": a deal is often made in a foreign capital;
  // it is no detail of the incident its sentence tells.
  const capital = eventType === 'Strategic developments' && stray.some((p) => p.mention?.place?.featureCode === 'PPLC');
  const incident = country || capital ? null : incidentPlace(cands, ctx.text, sentence);
  const places = incident ? [incident] : stray.filter((p) => !p.mention || !looseReading(p.mention));
  return { places, name: stray[0].name };
}

/** "Separately, …", "Elsewhere, …": a sentence opening another incident. */
const NEW_INCIDENT = /^\s*(?:Separately|Elsewhere|Meanwhile|In\s+(?:a\s+)?separate|In\s+another)\b/i;

/**
 * "…had seized X [read abroad]. Retreating fighters looted shops.": a clause with no place named (not even one the
 * gazetteer lacks) and no date, within BACK sentences after an event dropped for its place abroad and with no event
 * told in between, is a detail of that incident.
 */
export function strayDetail(
  ctx: ArticleContext,
  clause: Span,
  dateText: string,
  dropped: Set<number>,
  sentenceIndex: number,
  lastEvent: number,
): boolean {
  const told = [...dropped].some((i) => i < sentenceIndex && i >= sentenceIndex - BACK && i >= lastEvent);
  if (!told || NEW_INCIDENT.test(clause.text)) return false;
  const all = ctx.withStray ?? ctx.mentions;
  if (mentionsIn(all, clause.start, clause.end).some((m) => m.role === 'place')) return false;
  return !resolveDate(dateText.slice(clause.start, clause.end), ctx.published);
}
