/**
 * A sentence-opening setting ("In Kinshasa, protesters attacked the embassies …, burning tyres and looting offices")
 * places every clause of its sentence that names no place of its own: the later clauses tell the same scene.
 */
import type { PlaceChoice } from './model.js';
import type { Span } from './sentences.js';

/** "In X,", "In the eastern city of X,", "At X,": a locative phrase closed by a comma at the start of a sentence. */
const SETTING_OPEN = /^\s*(?:In|At|Near|Outside|Inside)\s+[^,;.]{1,60},/;

/** The place the sentence's first clause sets before its comma, when that clause has exactly one attached place. */
export function settingPlace(first: { clause: Span; places: PlaceChoice[] } | undefined): PlaceChoice | null {
  if (first?.places.length !== 1) return null;
  const open = SETTING_OPEN.exec(first.clause.text);
  const p = first.places[0];
  if (!open || p.kind !== 'attached' || !p.mention) return null;
  return p.mention.end <= first.clause.start + open[0].length ? p : null;
}

/** An "after" clause split off its sentence (sentences.ts AFTER_CLAUSE). */
const AFTER_OPEN = /^\W*(?:after|following)\s/i;

/**
 * "Protesters stormed a building in X on Thursday after an activist was shot dead by gunmen": the cause told in an
 * "after" clause that names no place happened where the main clause did (the place attached to the clause before).
 */
export function afterCausePlace(clause: Span, main: { places: PlaceChoice[] } | undefined): PlaceChoice | null {
  if (!AFTER_OPEN.test(clause.text)) return null;
  const attached = main?.places.filter((p) => p.kind === 'attached') ?? [];
  return attached.length === 1 ? attached[0] : null;
}
