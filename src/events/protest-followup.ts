/**
 * "Hundreds protested in X on Saturday against conscription, witnesses said. Security forces fired into the air to
 * disperse the crowd.": a sentence with no event of its own, right after a peaceful protest of the same paragraph,
 * that tells a force breaking it up is the protest's intervention (ACLED codes it in the protest). The protest rule's
 * own variants decide, read over both sentences, as they do for a later clause of one sentence. A sentence with a place
 * or a day of its own ("Farmers drove tractors into Brussels on Thursday, and police used water cannon") tells
 * another scene.
 */
import type { ResolvedMention } from '../types.js';
import { type ActorHit, FORCE_NAME, findActors } from './actors.js';
import { mentionsIn } from './context.js';
import type { Candidate } from './model.js';
import type { Span } from './sentences.js';
import { classify } from './taxonomy.js';
import { idleForce } from './idle-force.js';

const OWN_DAY =
  /\b(?:(?:on|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|last\s+(?:night|week))\b/i;

/** A clause of the sentence after a protest that leaves it free to tell the intervention: no event, only the
 * arrests the intervention made ("… to disperse them, and detained 20 people"; twenty-sixth session), or the
 * intervention told of "the protesters" ("Police baton-charged the protesters"; twenty-seventh session). */
export const quietAfter = (c: { cls: { event_type: string; sub_event_type: string } | null }): boolean =>
  !c.cls ||
  c.cls.sub_event_type === 'Arrests' ||
  (c.cls.event_type === 'Protests' && c.cls.sub_event_type !== 'Peaceful protest');

/** Upgrades `protest` in place when `sentence` (masked) tells its intervention; true when it did. */
export function interventionAfter(
  protest: Candidate | undefined,
  protestText: string,
  sentence: Span,
  mentions: ResolvedMention[],
): boolean {
  if (protest?.sub_event_type !== 'Peaceful protest' || OWN_DAY.test(sentence.text)) return false;
  if (mentionsIn(mentions, sentence.start, sentence.end).some((m) => m.place && m.role === 'place')) return false;
  const joined = classify(`${protestText} ${sentence.text}`);
  if (joined?.event_type !== 'Protests' || joined.sub_event_type === 'Peaceful protest') return false;
  // The variant must come from the second sentence: one of its own words names the intervention.
  if (classify(protestText)?.sub_event_type === joined.sub_event_type) return false;
  protest.sub_event_type = joined.sub_event_type;
  if (!protest.actor2)
    protest.actor2 =
      findActors(sentence.text, protest.place.countryCode).find(
        (h) => !/^(?:Protesters|Rioters|Civilians)\b/.test(h.name) && !idleForce(sentence.text, h),
      )?.name ?? '';
  return true;
}

/** The words after an armed group that make it the one breaking a protest up ("M23 fighters fired in the air to
 * disperse them"). */
const DISPERSES =
  /^\s+(?:[\w-]+\s+){0,2}?(?:fired|shot|dispersed|broke\s+up|beat|whipped|used\s+(?:tear\s+gas|force))\b[^.;]{0,40}?\b(?:dispers\w*|broke\s+(?:it|them)\s+up|protesters|demonstrators|crowds?)\b/i;

/**
 * The side that intervened in a protest, named in the clause telling the intervention: a state force, or a named
 * armed group that fired on, dispersed or broke up the crowd (ACLED codes whoever intervened).
 */
export const intervened = (clause: string, h: ActorHit): boolean =>
  !idleForce(clause, h) &&
  (FORCE_NAME.test(h.name) ||
    (!h.generic && DISPERSES.test(clause.slice(h.index + h.length, h.index + h.length + 80))));
