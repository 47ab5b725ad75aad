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

/** "The RSF has been blamed for the attacks": a passive blame for an attack the words name; its subject is read in the
 * words before it, back to the last stop or comma (matched from the verb: a scan from every subject start would cost
 * quadratic time on long text). */
const BLAMED_PASSIVE = new RegExp(
  String.raw`\s(?:has|have|had|was|were|is|are)\s+(?:been\s+)?(?:widely\s+|also\s+)?blamed\s+for\s+${ATTACK}`,
  'i',
);

/** The words a passive blame in `s` names as the blamed, or null. */
function passiveSubject(s: string): string | null {
  const m = BLAMED_PASSIVE.exec(s);
  if (!m) return null;
  const before = s.slice(Math.max(0, m.index - 80), m.index);
  return before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(',')) + 1);
}

const nonCivilian = (who: string, iso2: string): string =>
  findActors(who, iso2).find((h) => !h.name.startsWith('Civilians'))?.name ?? '';

/** The party `s` blames, or ''; with `forAttack`, only a blame that names the attack it is for. */
function blamed(s: string, iso2: string, forAttack: boolean): string {
  if (!/\b(?:blam|accus)/i.test(s)) return '';
  for (const re of [ACCUSED, BLAMED_ON]) {
    const m = re.exec(s);
    const who = m ? nonCivilian(m[1], iso2) : '';
    if (who) return who;
  }
  const passive = passiveSubject(s);
  if (passive && nonCivilian(passive, iso2)) return nonCivilian(passive, iso2);
  const bare = BLAMED_BARE.exec(s);
  if (!bare || (forAttack && !/\bfor\s+\S/i.test(bare[0]))) return '';
  return nonCivilian(bare[1], iso2);
}

/** "X blamed Y for the attacks", "the attacks were blamed on Y", "Y has been blamed for the attacks": a blame that
 * names the attack it is for. Read two sentences on too (follow-ups.ts), where a bare "The army blamed Y." would be
 * too loose. */
export const blamedForAttack = (s: string, iso2: string): string => blamed(s, iso2, true);

/** The party `s` blames for an attack (an actor of the dictionary, not civilians), or ''. */
export const blamedParty = (s: string, iso2: string): string => blamed(s, iso2, false);
