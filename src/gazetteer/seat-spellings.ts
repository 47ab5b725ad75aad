/**
 * A province named in another spelling of its seat's name gets the seat's own spelling too. admin1CodesASCII names
 * areas once, often in an older or foreign spelling ("Kiev", "Odessa"), while the town it is named for carries the
 * current one as its main name and the area's spelling among its alternate names (Kyiv, also "Kiev"). News writes
 * "the Kyiv region": without the seat's spelling the area has no entry of that name and the name reaches only the
 * city (or the capital's own city-level area). Only a capital (PPLC, PPLA) lends its name, only one word for one word
 * (or the same number of words) starting with the same letter, so a spelling is added and not another place's name
 * ("Mexico City" is no spelling of the state of México). Only a capital that lies outside the area, in a first-level
 * area of its own (Kyiv in Kyiv City): a seat inside its province is handled while ranking, under a province cue only
 * (resolve/seat-province.ts: "Khost province" is Khowst, "the Khost district" stays the district).
 */
import { foldExact } from './fold.js';
import type { BuildRecord, RecordSet } from './records.js';

const SEAT_CODES = new Set(['PPLC', 'PPLA']);

const words = (s: string) => s.split(' ').length;

/** Adds to each ADM1 area the main name of every capital of its country that also bears the area's name. */
export function addSeatSpellings(set: RecordSet): void {
  const seats = new Map<string, BuildRecord[]>();
  for (const r of set.byId.values()) {
    if (r.featureClass !== 'P' || !SEAT_CODES.has(r.featureCode)) continue;
    for (const n of r.names) {
      const key = `${r.countryCode}|${foldExact(n)}`;
      const list = seats.get(key);
      if (!list) seats.set(key, [r]);
      else if (!list.includes(r)) list.push(r);
    }
  }
  for (const area of set.byId.values()) {
    if (area.featureCode !== 'ADM1') continue;
    const own = foldExact(area.name);
    for (const town of seats.get(`${area.countryCode}|${own}`) ?? []) {
      const spelling = foldExact(town.name);
      if (town.admin1 === area.admin1 || spelling === own) continue;
      if (words(spelling) !== words(own) || spelling[0] !== own[0]) continue;
      area.names.add(town.name);
    }
  }
}
