/**
 * Names of natural features written "the <Feature> of <Name>" that the gazetteer lacks whole: "the Horn of Africa",
 * "the Cape of Good Hope", "the Strait of Hormuz". The feature word before "of" is the head of the feature's name,
 * never a place of its own ("Horn" is no Dutch Hoorn), and the name after "of" is read as a place only when it can
 * hold or name the feature: an area, a water body, a feature, or a town of some renown ("the Bay of Naples"). A
 * hamlet spelled so is a namesake of the feature's own name ("Good Hope", Alabama), and the mention is dropped.
 * The same holds for a name before a lower-case "coast" ("the Pacific coast", "the Atlantic coast of Nicaragua"): an
 * ocean the gazetteer holds only in halves (North Pacific Ocean), so "Pacific" met Pacific, Missouri, and "Atlantic"
 * a county seat in Iowa; when every entry spelled as written is a town below COAST_TOWN, the name is no place.
 */
import type { Mention } from '../types.js';
import type { NameIndex } from './people.js';

/** Capitalised heads of feature names before "of". */
const HEADS = 'Cape|Horn|Isle|Bay|Gulf|Strait|Straits|Sea|Lake|Mount|Island|Islands';
const HEAD = new RegExp(`^(?:${HEADS})$`);
const HEAD_BEFORE = new RegExp(`\\b(?:${HEADS}) of (?:the )?$`);
const OF_NAME = /^ of (?:the )?\p{Lu}/u;
/** A town with this prior or more is of some renown (src/gazetteer/prior.ts): features are named after such towns. */
const KNOWN_TOWN = 0.45;
/** "the X coast": a lower-case coast word after the name. */
const COAST_AFTER = /^ (?:coast|coasts|coastline|seaboard)\b/;
/** A coast is named after a town of renown ("the Hodeidah coast", prior 0.6 and more), not after a county seat. */
const COAST_TOWN = 0.5;

export function dropFeatureOfParts(text: string, gaz: NameIndex, mentions: Mention[]): void {
  let n = 0;
  for (const m of mentions) {
    const drop =
      m.role === 'place' &&
      ((HEAD.test(m.text) && OF_NAME.test(text.slice(m.end, m.end + 10))) ||
        (HEAD_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)) && namesakeOnly(m.text, gaz)) ||
        (COAST_AFTER.test(text.slice(m.end, m.end + 12)) && namesakeOnly(m.text, gaz, COAST_TOWN)));
    if (!drop) mentions[n++] = m;
  }
  mentions.length = n;
}

/** Every entry spelled as written is a town of little renown. */
function namesakeOnly(name: string, gaz: NameIndex, known = KNOWN_TOWN): boolean {
  const exact = gaz.lookup(name, { limit: 25, loose: false });
  return exact.length > 0 && exact.every((c) => c.featureClass === 'P' && (c.prior ?? 0) < known);
}
