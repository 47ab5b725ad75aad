/**
 * "A roadside bomb killed three soldiers near X", "A suicide bomber blew himself up at a checkpoint": a planted or
 * carried bomb, or a thrown grenade, is an armed group's act even when no one is named. ACLED then writes
 * "Unidentified Armed Group (<country>)" as actor1, as the project already does for unnamed gunmen. The line
 * (docs/taxonomy.md, "Twenty-third session: events review"): a landmine, unexploded ordnance or war remnant may be
 * years old and of either side, and an explosion of unknown cause may be an accident — those keep no actor1. An event
 * whose author another report names (a claim, a blame, follow-ups.ts) already has its actor1 and is left alone.
 */
import type { ConflictEvent } from '../types.js';
import { countryName } from './country-names.js';

const BOMB_TYPES = new Set(['Suicide bomb', 'Remote explosive/landmine/IED', 'Grenade']);
/** The act of a group: a bomb planted, carried, driven or thrown. */
const PLANTED =
  /\b(?:suicide\s+(?:bomb(?:er|ers|ing|ings)?|attack(?:er|s)?|blast)|(?:car|truck)\s+bomb(?:s|ing|ings)?|(?:roadside|improvised|magnetic|homemade|parcel|planted)\s+(?:bombs?|explosive(?:\s+device)?s?|devices?)|IEDs?|VBIEDs?|bombs?\s+(?:planted|hidden|attached|placed)|grenades?\s+(?:was|were)?\s*(?:thrown|hurled|lobbed)|(?:threw|hurled|lobbed)\s+(?:a\s+)?(?:hand\s+)?grenades?)\b/i;
/** An old mine, a war remnant or an accident: no author to infer. */
const UNAUTHORED =
  /\b(?:land\s?mines?|mines?\b|unexploded|ordnance|war\s+remnants?|remnants?\s+of\s+war|leftover|left\s+over|accident(?:al|ally)?|gas\s+(?:cylinder|leak|explosion)|detonated\s+(?:safely|in\s+a\s+controlled))\b/i;

/** Give each unauthored bomb event told as a planted or thrown bomb an unidentified armed group of its country. */
export function applyBombAuthors(events: ConflictEvent[]): void {
  for (const e of events) {
    const p = e.properties;
    if (!BOMB_TYPES.has(p.sub_event_type) || p.actor1 || !p.iso) continue;
    const told = p.evidence.text;
    if (!PLANTED.test(told) || UNAUTHORED.test(told)) continue;
    const group = `Unidentified Armed Group (${countryName(p.iso)})`;
    if (p.actor2 !== group) p.actor1 = group;
  }
}
