/**
 * A caption or highlight names its event's attacker: "The Arakan Army said its fighters captured a navy base south of
 * Sittwe" retells the body's capture by the Arakan Army, not the junta's retaking of another town told with no place
 * of its own (docs/taxonomy.md, "Twenty-fourth review").
 */
import { type Candidate, VIOLENT, weakPlace } from './model.js';

/** A generic side filled with a country ("Unidentified Armed Group (Mali)", "Rebel groups (Myanmar)"). */
const GENERIC_SIDE = /^(?:Unidentified|Rebel groups|Militia|Civilians|Protesters|Rioters)\b|\bEthnic Militia\b/;

const named = (actor: string): boolean => !!actor && !GENERIC_SIDE.test(actor);
/** "Gang attack kills 15" (unidentified) and "Members of the Gran Grif gang killed 15": the name tells who. */
const unidentified = (actor: string): boolean => actor.startsWith('Unidentified Armed Group');

/** Does the front name another attacker than every body report of the group, none of them its target? */
export function sidesDiffer(group: Candidate[], c: Candidate): boolean {
  if (!named(c.actor1)) return false;
  const body = group.filter((g) => !g.front);
  if (body.some((g) => g.actor1 === c.actor1 || g.actor2 === c.actor1)) return false;
  return body.some((g) => named(g.actor1));
}

/**
 * With no body report fitting by place, the only body event placed by its own words with the front's sub-type and
 * the same named attacker: a front placed only loosely (a relative area or a province) retells it ("south of Sittwe"
 * for a base at Thandwe).
 */
export function sameSideRetold(groups: Candidate[][], c: Candidate): Candidate[] | null {
  // A front naming a town of its own ("a house hit in Beit Zara") tells another scene; only a loose place retells.
  if (!named(c.actor1) || (c.place.kind !== 'relative' && c.place.geo_precision < 3)) return null;
  const same = groups.filter((g) =>
    g.some((x) => !x.front && !weakPlace(x.place) && x.sub_event_type === c.sub_event_type && x.actor1 === c.actor1),
  );
  return same.length === 1 ? same[0] : null;
}

/**
 * "Gang attack kills 15 in X" and "gang members killed 15 people … in X" in another sentence: violence by the same
 * attacker with the same toll is one event told twice, whatever sub-type each sentence's words suggest (the headline
 * names no victims, so it reads as a clash; the body's victims make it an attack on civilians).
 */
export function sameTollRetold(g: Candidate, c: Candidate): boolean {
  return (
    VIOLENT.has(g.event_type) &&
    VIOLENT.has(c.event_type) &&
    g.sentenceIndex !== c.sentenceIndex &&
    !!c.actor1 &&
    !!g.actor1 &&
    (g.actor1 === c.actor1 || unidentified(g.actor1) !== unidentified(c.actor1)) &&
    c.fatalities > 0 &&
    g.fatalities === c.fatalities
  );
}
