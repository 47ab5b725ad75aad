/**
 * "The army said its troops had taken over a Hezbollah weapons depot": the group named as the owner of the seized
 * weapons is the side that lost them (actor2); the state force that reports the seizure made it (actor1). ACLED codes
 * Disrupted weapons use on the force that seizes or dismantles (docs/taxonomy.md, "Twentieth pass").
 */
import { type ActorHit, type ActorRoles, FORCE_NAME } from './actors.js';
/** The group name as a possessor of a weapons site: "a Hezbollah weapons depot", "the group's arms cache". */
const OWNED =
  /^(?:['’]s)?\s+(?:weapons?\s+|arms\s+|ammunition\s+|rocket\s+|military\s+)?(?:depots?|sites?|caches?|positions?|facilit(?:y|ies)|tunnels?|launchers?|stockpiles?|storehouses?|warehouses?)\b/i;

/** Swap `roles` in place when actor1 only owns the seized weapons and a state force is actor2. */
export function weaponsOwner(roles: ActorRoles, masked: string, hits: ActorHit[]): void {
  if (!roles.actor1 || FORCE_NAME.test(roles.actor1) || !FORCE_NAME.test(roles.actor2)) return;
  const owner = hits.some((h) => h.name === roles.actor1 && OWNED.test(masked.slice(h.index + h.length)));
  if (owner) [roles.actor1, roles.actor2] = [roles.actor2, roles.actor1];
}
