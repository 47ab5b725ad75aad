/**
 * "UNIFIL said Israeli troops fired at its peacekeepers near X": the speaker reports an attack on its own people
 * ("its peacekeepers", "their positions"), so the speaker is the attacked side although a speaker is otherwise no
 * party (actors.ts skips whoever "said"). Only an event with an attacker and no second side, only a named actor of the
 * dictionary before the speech verb, and only "its/their" + a word for armed personnel or their posts count.
 */
import type { ConflictEvent } from '../types.js';
import { findActors } from './actors.js';

const SPOKEN = /\b(?:said|says|reported|announced|stated|confirmed)\b/i;
const OWN_SIDE =
  /\b(?:at|on|upon|against|targeted|attacked|hit|struck|shelled|ambushed)\s+(?:one\s+of\s+)?(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:peacekeepers|troops|soldiers|forces|positions?|patrols?|bases?|convoys?|personnel|fighters|members|posts?|checkpoints?|vehicles?)\b/i;
const SIDES = new Set(['Battles', 'Violence against civilians', 'Explosions/Remote violence']);

/** Make the speaker the attacked side of each event it reports as an attack on its own people, in place. */
export function applySpeakerSides(events: ConflictEvent[]): void {
  for (const e of events) {
    const p = e.properties;
    if (!p.actor1 || p.actor2 || !SIDES.has(p.event_type)) continue;
    const text = p.evidence.text;
    const said = SPOKEN.exec(text);
    const own = OWN_SIDE.exec(text);
    if (!said || !own || own.index < said.index) continue;
    const speaker = findActors(text.slice(0, said.index), p.iso ?? '')
      .filter((h) => !h.generic && h.name !== p.actor1)
      .pop();
    if (
      speaker &&
      text
        .slice(speaker.index + speaker.length, said.index)
        .trim()
        .split(/\s+/).length <= 3
    )
      p.actor2 = speaker.name;
  }
}
