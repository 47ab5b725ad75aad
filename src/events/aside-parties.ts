/**
 * "Fighters of the SPLM-N, which is allied with the RSF, attacked army positions": a group named inside a relative
 * clause set off by commas between the subject and the trigger describes the subject (its allies, its backers, whom
 * it fights), so it is no party of the act. Kept when nothing named stands before the relative clause ("the
 * militants, who belong to JNIM, attacked …" names the attacker only there). When the relative clause splits the
 * sentence, so that the clause of the act opens on it, the subject is the actor that ends the text before.
 */
import type { ActorHit } from './actors.js';
import { actorEnding } from './relative-speaker.js';

const OPENING = /^\s*(?:which|who|whose)\s[^,;.]*,/i;

const RELATIVE = /,\s+(?:which|who|whose)\s[^,;.]*,/gi;

/** `hits` without the named actors inside a relative clause that lies before `trigger`, after a named actor. */
export function dropAsideParties(
  hits: ActorHit[],
  before: string,
  clause: string,
  trigger: number,
  iso2 = '',
): ActorHit[] {
  const opening = OPENING.exec(clause);
  if (opening && opening[0].length <= trigger) {
    const subject = actorEnding(before.slice(-200), iso2, true);
    if (subject) return [{ name: subject, index: 0, length: 0 }, ...hits.filter((h) => h.index >= opening[0].length)];
  }
  const asides: Array<[number, number]> = [];
  RELATIVE.lastIndex = 0;
  for (let m = RELATIVE.exec(clause); m; m = RELATIVE.exec(clause)) {
    const end = m.index + m[0].length;
    if (end > trigger) break;
    if (hits.some((h) => !h.generic && h.index + h.length <= m!.index)) asides.push([m.index, end]);
  }
  if (asides.length === 0) return hits;
  return hits.filter((h) => !asides.some(([start, end]) => start <= h.index && h.index + h.length <= end));
}
