/**
 * "Drones struck the airport on Tuesday. The army blamed the Rapid Support Forces.": a party blamed or accused of
 * an attack in the event's sentence or the next one is the attacker of a violent event told without one
 * (docs/taxonomy.md, "Seventh review"). Only an accusation of the attack itself counts: "X accused Y of violating
 * the ceasefire" or "…of war crimes" names no attacker of this event.
 */
import { findActors } from './actors.js';

/** "X blamed Y." / "X blamed Y, a … group." / "X blamed Y for the attack" / "blamed the attack on Y" / "X accused Y of carrying out the strike". */
const ATTACK = String.raw`(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|bombings?|shelling|raids?|assaults?|killings?|blasts?|explosions?|ambush)\b`;
const BLAMED_BARE = new RegExp(
  String.raw`\bblam(?:ed|es|ing)\s+(?:it\s+on\s+)?([^.;,]{2,80}?)\s*(?:[.;]|$|,\s+(?:saying|accusing|which|who|whose|an?)\b|\s+for\s+(?:it\b|${ATTACK}))`,
  'i',
);
const BLAMED_ON = new RegExp(String.raw`\bblam(?:ed|es|ing)\s+${ATTACK}\s+on\s+([^.;]{2,80})`, 'i');
const ACCUSED = new RegExp(
  String.raw`\baccus(?:ed|es|ing)\s+([^.;]{2,80}?)\s+of\s+(?:(?:carrying\s+out|launching|conducting|staging|being\s+behind|responsibility\s+for|perpetrating)\s+)?${ATTACK}`,
  'i',
);

/** "The RSF has been blamed for the attacks": the party blamed in the passive, for an attack the words name. */
const BLAMED_PASSIVE = new RegExp(
  String.raw`([^.;,]{2,80}?)\s+(?:has|have|had|was|were|is|are)\s+(?:been\s+)?(?:widely\s+|also\s+)?blamed\s+for\s+${ATTACK}`,
  'i',
);

/** "X blamed Y for the attacks", "the attacks were blamed on Y", "Y has been blamed for the attacks": a blame that
 * names the attack it is for. Read two sentences on too (follow-ups.ts), where a bare "The army blamed Y." would be
 * too loose. */
export function blamedForAttack(s: string, iso2: string): string {
  for (const re of [ACCUSED, BLAMED_ON, BLAMED_PASSIVE]) {
    const m = re.exec(s);
    if (!m) continue;
    const who = findActors(m[1], iso2).find((h) => !h.name.startsWith('Civilians'));
    if (who) return who.name;
  }
  const bare = BLAMED_BARE.exec(s);
  if (!bare || !/\bfor\s+\S/i.test(bare[0])) return '';
  return findActors(bare[1], iso2).find((h) => !h.name.startsWith('Civilians'))?.name ?? '';
}

/** The party `s` blames for an attack (an actor of the dictionary, not civilians), or ''. */
export function blamedParty(s: string, iso2: string): string {
  for (const re of [ACCUSED, BLAMED_ON, BLAMED_PASSIVE, BLAMED_BARE]) {
    const m = re.exec(s);
    if (!m) continue;
    const who = findActors(m[1], iso2).find((h) => !h.name.startsWith('Civilians'));
    if (who) return who.name;
  }
  return '';
}
