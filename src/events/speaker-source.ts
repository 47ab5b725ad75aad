/**
 * "Libya's Government of National Unity says armed clashes erupted overnight between rival militias in Tripoli": the
 * party that opens the sentence only to report ("X says / said / reported that …") is the source, not a side, when the
 * words it reports name their own subject. It stays a side when it speaks of itself ("The army said it struck …",
 * "Israel says its jets hit …"). The first party named after the speech verb takes its place (the speaker stays
 * when that is its own force: "The IDF said troops killed …")
 * (docs/taxonomy.md, "Twenty-fourth session: events review").
 */
import type { ActorHit, ActorRoles } from './actors.js';

const SPEECH = /^\s*(?:said|says|reported|reports|announced|stated)\s+/i;
/** A pronoun of the speaker within the first words reported ("said Wednesday they fired", "said on Friday that its
 * forces …"). "claimed" is no speech verb here: "X claimed a bombing" makes X its author (roles.ts). */
const OWN = /^(?:[\w,]+\s+){0,4}?(?:it|its|they|their|them|we|our|he|his|she|her)\b/i;

/** The words after a speaker report another's act: a speech verb, and a subject that is no pronoun of its own. */
function reportsOther(after: string): boolean {
  const verb = SPEECH.exec(after);
  return verb !== null && !OWN.test(after.slice(verb[0].length));
}

/** Replace a reporting speaker in actor1 by the first party named after its speech verb, in place. */
export function dropSpeaker(roles: ActorRoles, masked: string, hits: ActorHit[], ti: number): void {
  const speaker = hits.find(
    (h) =>
      h.name === roles.actor1 &&
      h.index + h.length < ti &&
      /^\W*(?:[\w'’-]+\s+){0,4}$/.test(masked.slice(0, h.index)) &&
      reportsOther(masked.slice(h.index + h.length, h.index + h.length + 60)),
  );
  if (!speaker) return;
  const next = hits.find((h) => h.index > speaker.index + speaker.length);
  // "The IDF said troops killed …": the troops are the speaker's own, which stays the side.
  if (next?.name === speaker.name) return;
  roles.actor1 = next && next.name !== roles.actor2 ? next.name : '';
  if (!roles.actor1 && next && roles.actor2 === next.name) [roles.actor1, roles.actor2] = [roles.actor2, ''];
}
