/**
 * "The RSF shelled the town of X, where thousands have sought refuge, killing seven civilians": a clause opened by a
 * relative ("where …") cuts the participle off its event, and "killing seven civilians" would become an attack of its
 * own. A participle toll ("killing", "wounding", "injuring") told after a violent event of the same sentence and
 * place that has no toll yet is that event's toll and victims (docs/taxonomy.md, "Seventh review").
 */
import { countFatalities } from './fatalities.js';
import { type Candidate, VIOLENT } from './model.js';

const PARTICIPLE_TOLL = /^(?:killing|wounding|injuring|leaving)\b/i;

/** The candidates left once participle tolls are told into the event before them; the event is updated in place. */
export function foldParticipleTolls(cands: Candidate[]): Candidate[] {
  const folded = new Set<Candidate>();
  cands.forEach((c, k) => {
    if (!VIOLENT.has(c.event_type) || !PARTICIPLE_TOLL.test(c.trigger) || c.front) return;
    const prev = cands
      .slice(0, k)
      .filter((p) => p.sentenceIndex === c.sentenceIndex && VIOLENT.has(p.event_type) && !folded.has(p));
    const lead = prev[prev.length - 1];
    if (!lead || lead.fatalities > 0 || lead.place.key !== c.place.key) return;
    lead.fatalities = c.fatalities;
    if (!lead.actor2) lead.actor2 = c.actor2;
    if (!lead.actor1) lead.actor1 = c.actor1;
    folded.add(c);
  });
  return cands.filter((c) => !folded.has(c));
}

const RELATIVE_TOLL = /^(?:killed|dead|died|left)$/i;

/**
 * "after the fighting between two militias last weekend, which killed eight": a relative clause whose only trigger is
 * the toll verb tells the toll of the violent event of the clause before it (same sentence), not an attack of its own.
 * Returns whether the toll was folded into that event.
 */
export function foldRelativeToll(cands: Candidate[], trigger: string, clause: string, sentenceIndex: number): boolean {
  const antecedent = cands[cands.length - 1];
  if (!RELATIVE_TOLL.test(trigger) || antecedent?.sentenceIndex !== sentenceIndex) return false;
  if (!VIOLENT.has(antecedent.event_type) || antecedent.fatalities > 0) return false;
  antecedent.fatalities = countFatalities(clause);
  return true;
}
