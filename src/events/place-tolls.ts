/**
 * "… killing six people in Kyiv and three in Kharkiv": a toll told place by place gives each place of the clause its
 * own number, not an even split of the first one (docs/taxonomy.md, "Twenty-third review").
 */
import { countValue } from './fatalities.js';
import type { PlaceChoice } from './model.js';

/** A count right before "in <place>": "six people in ", "three in ", "12 civilians in the city of ". */
const COUNT_IN =
  /\b(\d{1,3}(?:,\d{3})*|[a-z]+(?:-[a-z]+)?)\s+(?:more\s+)?(?:(?:people|civilians|persons|others|residents|villagers|soldiers|troops|fighters|militants|policemen)\s+)?(?:were\s+killed\s+)?in\s+(?:the\s+)?(?:(?:city|town|village|region)\s+of\s+)?$/i;

/** A count governed by a verb of harm other than death: "wounding nine in ", "arrested at least 12 in ". */
const NOT_DEATHS =
  /\b(?:wound|injur|hurt|arrest|detain|abduct|kidnapp?|displac)\w*\s+(?:(?:at\s+least|about|around|some|nearly|more\s+than|another)\s+)?$/i;

/** Only "and" or a comma between a place and the next count: the count shares the verb before the place. */
const JOINED = /^\s*,?\s*(?:and\s+)?$/;

/**
 * Each place's own toll when every place of the clause has a count told right before it, else null. A place whose
 * count is of the wounded, arrested or displaced ("killing four in X and wounding nine in Y") has no deaths of its
 * own (0), nor does the next one when only "and" or a comma joins its count to it ("wounding nine in Y and three in
 * Z"); when no count is of deaths there is no place-by-place toll.
 */
export function placeTolls(masked: string, places: PlaceChoice[], fatalities: number): number[] | null {
  if (places.length < 2 || fatalities === 0) return null;
  const tolls: number[] = [];
  let lastEnd = -1; // the place before, and whether its count was of the wounded, arrested or displaced
  let lastOther = false;
  let deaths = 0;
  for (const p of places) {
    const m = p.mention;
    if (!m) return null;
    const from = Math.max(0, m.start - 80);
    const before = masked.slice(from, m.start);
    const hit = COUNT_IN.exec(before);
    const n = hit ? countValue(hit[1]) : null;
    // "Eleven militants were killed in an operation in X, and six more in Y": the clause's own toll is the first place's.
    if (tolls.length === 0 && (hit === null || n === null) && places.length > 1) {
      [lastEnd, lastOther] = [m.end, false];
      deaths++;
      tolls.push(fatalities);
      continue;
    }
    if (hit === null || n === null) return null;
    const at = from + hit.index;
    // "wounding nine in Y and three in Z": a count joined to the place before it by "and" or a comma keeps its verb.
    const joined = lastEnd >= 0 && lastEnd < at && JOINED.test(masked.slice(lastEnd, at));
    const other: boolean = joined ? lastOther : NOT_DEATHS.test(before.slice(0, hit.index));
    [lastEnd, lastOther] = [m.end, other];
    if (!other) deaths++;
    tolls.push(other ? 0 : n);
  }
  return deaths > 0 ? tolls : null;
}

/**
 * The toll of the clause's `j`-th place: its own when told place by place; else one toll told for all of them is
 * split evenly, the remainder to the first place (as ACLED distributes a summarized toll over locations), so the
 * article's total is not multiplied.
 */
/**
 * "killed 21 people across the Gaza Strip, including nine in a school in Gaza City": the one place of the clause is
 * where a part of a total told over a wider area died; its toll is that part. Not "kills 10 including 7 children in
 * X": there the total is X's too.
 */
const PART_OF_TOTAL =
  /\b(?:across|throughout|nationwide)\b[^.;]{0,80}?\b(?:including|among\s+them)\s+(?:at\s+least\s+)?(\d{1,3}(?:,\d{3})*|[a-z]+(?:-[a-z]+)?)\s+(?:(?:people|civilians|children|women|persons|others)\s+)?(?:were\s+killed\s+)?(?:in|at)\s+[^,;.]{0,80}?$/i;

function partOfTotal(masked: string, place: PlaceChoice, fatalities: number): number | null {
  const m = place.mention;
  if (!m) return null;
  const hit = PART_OF_TOTAL.exec(masked.slice(Math.max(0, m.start - 220), m.start));
  const n = hit ? countValue(hit[1]) : null;
  return n !== null && n > 0 && n < fatalities ? n : null;
}

export function placeShares(masked: string, places: PlaceChoice[], fatalities: number): (j: number) => number {
  const part = places.length === 1 ? partOfTotal(masked, places[0], fatalities) : null;
  if (part !== null) return () => part;
  const own = placeTolls(masked, places, fatalities);
  const share = Math.floor(fatalities / places.length);
  return (j) => own?.[j] ?? (j === 0 ? fatalities - share * (places.length - 1) : share);
}
