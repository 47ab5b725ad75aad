/**
 * Lists of places ("Virginia, Washington, West Virginia and Wyoming"; "Armenia, Georgia, Iraq and Iran"): the items
 * of a list are places of one kind. A name in a list whose other items were mostly resolved as states (or countries)
 * prefers its own sense of that kind: Washington the state among states, Georgia the country among countries.
 */
import type { Candidate, Mention } from '../types.js';

/** Longest gap between two items of a list, in characters: ", and " (a comma, "and", "or" and spaces). */
const MAX_GAP = 6;

export type PlaceKind = 'country' | 'province' | 'other';

export function kindOf(c: Candidate): PlaceKind {
  if (c.featureCode.startsWith('PCL')) return 'country';
  if (c.featureCode === 'ADM1') return 'province';
  return 'other';
}

/** For each list member (by mention index), the kind most of the OTHER members of its list were resolved to. */
export function listKinds(
  mentions: Mention[],
  firstPick: (m: Mention) => Candidate | undefined,
): Map<Mention, PlaceKind> {
  const out = new Map<Mention, PlaceKind>();
  const places = mentions.filter((m) => m.role === 'place');
  let i = 0;
  while (i < places.length) {
    let j = i;
    while (
      j + 1 < places.length &&
      places[j + 1].start - places[j].end <= MAX_GAP &&
      places[j].context !== places[j + 1].text
    )
      j++;
    if (j - i >= 2) {
      const chain = places.slice(i, j + 1);
      const kinds = chain.map((m) => {
        const c = firstPick(m);
        return c ? kindOf(c) : 'other';
      });
      const counts = { country: 0, province: 0, other: 0 };
      for (const x of kinds) counts[x]++;
      const others = chain.length - 1;
      chain.forEach((m, k) => {
        // Each member counts the others only (linear: the totals less its own kind).
        for (const kind of ['country', 'province'] as const) {
          const n = counts[kind] - (kinds[k] === kind ? 1 : 0);
          if (n * 3 >= others * 2) out.set(m, kind);
        }
      });
    }
    i = j + 1;
  }
  return out;
}
