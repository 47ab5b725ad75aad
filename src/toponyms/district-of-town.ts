/**
 * "the Tajoura district of Tripoli": a district written as a part of the town named after "of". When no admin area
 * is spelled so, the district bears the name of a town that lies beside the one named (Tājūrā’, 15 km east of
 * Tripoli's centre): a point entry of the same spelling skeleton within NEAR_KM of an exact entry of that town reads
 * the name as a place. A loose namesake elsewhere is no such reading ("the Tajoura district of Tripoli" is no
 * Guatemalan El Tejar).
 */
import { haversineKm } from '../gazetteer/distance.js';
import { spellingSkeleton } from '../gazetteer/skeleton.js';
import type { NameIndex } from './people.js';
import type { Token } from './tokenize.js';

/** A part of a town lies in it or beside it. */
const NEAR_KM = 40;

/** Tokens k+1.. read "district of Town": the loose spelling at k names a town beside the one written after "of". */
export function districtOfTown(tokens: Token[], k: number, gaz: NameIndex): boolean {
  const of = tokens[k + 2];
  if (tokens[k + 1]?.lower !== 'district' || of?.lower !== 'of') return false;
  let end = k + 3;
  if (!tokens[end]?.cap) return false;
  while (tokens[end + 1]?.cap && tokens[end + 1].contiguous && end < k + 5) end++;
  const outerName = tokens
    .slice(k + 3, end + 1)
    .map((t) => t.text)
    .join(' ');
  const towns = gaz.lookup(outerName, { limit: 10, loose: false }).filter((c) => c.featureClass === 'P');
  if (towns.length === 0) return false;
  const skeleton = spellingSkeleton(tokens[k].text);
  return gaz
    .lookup(tokens[k].text, { limit: 20 })
    .some(
      (c) =>
        c.featureClass === 'P' &&
        spellingSkeleton(c.name) === skeleton &&
        towns.some((t) => haversineKm(c.lat, c.lon, t.lat, t.lon) <= NEAR_KM),
    );
}
