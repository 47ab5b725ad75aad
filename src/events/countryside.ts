/**
 * "A drone strike in the Daraa countryside killed two people near the town of Nawa": the countryside (outskirts,
 * environs) of a city and a town that city's area contains, told in one clause, are one place — the town, the more
 * precise. A list ("in the Hama countryside and in Talbiseh", "X countryside, Y") stays two places.
 */
import type { ResolvedMention } from '../types.js';
import { contains } from './containment.js';

/** Between the countryside and the town: a list goes on ("and", "or", "as well as", a bare comma). */
const LIST_GAP =
  /^[\s,]*(?:(?:and|or|as\s+well\s+as)\b[\s\S]*)?$|^\s*,\s*(?:(?:and|or)\s+)?(?:in\s+|on\s+|the\s+)*(?:(?:town|village|city)\s+of\s+)?$/i;

/**
 * The attached places minus the city whose countryside (per `around`) holds another attached town of the clause.
 * `aroundEnd(m)` gives where the "countryside" words after `m` end (m.end when there are none).
 */
export function finerThanCountryside<T extends { m: ResolvedMention }>(
  text: string,
  places: T[],
  around: (m: ResolvedMention) => number,
): T[] {
  return places.filter((outer) => {
    const end = around(outer.m);
    if (end === outer.m.end || !outer.m.place) return true;
    return !places.some((inner) => {
      if (inner === outer || !inner.m.place || around(inner.m) !== inner.m.end) return false;
      if (!contains(outer.m.place!, inner.m.place)) return false;
      const gap = inner.m.start >= end ? text.slice(end, inner.m.start) : text.slice(inner.m.end, outer.m.start);
      return !LIST_GAP.test(gap);
    });
  });
}
