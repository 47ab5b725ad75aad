/**
 * Names written in a form the index holds under another, tried by Gazetteer.lookup when the written form itself has no
 * exact entry: an oblast in the adjectival form ("Sumska oblast", adjectival-oblast.ts), a county with its abbreviated
 * unit word ("Co Galway", county-abbreviation.ts), the first name of a country "X and Y" ("Bosnia",
 * country-first-part.ts), and a river written after the word "River" ("the River Severn": GeoNames names the river
 * "Severn"; only water entries of the bare name are its readings, not the towns spelled so).
 */
import type { Candidate } from '../types.js';
import { adjectivalOblast } from './adjectival-oblast.js';
import { countryByFirstName } from './country-first-part.js';
import { countyInFull } from './county-abbreviation.js';

const RIVER_FIRST = /^River (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)$/u;

type Lookup = (name: string, options?: { limit?: number; loose?: boolean }) => Candidate[];

/** `list` (the written form's own candidates), or the readings of the form it stands for. */
export function otherWrittenForms(
  name: string,
  list: Candidate[],
  limit: number,
  lookup: Lookup,
  countries: () => Iterable<Candidate>,
): Candidate[] {
  if (!list.length) {
    const oblast = adjectivalOblast(name, (noun) => lookup(noun, { limit: 8 }));
    if (oblast.length) return oblast;
    const county = countyInFull(name);
    if (county) return lookup(county, { limit }).filter((c) => c.match === 'exact');
  }
  if (list[0]?.match === 'exact') return list;
  const river = RIVER_FIRST.exec(name)?.[1];
  if (river) {
    const waters = lookup(river, { limit: 20 }).filter((c) => c.match === 'exact' && c.featureClass === 'H');
    if (waters.length) return waters.slice(0, limit);
  }
  const country = countryByFirstName(name, countries);
  return country ? [country, ...list].slice(0, limit) : list;
}
