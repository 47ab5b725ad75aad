/**
 * "Settlers set fire to cars and homes in X on Saturday. They also wounded two Palestinians with stones": the
 * property attack alone is Looting/property destruction, but a raid that also wounds or beats people is, as ACLED
 * codes it, Violence against civilians / Attack: the wounding wins when it is the same incident, told in the event's
 * own sentence or in the next sentence of its paragraph with the raiders as its subject ("They", "The settlers",
 * "The attackers") or with no agent of its own ("Two Palestinians were injured"). Only non-state raiders (settlers,
 * militias, armed groups) are re-typed: rioters who hurt people stay a riot, and a state force's demolition
 * stays what it is (docs/taxonomy.md, "Twenty-sixth session: events review").
 */
import type { ConflictEvent } from '../types.js';
import { nextSentence } from './sentences.js';
import { STATE_NAME } from './targets.js';

const UNREST = /^(?:Rioters|Protesters)\b/;
const COUNT = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens\\s+of|at\\s+least\\s+\\w+)';
/** "wounded two Palestinians", "beat an elderly farmer", "also injured three people". */
const WOUNDED_ACTIVE = new RegExp(
  `\\b(?:also\\s+)?(?:wounded|injured|beat|beat\\s+up|assaulted|stabbed)\\s+${COUNT}\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+`,
  'i',
);
/** "Two Palestinians were wounded", "an elderly man was beaten" (no agent told after it). */
const WOUNDED_PASSIVE = new RegExp(
  `(?:^|[\\s,;])${COUNT}\\s+(?:[\\w-]+\\s+){0,3}?(?:were|was)\\s+(?:also\\s+)?(?:wounded|injured|hurt|beaten|assaulted)\\b(?!\\s+(?:by|in)\\s+(?:\\w+\\s+){0,2}?(?:troops|soldiers|forces|police|army|fire|gunfire))`,
  'i',
);
/** A next sentence whose subject is the raiders: a pronoun or a definite raider word. */
const RAIDERS_SUBJECT =
  /^\s*(?:They|The\s+(?:settlers|attackers|assailants|raiders|gunmen|militiamen|militia|fighters|group|mob|men))\b/;
const NEGATED = /\b(?:no\s+one|nobody|none|no\s+(?:casualties|injuries))\b/i;

const wounds = (s: string): boolean => !NEGATED.test(s) && (WOUNDED_ACTIVE.test(s) || WOUNDED_PASSIVE.test(s));

/** Re-type a non-state raid on property that also wounded people as an Attack, in place. */
export function applyWoundingRaids(events: ConflictEvent[], text: string): void {
  for (const e of events) {
    const p = e.properties;
    if (p.sub_event_type !== 'Looting/property destruction' || !p.actor1) continue;
    if (STATE_NAME.test(p.actor1) || UNREST.test(p.actor1)) continue;
    const next = nextSentence(text, p.evidence.end);
    const sameIncident =
      wounds(p.evidence.text) || (wounds(next) && (RAIDERS_SUBJECT.test(next) || !WOUNDED_ACTIVE.test(next)));
    if (!sameIncident) continue;
    p.event_type = 'Violence against civilians';
    p.sub_event_type = 'Attack';
  }
}
