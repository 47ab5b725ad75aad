/**
 * "Militants set fire to 20 fuel tankers on the road between Kayes and Bamako on Tuesday. The attack took place near
 * the town of Diéma.": a sentence that opens on the attack told before and says where it took place names that
 * attack's place, the more exact one (a road's end or a district before). ACLED codes the one event at the place the
 * report gives for it; read on its own the sentence was a second attack, undated. So the event referred to (the last
 * violent one, or destruction, in the two sentences before) takes the reference's place, and the reference goes
 * (docs/taxonomy.md, "Twenty-fourth session: events review").
 */
import { type Candidate, VIOLENT, weakPlace } from './model.js';

const LOCATING =
  /^\W*(?:the|that|this)\s+(?:(?:overnight|deadly|latest|initial|first|reported)\s+)?(?:attack|assault|raid|ambush|massacre|killings?|abductions?|kidnapping|bombing|shooting|strike|airstrike|air\s+strike|explosion|blast)\s+(?:was\s+|had\s+been\s+)?(?:took\s+place|happened|occurred|was\s+carried\s+out|carried\s+out)\s+(?:on\s+\w+\s+)?(?:near|in|at|outside|close\s+to|on\s+the\s+outskirts\s+of)\b/i;

/** Give each locating reference's place to the event it refers to and drop the reference, in place. */
export function placeReferences(cands: Candidate[], text: string): void {
  for (let k = cands.length - 1; k >= 0; k--) {
    const c = cands[k];
    if (c.front || weakPlace(c.place) || !VIOLENT.has(c.event_type)) continue;
    if (!LOCATING.test(text.slice(c.sentence.start, c.sentence.end))) continue;
    const lead = cands
      .slice(0, k)
      .filter((p) => !p.front && (VIOLENT.has(p.event_type) || p.sub_event_type === 'Looting/property destruction'))
      .filter((p) => p.sentenceIndex < c.sentenceIndex && p.sentenceIndex >= c.sentenceIndex - 2)
      .at(-1);
    if (!lead || lead.sentenceIndex === c.sentenceIndex) continue;
    // The lead's trigger told at several places ("between Kayes and Bamako": one per end) moves whole.
    const same = (p: Candidate) =>
      p.sentenceIndex === lead.sentenceIndex && p.trigger === lead.trigger && p.sub_event_type === lead.sub_event_type;
    for (const p of cands.filter(same)) p.place = c.place;
    if (lead.fatalities === 0) lead.fatalities = c.fatalities;
    cands.splice(k, 1);
  }
}
