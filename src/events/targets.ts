/**
 * The target side of one candidate's actors once the roles around the trigger are assigned (parties.ts): police
 * attacked are actor2, civilians for damaged property, killed people and arrests, the arrested group, a state force
 * that reports its own seizure, and the crowd of a protest or riot as actor1 (docs/taxonomy.md, "Actors").
 */
import { passiveTarget } from './passive-target.js';
import { dropSpeaker } from './speaker-source.js';
import { blankAccusations } from './toll-blanks.js';
import { arrestedCivilians } from './follow-ups.js';
import { type ActorHit, type ActorRoles, countryName, FORCE_NAME } from './actors.js';
import {
  backedGroup,
  CIVILIAN_PROPERTY,
  civilianVictims,
  inDemand,
  policeTargeted,
  reportsOnly,
  victimsLeadIn,
} from './roles.js';
import { kinVictims } from './kin-victims.js';
import { victimNationality } from './victim-nationality.js';
import { weaponsOwner } from './seizure-owner.js';
import type { Classification } from './taxonomy.js';

const MOB_VICTIMS =
  /^[\w-]+\s+(?:[\w'’-]+\s+){0,3}?(?:m[ae]n|wom[ae]n|people|persons?|boys?|girls?|youths?|suspects?|thie(?:f|ves)|residents?|villagers?)\b/i;
const SEIZURE = new Set(['Disrupted weapons use', 'Arrests']);
const ARREST_VERB = /\b(?:arrest(?:ed|ing)|detain(?:ed|ing)|rounded\s+up|captured)\b/i;
export const STATE_NAME = /^(?:Military Forces|Police Forces|Government) of /;

/** Rewrite `roles` in place: `masked` is the clause, `hits` its actor mentions, `cc` the event's country. */
export function adjustTargets(
  roles: ActorRoles,
  cls: Classification,
  masked: string,
  hits: ActorHit[],
  cc: string,
): void {
  const ti = cls.trigger.index;
  dropSpeaker(roles, masked, hits, ti); // "X says clashes erupted between …": X is the source (speaker-source.ts)
  passiveTarget(roles, masked, ti, hits);
  const country = cc ? countryName(cc) : '';
  // An attack on police ("attacked a police checkpoint"): the police are the target, never the attacker.
  const police = cc ? `Police Forces of ${countryName(cc, true)}` : '';
  const violent = cls.event_type === 'Battles' || cls.event_type === 'Explosions/Remote violence';
  // "… arrested three over the killing of a policeman": a killing they are held over is no attack on the police here.
  if (violent && police && policeTargeted(blankAccusations(masked.slice(Math.max(0, ti - 40))))) {
    if (roles.actor1 === police && roles.actor2 && roles.actor2 !== police) {
      roles.actor1 = roles.actor2;
      roles.actor2 = police;
    } else if (!roles.actor2 && roles.actor1 !== police) roles.actor2 = police;
  }
  // Demolished or looted homes and shops: their owners, civilians, are the target.
  if (
    cls.sub_event_type === 'Looting/property destruction' &&
    country &&
    (!roles.actor2 || roles.actor2 === roles.actor1) &&
    CIVILIAN_PROPERTY.test(masked.slice(ti))
  )
    roles.actor2 = `Civilians (${country})`;
  // "Israeli air strikes … killed five people": civilians are the target when nobody else is named after the trigger.
  const named = civilianVictims(masked.slice(ti)) || kinVictims(masked, ti) || victimsLeadIn(masked.slice(0, ti));
  const victims = named && (!roles.actor2 || roles.actor2 === roles.actor1);
  if (cls.event_type === 'Explosions/Remote violence' && country && victims) roles.actor2 = `Civilians (${country})`;
  if (cls.event_type === 'Violence against civilians' && country) {
    if (roles.actor2 && roles.actor2 !== roles.actor1) roles.assoc = roles.assoc.filter((a) => a !== roles.actor2);
    const own = victimNationality(masked.slice(ti, ti + 80));
    roles.actor2 = `Civilians (${own ? countryName(own) : country})`;
  }
  // "Police arrested four Islamic State militants in a raid": the group named after the arrest verb was arrested.
  const arrestVerb = ARREST_VERB.exec(masked);
  if (cls.sub_event_type === 'Arrests' && arrestVerb) {
    const after = arrestVerb.index + arrestVerb[0].length;
    const held = hits.find((h) => h.index >= after && h.index - after < 40 && h.name === roles.actor1);
    // "The SDF arrested 20 Islamic State members in raids": the subject before the arrest verb made the arrests.
    const by = hits.filter((h) => h.index + h.length <= arrestVerb.index && !reportsOnly(masked, h, ti)).pop();
    if (held) [roles.actor1, roles.actor2] = [by && by.name !== held.name ? by.name : '', held.name];
  }
  // "Bomb disposal teams defused a bomb …, police said": a state force reporting its own seizure or arrest made it.
  if (cls.sub_event_type === 'Disrupted weapons use') weaponsOwner(roles, masked, hits);
  if (SEIZURE.has(cls.sub_event_type) && !roles.actor1) {
    const reporter = hits.find((h) => STATE_NAME.test(h.name) && reportsOnly(masked, h, ti));
    if (reporter) roles.actor1 = reporter.name;
    if (roles.actor2 === roles.actor1) roles.actor2 = '';
  }
  // "arrested two men", "detained dozens of Palestinians": the people arrested, civilians.
  if (cls.sub_event_type === 'Arrests' && country && !roles.actor2 && arrestedCivilians(masked.slice(ti)))
    roles.actor2 = `Civilians (${country})`;
  // Demonstrators are always actor1; the force that intervened becomes actor2.
  const crowd = cls.event_type === 'Protests' ? 'Protesters' : cls.event_type === 'Riots' ? 'Rioters' : null;
  // "Houthi supporters rallied": the group the crowd backs is its associate, not its target. Two parties' supporters
  // who clash (Mob violence) are coded as the parties, ACLED's political militias (twenty-fourth session).
  const backed = (name: string) => hits.some((h) => h.name === name && backedGroup(masked, h));
  if (crowd && roles.actor2 && backed(roles.actor2) && cls.sub_event_type !== 'Mob violence') {
    roles.assoc.push(roles.actor2);
    roles.actor2 = '';
  }
  // "Angry protesters torched a police post": in a riot the crowd is coded as rioters (twenty-sixth session).
  if (crowd === 'Rioters' && roles.actor1.startsWith('Protesters (')) roles.actor1 = `Rioters${roles.actor1.slice(10)}`;
  if (crowd && country && !roles.actor1.startsWith(crowd) && !(crowd === 'Rioters' && roles.actor1)) {
    if (roles.actor1 && backed(roles.actor1)) roles.assoc.push(roles.actor1);
    // "Israeli troops fired at protesters": the crowd read as the target is actor1; the force that fired, actor2.
    else if (roles.actor1 && (!roles.actor2 || roles.actor2.startsWith(crowd))) roles.actor2 = roles.actor1;
    roles.actor1 = `${crowd} (${country})`;
  }
  // "residents lynched three men": those a mob killed, beat or burned are civilians, the victims of the mob violence.
  if (cls.sub_event_type === 'Mob violence' && country && !roles.actor2 && MOB_VICTIMS.test(masked.slice(ti)))
    roles.actor2 = `Civilians (${country})`;
  // "protested against the failure to stop the gangs": what a protest is about is no party; only a force intervenes.
  // Nor a force named in the demand ("to demand news of soldiers missing"), nor a government ("the GNU's premier").
  const demanded = (name: string) =>
    inDemand(
      masked,
      ti,
      hits.filter((h) => h.name === name),
    );
  // Lethal force on a protest is coded on whoever used it, an armed group as much as the police (eighteenth pass).
  const shooter = cls.sub_event_type === 'Excessive force against protesters' && !STATE_NAME.test(roles.actor2);
  const force = FORCE_NAME.test(roles.actor2) || (shooter && !roles.actor2.startsWith('Civilians'));
  if (crowd === 'Protesters' && roles.actor2 && (!force || demanded(roles.actor2))) roles.actor2 = '';
}
