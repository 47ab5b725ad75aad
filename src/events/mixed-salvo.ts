/**
 * "Russia launched 400 drones and 30 missiles at Ukraine overnight, killing two people in Dnipro" then "A missile
 * struck a residential building in Dnipro": a salvo of both weapons is typed by one of them (an air/drone strike),
 * and a later sentence at the same town naming the other weapon tells the same strike, not a second one.
 */
import type { Candidate } from './model.js';

const REMOTE = new Set(['Air/drone strike', 'Shelling/artillery/missile attack']);
const DRONES = /\b(?:drones?|UAVs?|aircraft|warplanes?|jets?)\b/i;
const MISSILES = /\b(?:missiles?|rockets?)\b/i;

/** Is `c` the other weapon of the salvo `g` tells (same event type, the other remote-violence sub-type)? */
export function sameSalvo(g: Candidate, c: Candidate, text: string): boolean {
  if (g.event_type !== c.event_type || g.sub_event_type === c.sub_event_type) return false;
  if (!REMOTE.has(g.sub_event_type) || !REMOTE.has(c.sub_event_type)) return false;
  const lead = text.slice(g.sentence.start, g.sentence.end);
  return DRONES.test(lead) && MISSILES.test(lead);
}
