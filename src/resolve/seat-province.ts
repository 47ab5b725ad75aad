/**
 * A province written by its seat's spelling: "in Al Dhale province", "the governorate of Al Dhale". GeoNames often
 * gives the English news spelling only to the seat (Aḑ Ḑāli‘ the town has "Al Dhale" among its names, the governorate
 * has not), so under a province cue the only exact entries are towns and the province never competed. When one of
 * them is the seat of a province (PPLA), that province — its country's first-level area holding the seat, found by the
 * seat's admin1 name — competes as an exact match beside it.
 * The same holds when the seat's own district bears the spelling ("Paktika and Khost provinces": Khōst the town and
 * Khōst the district, ADM2, are spelled so; the province is Khowst): under a first-level unit word written with the
 * name (province, governorate, state, oblast) and no first-level area spelled as written, the seat's province
 * competes when it is only another spelling of the name (the same consonants: Khowst, Khost).
 */
import { spellingSkeleton } from '../gazetteer/skeleton.js';
import type { Candidate, Mention } from '../types.js';
import { copyWith } from './copy-with.js';
import type { CandidateSource } from './options.js';

/** First-level unit words, after the name ("Khost provinces") or before it ("the province of Khost"). */
const FIRST_AFTER = /^\s+(?:provinces?|governorates?|states?|oblasts?)\b/;
const FIRST_BEFORE = /\b(?:province|governorate|state|oblast) of (?:the )?$/;

/** The consonants of a spelling skeleton: Khowst and Khost meet, Cebu and Central Visayas do not. */
const consonants = (name: string) => spellingSkeleton(name).replace(/[aeiouwy\s]/g, '');

function firstLevelWritten(m: Mention, text: string): boolean {
  return (
    FIRST_AFTER.test(text.slice(m.end, m.end + 16)) || FIRST_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))
  );
}

export function withSeatProvince(
  m: Mention,
  candidates: Candidate[],
  exact: Candidate[],
  gaz: CandidateSource,
  text = '',
): Candidate[] {
  if (m.classHint !== 'A') return candidates;
  const anyArea = exact.some((c) => c.featureClass === 'A');
  // An area spelled as written is the province itself, unless it is a lower one and the unit word is first-level.
  const respelled = anyArea && !exact.some((c) => c.featureCode === 'ADM1') && firstLevelWritten(m, text);
  if (anyArea && !respelled) return candidates;
  const added: Candidate[] = [];
  for (const seat of exact) {
    if (seat.featureCode !== 'PPLA' || !seat.admin1Name) continue;
    const province = gaz
      .lookup(seat.admin1Name, { limit: 10, loose: false })
      .find((c) => c.featureCode === 'ADM1' && c.countryCode === seat.countryCode && c.admin1 === seat.admin1);
    if (!province || added.some((c) => c.geonameid === province.geonameid)) continue;
    if (respelled && consonants(province.name) !== consonants(m.text)) continue;
    added.push(copyWith(province, { match: 'exact' as const }));
  }
  return added.length ? candidates.concat(added) : candidates;
}
