/**
 * "The army said it struck enemy positions near X. Officials said a strike on the city that evening killed three
 * civilians": one strike, told by its author's claim and by the count of its dead. ACLED codes what happened, the
 * claim being the party's account, so the civilians counted dead are the target, not the positions the author named
 * (docs/taxonomy.md, "Eighteenth pass").
 */
import { toldAsOwnClaim } from './claims.js';
import type { Candidate } from './model.js';

/** The civilian victims that replace `lead`'s claimed target, or `actor2` unchanged. */
export function victimsOverClaim(group: Candidate[], lead: Candidate, actor2: string, text: string): string {
  if (!actor2 || actor2.startsWith('Civilians')) return actor2;
  const dead = group.find((c) => c !== lead && c.fatalities > 0 && c.actor2.startsWith('Civilians'));
  if (!dead || lead.fatalities >= dead.fatalities) return actor2;
  return toldAsOwnClaim(lead, text) ? dead.actor2 : actor2;
}
