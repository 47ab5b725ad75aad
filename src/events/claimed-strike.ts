/**
 * "The Malian army said on Saturday that air strikes near X had neutralised about 40 terrorists": a state's armed
 * forces announcing air strikes in their own country that killed "terrorists" or "militants" tell their own strikes
 * (the armies' words of a kill claim), so the announcing force is actor1 when the strike names no attacker. A force
 * reporting strikes that killed civilians ("the Lebanese army said air strikes killed two civilians") is no claimant,
 * and neither is one of another country.
 */
import type { ConflictEvent } from '../types.js';
import { findActors } from './actors.js';
import { countryName } from './country-names.js';

const SPOKEN = /\b(?:said|says|reported|announced|stated|claimed|confirmed)\b/i;
const KILL_CLAIM =
  /\b(?:neutrali[sz](?:ed|ing)|eliminat(?:ed|ing)|(?:killed|killing)\s+(?:[\w-]+\s+){0,3}?(?:terrorists|militants|insurgents|jihadists|bandits|rebels|fighters))\b/i;
const ARMED_FORCES =
  /\b(?:army|military|armed\s+forces|air\s+force|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e)\b/i;

/** Give each unauthored air/drone strike its own country's announcing armed forces, in place. */
export function applyClaimedStrikes(events: ConflictEvent[]): void {
  for (const e of events) {
    const p = e.properties;
    if (p.sub_event_type !== 'Air/drone strike' || p.actor1 || !p.iso) continue;
    const text = p.evidence.text;
    const said = SPOKEN.exec(text);
    if (!said || !KILL_CLAIM.test(text.slice(said.index)) || !ARMED_FORCES.test(text.slice(0, said.index))) continue;
    const own = `Military Forces of ${countryName(p.iso, true)}`;
    if (findActors(text.slice(0, said.index), p.iso).some((h) => h.name === own)) p.actor1 = own;
  }
}
