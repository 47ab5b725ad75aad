/**
 * "Rioters torched shops in Kisumu on Monday. Police fired tear gas to disperse the rioters.": the force that
 * intervenes in a riot, told in the riot's own sentence or the next one of its paragraph, is the riot's actor2, as
 * ACLED codes it (Rioters (Kenya) | Police Forces of Kenya). detect-events.ts finds the intervention only in a clause
 * of the riot's own sentence (docs/taxonomy.md, "Twenty-seventh session: events review").
 */
import type { ConflictEvent } from '../types.js';
import { findActors } from './actors.js';
import { nextSentence } from './sentences.js';

/** A force's dispersal of a crowd: tear gas, water cannon, rubber bullets, baton charges, "to disperse". */
const DISPERSAL =
  /\b(?:fired|fire|firing|used|lobbed|lobbing|threw)\s+(?:[\w-]+\s+){0,2}?(?:tear\s*gas|teargas|water\s+cannons?|rubber\s+bullets|stun\s+grenades|live\s+(?:rounds|ammunition|bullets)|warning\s+shots)\b|\bto\s+disperse\b|\bdispersed\s+(?:the\s+)?(?:rioters|crowds?|mob|protesters|demonstrators)\b|\bbaton[\s-]charged\b/i;

/** Give a riot with no actor2 the police or army that dispersed it, in place. */
export function applyRiotPolice(events: ConflictEvent[], text: string): void {
  for (const e of events) {
    const p = e.properties;
    if (p.event_type !== 'Riots' || p.actor2 || !p.iso) continue;
    for (const words of [p.evidence.text, nextSentence(text, p.evidence.end)]) {
      const force = DISPERSAL.test(words)
        ? findActors(words, p.iso).find((h) => /^(?:Police|Military) Forces of /.test(h.name) && h.name !== p.actor1)
        : undefined;
      if (force) {
        p.actor2 = force.name;
        break;
      }
    }
  }
}
