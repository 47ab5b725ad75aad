import { isCountry } from './context.js';
import type { Candidate, PlaceChoice } from './model.js';

/**
 * "TRIPOLI: Heavy clashes broke out overnight in the Libyan capital … The government said its forces had taken
 * control of the district and announced a ceasefire.": a story whose first body event happened in its dateline's city
 * is that city's story. A later event clause that names no place, in an article with no focus place (no town named
 * twice, no country), happened there too, near the city (precision 2); before, it had no place and was dropped.
 * A dateline only tells where the reporter filed, so this holds only when the lead's event was placed by it.
 */
export function datelineStoryPlace(cands: readonly Candidate[]): PlaceChoice | null {
  const first = cands.find((c) => !c.front);
  if (first?.place.kind !== 'dateline' || !first.place.mention?.place) return null;
  if (isCountry(first.place.mention.place)) return null;
  return {
    ...first.place,
    kind: 'focus',
    geo_precision: 2,
    note: "the dateline's city, where the story's first event happened",
  };
}
