/**
 * Semantic roles around a trigger, for ACLED's actor1 (the attacker) and actor2 (the target or victims):
 * the agent that modifies the trigger ("Israeli air strikes", "an RSF assault", "Russia's bombardment"), the
 * speaker who is also the subject of the reported clause ("the army said it struck …"), and civilian victims
 * ("killed five people"). Used by detect-events.ts (actorsFor) and actors.ts (assignActors).
 */
import type { ActorHit } from './actors.js';

/** Up to two modifier words between an agent and its trigger: "Israeli [air] strikes", "an RSF [drone] attack". */
const MODIFIER_GAP = /^(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}$/;

/**
 * The actor hit that modifies the trigger as its agent: an actor name right before the trigger noun
 * ("an RSF assault", "Houthi missile attacks", "Hezbollah's attack"), not separated by a verb or clause break.
 */
export function modifierAgent(text: string, triggerIndex: number, hits: ActorHit[]): ActorHit | null {
  const before = hits.filter((h) => h.index + h.length <= triggerIndex);
  // "Lebanese and Israeli …" (one span, two names): the first-named.
  const last = before.find((h) => h.index === before[before.length - 1]?.index);
  if (!last) return null;
  const gap = text.slice(last.index + last.length, triggerIndex);
  // "Israeli troops demolished": the actor is already the subject, nearest before the trigger; a noun phrase only.
  if (!MODIFIER_GAP.test(gap)) return null;
  // The gap words must be nominal modifiers, not verbs ("forces said", "army repelled").
  if (/\b(?:\w+ed|said|says|had|has|have|was|were|is|are|carried|launched)\s+$/i.test(gap)) return null;
  // "20 soldiers in an attack on …": a prepositional phrase, the soldiers are the victims, not the agent.
  if (/\b(?:in|on|at|during|after|before|from|of|with|for|near)\s/i.test(gap)) return null;
  return last;
}

/** "Palestinian militants", "Druze fighters": a group word after a demonym names no state force. */
const NON_STATE_GROUP =
  /\b(?:militants?|fighters?|gunmen|rebels?|insurgents?|militias?|militiamen|factions?|groups?|jihadists?|guerrillas?|protesters|demonstrators|settlers|gangs?|bandits)\s/i;

const LONE_BEFORE = /\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+$/;
const ACT = /^(?:(?!guided\s)[a-z]+ed|shot|struck|hit|threw|ran|drove|stabbed)\b/;
const LONE_NOUN = 'gunman|man|woman|youth|teenager|teen|boy|attacker|assailant|driver|motorist|worker|settler';
const LONE_PERSON = new RegExp(`^(?:${LONE_NOUN})\\s+$`);
/** The trigger is the lone person's act ("stabbed") or opens with the person ("gunman shot"). */
const LONE_ACT = new RegExp(`${ACT.source}|^(?:${LONE_NOUN})\\s`);

/**
 * A demonym right before the trigger noun ("Israeli air strikes", "Russian shelling", "a Turkish drone strike"):
 * the ISO2 code of the attacking country, or null.
 */
export function demonymAgent(
  text: string,
  triggerIndex: number,
  demonymCountry: (word: string) => string | null,
): { iso2: string; index: number; length: number } | null {
  const from = Math.max(0, triggerIndex - 60);
  const m = /(?<![\w-])([A-Z][\w.]*)\s+((?:[a-z][\w-]*\s+){0,2})$/.exec(text.slice(from, triggerIndex));
  // "A Palestinian was killed by Israeli fire": a demonym before an auxiliary is the victim; the agent follows "by".
  if (m && /\b(?:was|were|is|are|been|being)\s/i.test(m[2])) return agentAfter(text, triggerIndex, demonymCountry);
  // "shot dead a Palestinian during a raid": a preposition between them, the demonym is no modifier of the trigger.
  if (
    !m ||
    /\b(?:\w+ed|of|in|on|at|and|or|to|the|said|says|during|after|before|amid|near|into|from|with)\s/i.test(m[2])
  )
    return null;
  // "Palestinian militants fired …": a non-state group of that nationality, not its state's forces.
  if (NON_STATE_GROUP.test(m[2])) return null;
  // "Haitian police retook …": the country's police (an actor of the dictionary), not its military.
  if (/^(?:riot\s+)?(?:police(?:m[ae]n)?|gendarmes?|gendarmerie)\s/i.test(m[2])) return null;
  // "A Palestinian stabbed …", "an Israeli opened fire": one person of that nationality acts, not its state's forces
  // ("a Turkish drone strike" keeps its agent: the trigger is the weapon, not a verb); so does "a Palestinian gunman".
  if (
    LONE_BEFORE.test(text.slice(Math.max(0, from + m.index - 9), from + m.index)) &&
    ((!m[2] && LONE_ACT.test(text.slice(triggerIndex, triggerIndex + 12))) || LONE_PERSON.test(m[2]))
  )
    return null;
  const iso2 = demonymCountry(m[1]);
  return iso2 ? { iso2, index: from + m.index, length: m[1].length } : null;
}

/** "… was killed by Israeli fire / by Israeli troops": the demonym of the agent told after a passive trigger. */
const BY_DEMONYM =
  /^[\w-]*(?:\s+dead)?\s+by\s+(?:an?\s+)?([A-Z][\w.]*)\s+(?:[a-z][\w-]*\s+)?(?:fire|gunfire|shelling|strikes?|airstrikes?|drones?|snipers?|bullets?|shells?|forces|troops|soldiers|warplanes|jets|settlers)\b/;
function agentAfter(
  text: string,
  triggerIndex: number,
  demonymCountry: (word: string) => string | null,
): { iso2: string; index: number; length: number } | null {
  const m = BY_DEMONYM.exec(text.slice(triggerIndex, triggerIndex + 80));
  const iso2 = m ? demonymCountry(m[1]) : null;
  return m && iso2
    ? { iso2, index: triggerIndex + m[0].indexOf(m[1], m[0].indexOf(' by ')), length: m[1].length }
    : null;
}

/**
 * "US and British warplanes": a demonym coordinated before the agent demonym at `index` (the first-named force leads,
 * ACLED's actor1; the other is its associate). The first demonym's ISO2 code and offsets, or null.
 */
export function coordinatedDemonym(
  text: string,
  index: number,
  demonymCountry: (word: string) => string | null,
): { iso2: string; index: number; length: number } | null {
  const from = Math.max(0, index - 40);
  const m = /(?<![\w-])([A-Z][\w.]*)\s*(?:,\s*and|,|and)\s+$/.exec(text.slice(from, index));
  const iso2 = m ? demonymCountry(m[1].replace(/\.$/, '.')) : null;
  return m && iso2 ? { iso2, index: from + m.index, length: m[1].length } : null;
}

/** "Russia's bombardment", "Israel's strikes": a possessive right before the trigger noun (the mention's end). */
export function possessiveBefore(text: string, mentionEnd: number, triggerIndex: number): boolean {
  const gap = text.slice(mentionEnd, triggerIndex);
  return /^['’]s\s+(?:[a-z][\w-]*\s+){0,2}$/.test(gap) && !/\b\w+ed\s+$/.test(gap);
}

const SPEAKER_SUBJECT =
  /^\s*(?:(?:on|late\s+on|early\s+on|in)\s+(?!a\s)\w+\s+|(?:(?:late|early)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|in\s+a\s+statement\s+){0,2}(?:that\s+)?(?:it|they|its|their(?=\s+$)|their\s+(?:forces|troops|fighters|jets|aircraft|drones|units|warplanes))\s/i;

/** "X claimed (responsibility for) a suicide bombing that …": the claimant is the bombing's author. */
const CLAIMED_ACT =
  /^\s+(?:(?:on\s+\w+\s+)?responsibility\s+for\s+)?(?:(?:the|a|an|[A-Z]\w+day['’]s)\s+)?(?:[\w'’-]+\s+){0,3}?\S?$/;

/** "X said it struck …", "X said on Friday they had fired …": the speaker is the subject of the reported clause. */
export function speakerIsSubject(afterSpeechVerb: string, verb = ''): boolean {
  return SPEAKER_SUBJECT.test(afterSpeechVerb) || (/^claim/i.test(verb) && CLAIMED_ACT.test(afterSpeechVerb));
}

const VICTIMS =
  /\b(?:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es)?|hurt|left)\s+(?:at\s+least\s+|some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?(?:[\w-]+\s+){0,2}?(?:people|persons?|civilians|residents|children|women|men(?!\s+(?:in\s+uniform|of\s+the))|villagers|worshippers|passengers|farmers|students|man|woman|boy|girl|child|civilian|teenager|palestinians|lebanese|syrians|iraqis|yemenis|afghans|sudanese|ukrainians|somalis|israelis|christians|muslims|migrants|shepherds|herders|fishermen|father|mother|family\s+members|members\s+of\s+(?:a|one|the\s+same)\s+family|(?:aid|health|medical|port|factory|farm|construction|oil)\s+workers|workers|labou?rers|employees|miners|paramedics|journalists|displaced)\b/i;
const VICTIMS_PASSIVE =
  /\b(?:people|civilians|residents|children|women|villagers|passengers)\s+(?:were|was|have\s+been|had\s+been)\s+(?:killed|wounded|injured)\b/i;

/** "Three civilians were killed in an air strike", "Two people died when a shell hit …", "A woman was killed in a
 * drone attack": victims told just before. */
const LEAD_VICTIM =
  '(?:people|civilians?|residents|children|child|women|woman|men|man|boys?|girls?|teenagers?|villagers|passengers|persons)';
const VICTIMS_LEAD_IN = new RegExp(
  `\\b${LEAD_VICTIM}\\s+(?:were|was|have\\s+been|had\\s+been)\\s+(?:killed|wounded|injured)\\s+(?:in|by|when|after|as)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,3}$|\\b${LEAD_VICTIM}\\s+died\\s+(?:in|when|after|as)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,3}$`,
  'i',
);

export const victimsLeadIn = (clauseBeforeTrigger: string): boolean => VICTIMS_LEAD_IN.test(clauseBeforeTrigger);

/** Does the clause (after the trigger) name civilians or people as the ones killed or wounded? */
export function civilianVictims(clauseAfterTrigger: string): boolean {
  return VICTIMS.test(clauseAfterTrigger) || VICTIMS_PASSIVE.test(clauseAfterTrigger);
}

const SPEAKS_AFTER =
  /^(?:(?:['’]s)?\s+(?:(?:[a-z][\w-]*|[A-Z][A-Z\d-]+|[a-z]+['’]s|\([A-Z][A-Z\d-]+\))\s+){0,6}?(?:office|spokesm[ae]n|spokeswoman|spokesperson|statement|envoy|mission|agency|cent(?:re|er)|command))?(?:\s+in\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:province|region|district|state|governorate)?)?\s*,?\s*(?:(?:also|later|earlier|separately)\s+)?(?:said|says|say|told|tells|reported|reports|announced|stated|added|confirmed|claimed)\b/i;
const ACCORDING_BEFORE = /\baccording\s+to\s+(?:the\s+|a\s+)?(?:[a-z][\w-]*\s+){0,2}$/i;

/**
 * "…, the UN said", "according to activists", "…, the British military's United Kingdom Maritime Trade Operations
 * (UKMTO) centre said": an actor after the trigger that only reports the event (the
 * reported clause comes first, so the speaker cannot be its subject) is neither actor1 nor actor2.
 */
export function reportsOnly(text: string, hit: { index: number; length: number }, triggerIndex: number): boolean {
  if (hit.index <= triggerIndex) return false;
  return (
    SPEAKS_AFTER.test(text.slice(hit.index + hit.length, hit.index + hit.length + 90)) ||
    ACCORDING_BEFORE.test(text.slice(Math.max(0, hit.index - 40), hit.index))
  );
}

/** "Houthi supporters", "supporters of Hamas": the crowd backs the group, which is not its target. */
export function backedGroup(text: string, hit: { index: number; length: number }): boolean {
  return (
    /^\s+(?:[a-z][\w-]*\s+)?(?:supporters|loyalists|followers|sympathi[sz]ers|partisans|members)\b/i.test(
      text.slice(hit.index + hit.length, hit.index + hit.length + 40),
    ) ||
    /\b(?:supporters|loyalists|followers|sympathi[sz]ers|partisans|members)\s+of\s+(?:the\s+)?$/i.test(
      text.slice(Math.max(0, hit.index - 40), hit.index),
    )
  );
}

/** Sides that act on each other: "Israel and Hamas agreed …", "X and Y clashed"; coordinated subjects are the two sides. */
export const RECIPROCAL =
  /^(?:agree|agreed|sign|signed|reach|reached|met|meet|held|hold|exchang|trad(?:e|ed|es|ing)\b|clash|fought|truce)/i;

/** A force word without a nationality ("troops", "soldiers", "the army"): its nationality comes from context. */
export const BARE_FORCE = /^(?:the\s+)?(?:army\s+troops|troops|soldiers|army|military)$/i;

/**
 * "militants killed 50 soldiers in an attack", "gunmen attacked a police checkpoint, killing …", "troops rescued
 * hostages and killed three kidnappers", "militants killed five members of the Kurdish-led SDF in an attack": the gap between two actors ends with a transitive verb (and a count or
 * article), with no clause break, so the second is its object, and the first the attacker.
 */
const OBJECT_TAIL =
  /^(?:\s+[^,;:.]{0,80}?)?\s+(?:(?:have|has|had)\s+)?(?:killed|kill|kills|killing|wounding|attacked|attack|attacks|ambushed|ambush|shot\s+dead|gunned\s+down|shot|wounded|abducted|kidnapped|targeted|struck|hit|destroyed|shelled|bombed|pounded|stormed|raided|overran|executed|beheaded|captured|dismantled|busted|uncovered)\s+(?:(?:at\s+least|more\s+than|nearly|about|around|almost|some|up\s+to)\s+)?(?:(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|several|\d+)\s+)?(?:[a-z][\w-]*\s+)?(?:of\s+(?:the\s+)?(?:[A-Za-z][\w-]*-(?:led|backed)\s+)?)?$/i;

/** "gang members killed 15 people, including a police officer, in an attack": the victims the toll includes. */
const INCLUDED_VICTIMS =
  /^\s+[^;:.]{0,40}?\b(?:killed|killing|wounded|wounding|injured|injuring|abducted|abducting|kidnapped|kidnapping)\s+[^;:.]{0,60}?,?\s+including\s+(?:(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+)?$/i;

export const objectGap = (gap: string): boolean =>
  gap.length <= 160 && (OBJECT_TAIL.test(gap) || INCLUDED_VICTIMS.test(gap));

/** Police named as what was attacked ("a police checkpoint", "killing three policemen"), not as a source. */
const POLICE_TARGET =
  /\b(?:police|gendarmerie)\s+(?:stations?|checkpoints?|posts?|patrols?|officers?|vehicles?|headquarters|convoys?|barracks)\b(?!\s+(?:said|say|says|told|reported))|\b(?:policem[ae]n|gendarmes)\b(?!\s+(?:said|say|says|told|reported))/i;

/** Does the clause from the trigger's object onwards name police as the target? */
export function policeTargeted(text: string): boolean {
  return POLICE_TARGET.test(text);
}

/** Homes, shops, farms: property of civilians, the target of a demolition, arson or looting. */
export const CIVILIAN_PROPERTY =
  /\b(?:homes?|houses?|shops?|stores?|markets?|propert(?:y|ies)|crops|farms?|livestock|cattle|villages?|residential|apartments?|businesses|buildings?|tents?|shelters?)\b/i;

/**
 * A bare group word ("the forces", "the militants"): the group a previous sentence named stands for it ("its
 * fighters" belongs to its own sentence's subject, so it is left to the speaker rules); "the coalition" is the last
 * coalition named. "The group", "the militia", "the jihadists", "the insurgents", "the gang" refer back the same way
 * (docs/taxonomy.md, "Eighteenth pass"). Group 1 is the word.
 */
export const BARE_GROUP =
  /\b(?:the|these|those)\s+(forces|fighters|militants|paramilitaries|rebels|dissidents|coalition|group|militia|militiamen|jihadists|insurgents|gang)\b/gi;

/** "Israeli air strikes", "an Israeli operation": a state's campaign named by its demonym, by the kind of event. */
const STATE_CAMPAIGN: Record<string, RegExp> = {
  'Air/drone strike':
    /\b([A-Z][\w.]*)\s+(?:air\s*-?\s*strikes?|airstrikes?|drone\s+strikes?|strikes|jets|warplanes|drones|aircraft)\b/g,
  'Shelling/artillery/missile attack': /\b([A-Z][\w.]*)\s+(?:shelling|artillery|tanks|bombardment)\b/g,
  'Looting/property destruction':
    /\b([A-Z][\w.]*)\s+(?:operations?|raids?|offensive|incursions?|forces|troops|army|military|bulldozers?)\b/g,
};

/**
 * "Israeli air strikes killed 27 … A strike on a house in X killed nine": a strike or demolition without an agent of
 * its own is the campaign's named just before it (this sentence or the two before). The ISO2 code of the last such
 * state, or null.
 */
export function campaignState(
  subEventType: string,
  before: string,
  demonymCountry: (word: string) => string | null,
): string | null {
  const re = STATE_CAMPAIGN[subEventType];
  if (!re) return null;
  let last: string | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(before); m; m = re.exec(before)) last = demonymCountry(m[1]) ?? last;
  return last;
}

// "a protest against the junta": what the protest opposes is its demand too.
const PROTEST_DEMAND = /\b(?:to\s+(?:demand|call\s+for|press\s+for|urge|seek)|demanding|calling\s+for|against)\b/i;
// Not a crowd that disperses of itself ("before dispersing", "dispersed peacefully").
const INTERVENTION =
  /\b(?:fired|(?<!\b(?:before|after|then|and|peacefully|quietly|later)\s)dispers\w*(?!\s+(?:peacefully|quietly|without))|arrest\w*|detain\w*|beat|clash\w*|intervened|broke\s+up|tear\s+gas)\b/i;

/**
 * "rallied … to demand news of soldiers missing in action": are all of `hits` named inside the protest's demand (after
 * "to demand", "calling for" past the trigger at `ti`), with no intervention told after it ("… before police
 * dispersed them" names the force that intervened)?
 */
export function inDemand(text: string, ti: number, hits: { index: number }[]): boolean {
  const demand = PROTEST_DEMAND.exec(text.slice(ti));
  if (!demand || INTERVENTION.test(text.slice(ti + demand.index))) return false;
  return hits.length > 0 && hits.every((h) => h.index > ti + demand.index);
}
