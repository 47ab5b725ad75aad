/**
 * Armed groups named like a town abroad: "Fano militiamen", "the Fano came into the town", "clashed with Zaire, a
 * rival militia". A name the text uses only for men under arms, never where something happens, is the group's name.
 */
import { foldExact } from '../gazetteer/fold.js';
import type { Mention } from '../types.js';
import type { NameIndex } from './people.js';

/** Any word of the two patterns below: a text without one has no group to find. */
const ARMED_WORD = /militia|fighter|faction|gunmen|rebels|insurgent|armed group|rebel group|gang/;
/** Armed men that a group's name qualifies ("Fano fighters"). */
const ARMED_AFTER = /^ (?:militia|militias|militiaman|militiamen|fighters?|factions?|gunmen|rebels|insurgents)\b/;
/** "Zaire, a rival militia", "the Fano, a loose collection of ethnic Amhara militias": an apposition calling it a
 * group. */
const GROUP_APPOSITION =
  /^, (?:a|an|the) (?:[\p{L}-]+ ){0,6}?(?:militia|militias|armed group|rebel group|faction|gang|insurgent group)\b/u;
/** Where a place stands: a preposition of place before it, or a unit or settlement word (or apposition) after it. */
const PLACE_BEFORE = /\b(?:in|at|near|from|to|towards|toward|outside|into|around|across|of|between)(?: the)? $/i;
const PLACE_AFTER =
  /^(?: (?:region|province|state|district|zone|town|city|village|area|county)\b|, (?:a|the) (?:[\p{L}-]+ ){0,3}?(?:town|city|village|district|region|province)\b)/u;

/** Drops the mentions of names used only as an armed group's name. Town-only names go on one group use; a name that
 * is also an area (Amhara, Kachin) only on an apposition that says it is a group. */
export function dropArmedGroupNames(text: string, gaz: NameIndex, mentions: Mention[]): void {
  if (!ARMED_WORD.test(text)) return;
  const uses = new Map<string, { group: boolean; apposition: boolean; place: boolean }>();
  for (const m of mentions) {
    if (m.role !== 'place' && m.role !== 'in_organisation') continue;
    const key = foldExact(m.text);
    let u = uses.get(key);
    if (!u) {
      u = { group: false, apposition: false, place: false };
      uses.set(key, u);
    }
    const after = text.slice(m.end, m.end + 90);
    if (GROUP_APPOSITION.test(after)) u.apposition = true;
    else if (ARMED_AFTER.test(after)) u.group = true;
    if (
      m.role === 'place' &&
      (PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)) || PLACE_AFTER.test(after))
    )
      u.place = true;
  }
  const drop = new Set<string>();
  for (const [key, u] of uses) {
    if (u.place || !(u.group || u.apposition)) continue;
    if (u.apposition) drop.add(key);
    else {
      const best = gaz.lookup(key, { limit: 1, loose: false })[0];
      if (!best || best.featureClass === 'P') drop.add(key);
    }
  }
  if (drop.size === 0) return;
  let n = 0;
  for (const m of mentions) if (!(m.role === 'place' && drop.has(foldExact(m.text)))) mentions[n++] = m;
  mentions.length = n;
}
