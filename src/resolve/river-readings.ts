/**
 * What the words around a name say of a river (applied after ranking). "the San Miguel River", "the river Kosi": a
 * name under the word river is the river; when the pick is a town or a district of the name (the gazetteer lacks the
 * river), that namesake is a wrong pin, so the river among the alternatives replaces it, else the name gets none. A
 * first-order province keeps its pin when no river is at hand: rivers name the provinces they drain ("the Artibonite
 * River" runs through Artibonite department), so it is a coarse reading, not a wrong one.
 * "the Blue Nile", "the Zambezi": a name under the definite article, with no unit word after it, is the river when the
 * pick is a province or district of the name and a river of the very name is among its alternatives ("Blue Nile
 * state" keeps the province: its unit word cues it in recognition).
 */
import { foldExact } from '../gazetteer/fold.js';
import type { ResolvedMention, ScoredCandidate } from '../types.js';

/** "X River" / "X river" (not "Cross River State"), and "the river X". */
const RIVER_AFTER = /^[ -][Rr]iver\b(?! [Ss]tate)/;
const RIVER_BEFORE = /\b[Rr]iver $/;
/** "the X", with the article as a word of its own (also "The X" opening a sentence). */
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he $/u;
/** "the central X": the article and a side word before the name. */
const THE_SIDE_BEFORE = /(?:^|[^\p{L}])[Tt]he (?:central|northern|southern|eastern|western) $/u;
/** A word after the name that makes it a unit, a group or a longer name, not the bare river ("the Blue Nile state"). */
const NOT_BARE_AFTER =
  /^(?: \p{Lu}| (?:state|states|province|region|district|county|governorate|valley|basin|delta)\b)/u;

const isRiver = (c: ScoredCandidate) => c.featureClass === 'H' && c.featureCode.startsWith('STM');
/** A plain, desert, plateau or other large land region (class T): "the Sahel" over a province spelled like it. */
const isLand = (c: ScoredCandidate) => c.featureClass === 'T';

/** "river" or "River" just after the name or just before it (no string is cut). */
function riverNear(text: string, m: ResolvedMention): boolean {
  const a = m.end + 1;
  const b = m.start - 6;
  return (
    text.startsWith('river', a) ||
    text.startsWith('River', a) ||
    (b >= 0 && (text.startsWith('river ', b) || text.startsWith('River ', b)))
  );
}

function theBefore(text: string, m: ResolvedMention): boolean {
  return (
    /^the\s/i.test(m.text) ||
    (m.start >= 4 && (text.startsWith('the ', m.start - 4) || text.startsWith('The ', m.start - 4)))
  );
}

/** "the central X" (cheap first: the letter before the side word's last blank is a lower-case "l" or "n"). */
function sideBefore(text: string, m: ResolvedMention): boolean {
  const c = text.charCodeAt(m.start - 2);
  if (c !== 108 && c !== 110) return false;
  return THE_SIDE_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start));
}

function bareName(m: ResolvedMention): string {
  return foldExact(m.text.replace(/^the\s+/i, ''));
}

export function applyRiverReadings(text: string, mentions: ResolvedMention[]): ResolvedMention[] {
  let out: ResolvedMention[] | null = null;
  // One look at the text: most have no river word, and then only "the X" over a picked area is read.
  const riverWord = text.includes('iver');
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.role !== 'place' || !m.place || m.place.featureClass === 'H' || m.place.featureCode.startsWith('PCL'))
      continue;
    const area = m.place.featureClass === 'A';
    // Cheap tests first: most names have neither a river word beside them nor an area picked.
    const near = riverWord && riverNear(text, m);
    const sided = area && !near && sideBefore(text, m);
    if (!near && !sided && !(area && theBefore(text, m))) continue;
    const after = text.slice(m.end, m.end + 16);
    const before = sided ? 'the ' : text.slice(Math.max(0, m.start - 6), m.start);
    const worded = RIVER_AFTER.test(after) || RIVER_BEFORE.test(before);
    const articled =
      !worded &&
      area &&
      (THE_BEFORE.test(before) || /^the\s/i.test(m.text)) &&
      !NOT_BARE_AFTER.test(after) &&
      !/^the\s/i.test(m.place.name);
    if (!worded && !articled) continue;
    const name = bareName(m);
    // Under the river word, a river the name reaches exactly by another of its names counts too ("the Dnipro River":
    // GeoNames names it Dnieper), after one of the very name.
    const river =
      m.alternatives.find((c) => (isRiver(c) || (articled && isLand(c))) && foldExact(c.name) === name) ??
      (worded ? m.alternatives.find((c) => isRiver(c) && c.match === 'exact') : undefined);
    if (!river && (!worded || m.place.featureCode === 'ADM1')) continue;
    out ??= mentions.slice();
    const all = [m.place, ...m.alternatives];
    out[i] = {
      ...m,
      place: river
        ? {
            ...river,
            reasons: [
              ...river.reasons,
              worded ? 'written as a river' : `the X: the ${isRiver(river) ? 'river' : 'land'}`,
            ],
          }
        : null,
      alternatives: all.filter((c) => c !== river),
    };
  }
  return out ?? mentions;
}
