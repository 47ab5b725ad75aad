/**
 * "One of the men killed near X was a commander", "Among those killed was a journalist": who the victims of an event
 * already told were, not a new killing. Such a clause refers back like "the raid" does (docs/taxonomy.md,
 * "Thirteenth review").
 */
const VICTIMS_NAMED =
  /\b(?:(?:one|two|three|four|five|some|several|many|most|all|none|each|both)\s+of\s+(?:the|those)|among\s+(?:the|those))\s+(?:[\w-]+\s+){0,2}?(?:killed|dead|slain|wounded|injured)\b/i;

export const namesVictims = (clause: string): boolean => VICTIMS_NAMED.test(clause);
