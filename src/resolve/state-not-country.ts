/**
 * A country's name that is also a first-level area's elsewhere: "northeast Georgia" in a story of Athens, Gainesville
 * and Watkinsville is the US state, not the Caucasus country. Ranking reads the country (its prior is the largest a
 * name can have); after ranking, a country pick yields to the first-level area of the same name among its
 * alternatives when at least two other places of the text lie in that area and none in the country.
 */
import { foldExact } from '../gazetteer/fold.js';
import type { ResolvedMention } from '../types.js';
import { copyWith } from './copy-with.js';

/** Other places of the text inside the area needed to read it instead of the country. */
const MIN_INSIDE = 2;

export function applyStateNotCountry(mentions: ResolvedMention[]): ResolvedMention[] {
  let out: ResolvedMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const p = m.place;
    if (m.role !== 'place' || !p || !p.featureCode.startsWith('PCL')) continue;
    const name = foldExact(m.text);
    const area = m.alternatives.find(
      (c) => c.featureCode === 'ADM1' && c.countryCode !== p.countryCode && foldExact(c.name) === name,
    );
    if (!area) continue;
    const others = mentions.filter((o, k) => k !== i && o.place && foldExact(o.text) !== name);
    if (others.some((o) => o.place?.countryCode === p.countryCode)) continue;
    const inside = new Set(
      others
        .filter((o) => o.place?.countryCode === area.countryCode && o.place.admin1 === area.admin1)
        .map((o) => o.place?.geonameid),
    );
    if (inside.size < MIN_INSIDE) continue;
    out ??= mentions.slice();
    const reason = `${inside.size} other places of the text lie in ${area.name}`;
    out[i] = copyWith(m, {
      place: copyWith(area, { score: p.score, reasons: [...area.reasons, reason] }),
      alternatives: [p, ...m.alternatives.filter((c) => c !== area)],
    });
  }
  return out ?? mentions;
}
