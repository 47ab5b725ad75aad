/**
 * "Talks between the government and the rebels resumed in Doha on Monday" in a story about Chad: the generic sides of
 * talks held in a third country were filled with the host's country (Government of Qatar, Rebel groups (Qatar)), the
 * event's place. The sides belong to the country the story is about (the article's focus country) when the talks'
 * sentence names neither the host country nor its people (docs/taxonomy.md, "Twenty-seventh session: events review").
 */
import type { ConflictEvent } from '../types.js';
import { countryName, DEMONYM_OF } from './country-names.js';

/** Put the generic sides of talks held abroad in the story's own country, in place. */
export function applyHostTalks(events: ConflictEvent[], focusCountry: string): void {
  if (!focusCountry) return;
  for (const e of events) {
    const p = e.properties;
    if (p.sub_event_type !== 'Agreement' || !p.iso || p.iso === focusCountry) continue;
    const host = [countryName(p.iso), countryName(p.iso, true)];
    const hostWords = [host[0], ...Object.keys(DEMONYM_OF).filter((d) => DEMONYM_OF[d] === p.iso)];
    if (hostWords.some((w) => new RegExp(`(?<![\\w-])${w}(?![\\w-])`).test(p.evidence.text))) continue;
    const own = countryName(focusCountry, true);
    const fix = (a: string) =>
      a
        .replace(new RegExp(`^((?:Government|Military Forces|Police Forces) of )(?:${host.join('|')})$`), `$1${own}`)
        .replace(new RegExp(`\\((?:${host.join('|')})\\)$`), `(${countryName(focusCountry)})`);
    p.actor1 = fix(p.actor1);
    p.actor2 = fix(p.actor2);
  }
}
