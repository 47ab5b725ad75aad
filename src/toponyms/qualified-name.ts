/**
 * "a house in Yohmor al-Shaqif": a village written with a qualifier after a hyphenated article — the area it lies in,
 * a side, "the upper" — that no entry spells whole, while the village's own name has one (GeoNames has Yohmor and
 * Yohmor el Beqaa, no Yohmor al-Shaqif). The run names that village, not its qualifier: read alone, "al-Shaqif" is Ech
 * Chqîf, another place. Before, the village, being one word of a longer name no entry has (single.ts,
 * partOfUnknownName), gave way to the qualifier.
 *
 * The qualifier must say where the village lies: a part word (east, upper, big, new; twin-stems.ts), or a name one of
 * whose entries lies within QUALIFIER_KM of an entry of the village (Ech Chqîf, the hill that names the Shaqif, 20 km
 * from Yohmor). "Busra al-Harir" is no such reading: no "Harir" lies near any Busra, and the two words are one town's
 * name, which the gazetteer lacks. The pick is held to the same test after ranking (name-fragments.ts).
 */
import { foldExact, GENERIC } from '../gazetteer/fold.js';
import { haversineKm } from '../gazetteer/distance.js';
import { FEATURE_STEMS, isTwinQualifier } from '../gazetteer/twin-stems.js';
import { arabicCompound } from './arabic-compound.js';
import { articleBefore } from './around-name.js';
import type { NameIndex } from './people.js';
import type { Token } from './tokenize.js';

/** How far from the village an entry of its qualifier may lie (the Shaqif, the Beqaa's villages around a town). */
const QUALIFIER_KM = 30;
/** New and old: "Mosul al-Jadida", "Hama al-Qadima" (with the twin qualifiers, the words of name-fragments.ts); the
 * town's old centre and its station quarter: "Daraa al-Balad", "Daraa al-Mahatta". */
const NEW_OLD = new Set([
  ...['jadida', 'jadidah', 'jadideh', 'jdideh', 'jdide', 'qadima', 'qadimah', 'qadimeh'],
  ...['balad', 'mahatta', 'mahattah'],
]);

/** A part word after the article: the side, height, size or age of the place named before it. */
function partQualifier(word: string): boolean {
  const w = foldExact(word);
  return isTwinQualifier(w) || NEW_OLD.has(w);
}

/** Verbs whose object is a person ("arrested Salim al-Kabir"), never a village. */
const PERSON_OBJECT = new Set([
  ...['arrested', 'detained', 'killed', 'shot', 'abducted', 'kidnapped', 'executed', 'assassinated', 'named'],
  ...['appointed', 'freed', 'released', 'interviewed', 'met', 'sentenced', 'charged', 'identified', 'accused'],
]);

/**
 * A part word is also a family name ("Salim al-Kabir", "Hassan al-Saghir"): as the object of a verb that takes a
 * person, the name is no village (audit of the eighteenth session). A qualifier naming a place near the village still
 * reads it (a person's name is not spelled after a place beside its namesake village).
 */
function personSlot(tokens: Token[], i: number): boolean {
  return PERSON_OBJECT.has(tokens[i - 1]?.lower ?? '');
}

/** Some exact entry of `qualifier` ("al-Shaqif") lies within QUALIFIER_KM of the place. */
export function qualifierNear(gaz: NameIndex, place: { lat: number; lon: number }, qualifier: string): boolean {
  return gaz
    .lookup(qualifier, { limit: 20, loose: false })
    .some((k) => haversineKm(place.lat, place.lon, k.lat, k.lon) <= QUALIFIER_KM);
}

/**
 * True when tokens [i, j] (a name some entry spells exactly) are followed by an article and one capitalised word that
 * end the run at `to`, the whole spelled by no entry (not even loosely), in a run of the shape of an Arabic place name
 * (arabic-compound.ts: no person's or organisation's word), and the qualifier says where the name lies. A one-word
 * name must be no feature word ("Tal al-Hawa", "Souq al-Juma": the feature word alone names no village).
 */
export function qualifiedName(
  text: string,
  tokens: Token[],
  i: number,
  j: number,
  to: number,
  gaz: NameIndex,
): boolean {
  if (j + 2 !== to || !articleBefore(tokens, to) || !tokens[to].cap || tokens[to].allCaps) return false;
  const first = foldExact(tokens[i].text);
  if (i === j && (FEATURE_STEMS.has(first) || GENERIC.has(first))) return false;
  if (arabicCompound(tokens, { from: i, to }, gaz) !== i) return false;
  if (gaz.hasAny(text.slice(tokens[i].start, tokens[to].end))) return false;
  if (partQualifier(tokens[to].text) && !personSlot(tokens, i)) return true;
  const qualifier = text.slice(tokens[j + 1].start, tokens[to].end);
  const name = text.slice(tokens[i].start, tokens[j].end);
  return gaz.lookup(name, { limit: 20, loose: false }).some((c) => qualifierNear(gaz, c, qualifier));
}

/** The whole run is such a name ("Douma al-Batroun"): no person's name of two words joined by an article, as the
 * shape alone would say (people.ts). */
export function qualifiedRun(
  text: string,
  tokens: Token[],
  run: { from: number; to: number },
  gaz: NameIndex,
): boolean {
  const j = run.to - 2;
  if (j < run.from || !gaz.hasExact(foldExact(text.slice(tokens[run.from].start, tokens[j].end)))) return false;
  return qualifiedName(text, tokens, run.from, j, run.to, gaz);
}
