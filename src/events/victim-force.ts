/**
 * "Israeli drones struck a military vehicle near X, killing two soldiers": a bare force word ("soldiers", "troops")
 * that is the object of the act's kill / wound verb is its victim, never the attacker's own force named before it.
 * Resolving it to the last force named ("Israeli drones" → Israel) made it actor1's and left the event without
 * actor2; left generic, it stands for the forces of the event's country (Syria), as "Jihadists killed 50 soldiers"
 * already does.
 */
/** The kill verb, a count or article, and at most one modifier (no preposition: "killed in the military operations"). */
const KILLED_OBJECT =
  /\b(?:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es)?)\s+(?:(?:at\s+least|more\s+than|nearly|about|around|some|up\s+to)\s+)?(?:(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens\s+of|\d{1,3})\s+)?(?:(?!(?:in|at|on|by|during|near|with|after|for|from|of|as|and|the)\s)[a-z][\w-]*\s+)?$/i;

/** Is the bare force at `index` of `masked` (after the trigger at `triggerIndex`) the object of a kill verb? */
export function killedForce(masked: string, index: number, triggerIndex: number): boolean {
  return index > triggerIndex && KILLED_OBJECT.test(masked.slice(Math.max(0, index - 60), index));
}
