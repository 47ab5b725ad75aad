/**
 * "A local journalist was shot dead outside his home in X", "a village chief was gunned down": a targeted shooting of
 * a civilian by someone the report does not name is an armed group's act, and ACLED writes "Unidentified Armed Group
 * (<country>)" as actor1 (as bomb-author.ts does for planted bombs). Only firearm killings and assassinations count:
 * a stabbing or a beating may be a private crime, a stray bullet or crossfire has no one aiming at the victim, and
 * where the evidence names police, soldiers or other forces the shooter may be the state, so those keep no actor1.
 */
import type { ConflictEvent } from '../types.js';
import { countryName } from './country-names.js';

const SHOT =
  /\b(?:shot\s+dead|shot\s+and\s+killed|gunned\s+down|assassinated|killed\s+by\s+(?:unknown|unidentified)\s+(?:gunmen|assailants|attackers|men)|killed\s+in\s+a\s+drive-by\s+shooting)\b/i;
const NOT_AIMED =
  /\b(?:stray\s+bullets?|crossfire|cross-fire|celebratory\s+gunfire|accident(?:al|ally)?|police(?:man|men)?|officers?|soldiers?|troops|army|forces|security|guards?|military|militar(?:y|ies)|snipers?)\b/i;

/** Give each unauthored Attack on civilians told as a shooting an unidentified armed group of its country. */
export function applyShootingAuthors(events: ConflictEvent[]): void {
  for (const e of events) {
    const p = e.properties;
    if (p.sub_event_type !== 'Attack' || p.actor1 || !p.iso || !p.actor2.startsWith('Civilians')) continue;
    const told = p.evidence.text;
    if (!SHOT.test(told) || NOT_AIMED.test(told)) continue;
    p.actor1 = `Unidentified Armed Group (${countryName(p.iso)})`;
  }
}
