/**
 * Armed groups named like a town abroad: "Fano militiamen", "the Fano came into the town", "clashed with Zaire, a
 * rival militia". A name the text uses only for men under arms, never where something happens, is the group's name.
 */
import { foldExact } from '../gazetteer/fold.js';
import type { Mention } from '../types.js';
import type { NameIndex } from './people.js';

/** Armed men that a group's name qualifies ("Fano fighters"). */
const ARMED_AFTER = /^ (?:militia|militias|militiaman|militiamen|fighters?|factions?|gunmen|rebels|insurgents)\b/;
/** "Zaire, a rival militia", "the Fano, a loose collection of ethnic Amhara militias": an apposition calling it a
 * group. */
const GROUP_APPOSITION =
  /^, (?:a|an|the) (?:[\p{L}-]+ ){0,6}?(?:militia|militias|armed group|rebel group|faction|gang|insurgent group)\b/u;
/** "the Los Choneros and Los Lobos gangs", "the Gulf cartel": a criminal group named by the name before its noun. A
 * city's gangs ("Port-au-Prince gangs") are the city's: only a minor town (an unranked PPL) is read as the group. */
const GANG_AFTER = /^ (?:gangs?|cartels?)\b/;
const MINOR_TOWN_POP = 50000;
/** "members of Los Lobos", "leaders of the Fano": the group's men, not a place of the name. */
const MEMBERS_OF = /\b(?:members?|leaders?|bosses|boss|chiefs?|heads?|rivals?|factions?) of(?: the)? $/i;
/** Where a place stands: a preposition of place before it, or a unit or settlement word (or apposition) after it. */
const PLACE_BEFORE = /\b(?:in|at|near|from|to|towards|toward|outside|into|around|across|of|between)(?: the)? $/i;
const PLACE_AFTER =
  /^(?: (?:region|province|state|district|zone|town|city|village|area|county)\b|, (?:a|the) (?:[\p{L}-]+ ){0,3}?(?:town|city|village|district|region|province)\b)/u;

/** Drops the mentions of names used only as an armed group's name. Town-only names go on one group use; a name that
 * is also an area (Amhara, Kachin) only on an apposition that says it is a group. */
export function dropArmedGroupNames(text: string, gaz: NameIndex, mentions: Mention[]): void {
  // Nothing is dropped unless the words after some name call it a group's: a text where none do is left at once. (This
  // runs on every text: reading what follows each name costs less than searching the whole text for the group words.)
  if (!mentions.some((m) => (m.role === 'place' || m.role === 'in_organisation') && groupAfter(text, m.end))) return;
  const uses = new Map<string, { group: boolean; apposition: boolean; place: boolean; gang: boolean }>();
  for (const m of mentions) {
    if (m.role !== 'place' && m.role !== 'in_organisation') continue;
    const key = foldExact(m.text);
    let u = uses.get(key);
    if (!u) {
      u = { group: false, apposition: false, place: false, gang: false };
      uses.set(key, u);
    }
    const after = text.slice(m.end, m.end + 90);
    const left = text.slice(Math.max(0, m.start - 16), m.start);
    if (GROUP_APPOSITION.test(after)) u.apposition = true;
    else if (ARMED_AFTER.test(after)) u.group = true;
    else if (GANG_AFTER.test(after)) u.gang = true;
    if (
      m.role === 'place' &&
      !MEMBERS_OF.test(text.slice(Math.max(0, m.start - 24), m.start)) &&
      (PLACE_BEFORE.test(left) || PLACE_AFTER.test(after))
    )
      u.place = true;
  }
  const drop = new Set<string>();
  for (const [key, u] of uses) {
    if (u.place || !(u.group || u.apposition || u.gang)) continue;
    if (u.apposition) drop.add(key);
    else {
      const best = gaz.lookup(key, { limit: 1, loose: false })[0];
      if (!best || (best.featureClass === 'P' && (u.group || minorTown(best)))) drop.add(key);
    }
  }
  if (drop.size === 0) return;
  let n = 0;
  for (const m of mentions) if (!(m.role === 'place' && drop.has(foldExact(m.text)))) mentions[n++] = m;
  mentions.length = n;
}

/** The words after a name call it an armed group's (the tests of dropArmedGroupNames' loop, which all start with a space
 * or a comma). */
function groupAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c !== 32 && c !== 44) return false;
  const after = text.slice(end, end + 90);
  return GROUP_APPOSITION.test(after) || ARMED_AFTER.test(after) || GANG_AFTER.test(after);
}

function minorTown(c: { featureCode: string; population: number }): boolean {
  return c.featureCode === 'PPL' && c.population < MINOR_TOWN_POP;
}
