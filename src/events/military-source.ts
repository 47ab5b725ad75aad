/**
 * "Pakistani security forces killed eight militants in a raid …, the military said": "security forces" read alone
 * are the police (data/actors.json, generic), but when the military itself reports the operation ("the military
 * said", "the army's media wing said", "according to the army") the forces are the state's military, as ACLED codes
 * operations that the armed forces announce (docs/taxonomy.md, "Ninth review"). A clause that names the police
 * keeps them. Police fly no air strikes either: an air or drone strike by bare "security forces" is the military's
 * (docs/taxonomy.md, "Twenty-eighth review").
 */
import type { ActorRoles } from './actors.js';
/** Bare or national "security forces"; an authority's own ("Palestinian Authority security forces") stay police. */
const SECURITY_FORCES = /(?<!\bAuthority\s+)\bsecurity\s+forces\b/i;
const POLICE = /\bpolice(?:men)?\b/i;
const MILITARY_SOURCE =
  /\b(?:the\s+(?:military|army|armed\s+forces)(?:['’]s?\s+(?:media\s+wing|press\s+(?:wing|office)|spokesman|spokesperson|statement|(?:[\w-]+\s+){0,3}?(?:corps|command|division|brigade)))?|(?:military|army)\s+(?:spokesman|spokesperson|officials?|sources?)|Inter-Services\s+Public\s+Relations|ISPR|(?:the\s+)?defen[cs]e\s+headquarters)\s+(?:said|says|reported|announced|added|stated)\b|\baccording\s+to\s+the\s+(?:military|army)\b/i;

const AIR = 'Air/drone strike';

/** Turn "Police Forces of X" read from "security forces" into "Military Forces of X" in place, when the military is the source. */
export function militarySource(
  roles: Pick<ActorRoles, 'actor1' | 'actor2'>,
  clause: string,
  sentence: string,
  subType = '',
): void {
  if (!SECURITY_FORCES.test(clause) || POLICE.test(sentence)) return;
  if (subType !== AIR && !MILITARY_SOURCE.test(sentence)) return;
  const swap = (a: string) => a.replace(/^Police Forces of /, 'Military Forces of ');
  roles.actor1 = swap(roles.actor1);
  roles.actor2 = swap(roles.actor2);
}
