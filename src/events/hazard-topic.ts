/**
 * Articles about a natural hazard, an accident or a disease (`topic` in data/taxonomy.json): their bare tolls are the
 * hazard's, not attacks.
 */
import taxonomyJson from '../../data/taxonomy.json' with { type: 'json' };
import type { Classification } from './taxonomy.js';
import type { TaxonomyFile } from './taxonomy-file.js';

const TOPIC = (taxonomyJson as unknown as TaxonomyFile).topic;
const HAZARD = TOPIC ? new RegExp(TOPIC.hazard, 'i') : null;
const VIOLENCE = TOPIC ? new RegExp(TOPIC.violence, 'i') : null;

/** Is the article (its title and first sentence) about a natural hazard, an accident or a disease? */
export const hazardTopic = (lead: string): boolean => !!HAZARD?.test(lead);

/**
 * In a hazard article, a bare toll ("were killed", "casualties", "an explosion") whose clause shows no violence is
 * the hazard's toll: "the towns … suffered casualties" after an earthquake lead.
 */
export function hazardToll(cls: Classification, clause: string): boolean {
  return !!TOPIC?.toll_rules.includes(cls.ruleId) && !VIOLENCE?.test(clause);
}
