/**
 * "Bosnia": a country whose name joins two one-word names with "and" ("Bosnia and Herzegovina") is often written by
 * its first name alone. When that name has no exact entry of its own, the country is its exact reading, before any
 * loose spelling ("Bosnia" was read loosely as Busan, South Korea). A first name that is itself a place ("Trinidad",
 * "Antigua") keeps its own entries: the rule only applies where the gazetteer has nothing spelled so.
 */
import type { Candidate } from '../types.js';
import { foldExact } from './fold.js';

const TWO_NAMES = /^(\p{L}+) and \p{L}+$/u;

let byFirst: Map<string, Candidate> | null = null;

/** The country an otherwise unknown name is the first half of, as an exact candidate, or null. */
export function countryByFirstName(name: string, countries: () => Iterable<Candidate>): Candidate | null {
  if (!byFirst) {
    byFirst = new Map();
    for (const c of countries()) {
      const m = TWO_NAMES.exec(foldExact(c.name));
      if (m) byFirst.set(m[1], { ...c, match: 'exact' });
    }
  }
  return byFirst.get(foldExact(name)) ?? null;
}
