import { type Candidate, VIOLENT, weakPlace } from './model.js';

/**
 * "Gang members killed 20 people in an attack on X … The attack began late Wednesday when gunmen stormed several
 * neighbourhoods": a sentence that opens on the attack told before and says how or when it went ("began", "took
 * place", "happened") tells that event's detail. With no place of its own it is at that event's place — the last
 * violent event with a place of its own in the two sentences before — not at the article's focus or dateline (where
 * it became a second attack); group.ts then folds it into the event it refers to, with its day and its attackers.
 */
const ATTACK_REFERENCE =
  /^\W*(?:the|that|this)\s+(?:(?:overnight|deadly|latest|initial|first)\s+)?(?:attack|assault|raid|ambush|massacre|killings|violence|fighting|clashes|bombing|shooting)\s+(?:[\w'’-]+\s+){0,6}?(?:began|started|took\s+place|happened|occurred|unfolded|erupted|broke\s+out)\b/i;

/** The event a clause opening "The attack began …" refers to, or null. */
export function referenceLead(cands: Candidate[], clause: string, sentenceIndex: number): Candidate | null {
  if (!ATTACK_REFERENCE.test(clause)) return null;
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i];
    if (c.sentenceIndex < sentenceIndex - 2) break;
    if (c.sentenceIndex < sentenceIndex && VIOLENT.has(c.event_type) && !weakPlace(c.place)) return c;
  }
  return null;
}

/** "The clashes broke out on Saturday in Tibu": a sentence opening on the event told before. */
const EVENT_REFERENCE_OPEN =
  /^\W*(?:the|that|this)\s+(?:(?:overnight|deadly|latest|initial|first|heavy|fierce)\s+)?(?:attack|assault|raid|ambush|fighting|clashes|battle|violence|offensive)\b/i;

/**
 * "Fighting between the ELN and FARC dissidents killed eight in the Catatumbo region … The clashes broke out on
 * Saturday in rural areas of Tibu and spread to El Tarra": the places the reference names are the event's own
 * (each coded), and its sides are the sides of the event referred to, when the reference names none itself.
 * In place, over the article's candidates in text order.
 */
export function applyEventReferenceSides(cands: Candidate[], text: string): void {
  cands.forEach((c, k) => {
    if (c.actor1 || c.actor2 || !VIOLENT.has(c.event_type) || c.front) return;
    if (!EVENT_REFERENCE_OPEN.test(text.slice(c.sentence.start, c.sentence.end))) return;
    for (let i = k - 1; i >= 0; i--) {
      const p = cands[i];
      if (p.sentenceIndex < c.sentenceIndex - 2) return;
      if (p.sentenceIndex === c.sentenceIndex || p.front || p.event_type !== c.event_type || !p.actor1) continue;
      c.actor1 = p.actor1;
      c.actor2 = p.actor2;
      return;
    }
  });
}
