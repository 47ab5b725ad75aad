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
