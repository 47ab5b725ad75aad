/**
 * "US warplanes struck targets at Sanaa airport and a military camp on Tuesday. The strikes hit Houthi radar sites":
 * a military camp or base that a state force strikes is coded as the army of the place's country when nothing else
 * names its owner, but where an armed group holds the territory the report names the group's own sites in the same
 * or the next sentence of its paragraph, and ACLED codes the group as actor2 (the camp belongs to whoever holds it).
 * Only a named non-state group of the dictionary right before a word for military sites counts
 * (docs/taxonomy.md, "Twenty-sixth session: events review").
 */
import type { ConflictEvent } from '../types.js';
import { nextSentence } from './sentences.js';
import { findActors } from './actors.js';
import { countryName } from './country-names.js';
import { STATE_NAME } from './targets.js';

const STRIKES = new Set(['Explosions/Remote violence', 'Battles']);
/** A military site with no owner named: "a military camp", "an army base", "military installations". */
const GENERIC_SITE =
  /\b(?:a|an|the|several|two|three)\s+(?:military|army)\s+(?:camps?|bases?|barracks|sites?|installations?|facilit(?:y|ies)|compounds?)\b/i;
/** "<Group> radar sites", "<Group> positions": the words after the group's name that make the sites its own. */
const OWN_SITES =
  /^[\s'’s-]*(?:[a-z]+\s+){0,2}?(?:sites|positions|targets|facilities|camps|bases|launchers|depots|strongholds|hideouts|installations|command\s+centres?|command\s+centers?)\b/;

/** Give a state strike on an unowned military camp the armed group whose sites the report names, in place. */
export function applyCampHolders(events: ConflictEvent[], text: string): void {
  for (const e of events) {
    const p = e.properties;
    if (!STRIKES.has(p.event_type) || !STATE_NAME.test(p.actor1) || !p.iso) continue;
    const army = [countryName(p.iso), countryName(p.iso, true)].map((c) => `Military Forces of ${c}`);
    if (!army.includes(p.actor2) || !GENERIC_SITE.test(p.evidence.text)) continue;
    for (const words of [p.evidence.text, nextSentence(text, p.evidence.end)]) {
      const hit = findActors(words, p.iso).find(
        (h) =>
          !h.generic &&
          !STATE_NAME.test(h.name) &&
          h.name !== p.actor1 &&
          OWN_SITES.test(words.slice(h.index + h.length, h.index + h.length + 60)),
      );
      if (hit) {
        p.actor2 = hit.name;
        break;
      }
    }
  }
}
