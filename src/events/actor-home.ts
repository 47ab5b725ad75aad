/**
 * An actor's home ground as place evidence. data/actors.json gives some armed groups the countries they fight in
 * (`countries`). When a text names such a group and a place of it was resolved in another country that the text does
 * not otherwise place it in, the place's alternative of the same name in the group's country is the one meant:
 * "ADF rebels kill 22 in Beni" is Beni in North Kivu, not the Bolivian department. A loose reading with no
 * alternative at home ("Boulkessi", a Malian town the gazetteer lacks, read as Balıkesir in Turkey next to JNIM) is
 * a namesake abroad: no place is better than a pin in another country. So is a hamlet of no known population that
 * holds the name only among its other names ("RSF fighters attacked Tawila": Aţ Ţawīlah, Yemen; the gazetteer lacks
 * the Sudanese town).
 */
import { foldExact } from '../gazetteer/fold.js';
import type { ResolvedMention } from '../types.js';
import { HOMED_NAMES } from './actors.js';

const COUNTRY_CODES = /^(?:PCL\w*|TERR)$/;

/** The home countries of the armed groups `text` names by an alias or acronym (empty when it names none). */
export function actorHomes(text: string): Set<string> {
  const homes = new Set<string>();
  for (const d of HOMED_NAMES) {
    d.re.lastIndex = 0; // the dictionary's expressions are global
    if (d.re.test(text)) for (const c of d.countries ?? []) homes.add(c);
  }
  return homes;
}

/** `mentions` with places resolved away from the named actors' home ground moved to their home alternative. */
export function placeActorsAtHome(text: string, mentions: ResolvedMention[]): ResolvedMention[] {
  const homes = actorHomes(text);
  if (homes.size === 0) return mentions;
  const placed = mentions.filter((m) => m.place);
  // A country the text places something in by itself (a second place there, or the country named) stays.
  const count = (cc: string) => placed.filter((m) => m.place!.countryCode === cc).length;
  return mentions.map((m) => {
    const p = m.place;
    if (!p || homes.has(p.countryCode) || COUNTRY_CODES.test(p.featureCode) || count(p.countryCode) > 1) return m;
    // Spelled as written, unless the pick itself was a loose reading: a loose namesake must not displace an exact name.
    const home = m.alternatives.find(
      (a) =>
        homes.has(a.countryCode) && !COUNTRY_CODES.test(a.featureCode) && (a.match !== 'loose' || p.match === 'loose'),
    );
    const minor = p.featureClass === 'P' && !p.population && foldExact(p.name) !== foldExact(m.text);
    if (!home) return p.match === 'loose' || minor ? { ...m, place: null, alternatives: [p, ...m.alternatives] } : m;
    return {
      ...m,
      place: { ...home, reasons: [...home.reasons, 'home ground of an actor the text names'] },
      alternatives: [p, ...m.alternatives.filter((a) => a !== home)],
    };
  });
}
