/**
 * "Security forces killed 23 militants in Kurram … It described them as members of the Pakistani Taliban",
 * "The gunmen were members of the ELN, police said": a sentence that names the group of the unidentified party of
 * the events just before ("them", "the militants", "the attackers") gives that party its name. Only an
 * "Unidentified Armed Group" is renamed, and only by a named non-state actor of the dictionary.
 */
import { findActors } from './actors.js';
import { type Candidate, VIOLENT } from './model.js';
import type { Span } from './sentences.js';
import { STATE_NAME } from './targets.js';

const IDENTIFIED =
  /\b(?:(?:described|identified)\s+(?:them|him|the\s+(?:dead|slain|militants|attackers|gunmen|fighters|assailants))\s+as|(?:they|the\s+(?:dead|militants|attackers|gunmen|fighters|assailants))\s+(?:were|was)\s+(?:all\s+)?(?:identified\s+as)?)\s+(?:(?:members|fighters|militants|operatives)\s+of|belonging\s+to)\s+(?:the\s+)?/i;

/** Rename, in place, the unidentified party of violent events told in the sentence before an identifying one. */
export function applyIdentifiedGroups(cands: Candidate[], text: string, sentences: Span[]): void {
  sentences.forEach((s, i) => {
    const told = text.slice(s.start, s.end);
    const m = IDENTIFIED.exec(told);
    if (!m) return;
    const group = findActors(told.slice(m.index + m[0].length), '')[0];
    if (!group || group.index > 0 || STATE_NAME.test(group.name) || group.generic) return;
    for (const c of cands) {
      if (c.sentenceIndex !== i - 1 || !VIOLENT.has(c.event_type)) continue;
      if (c.actor2.startsWith('Unidentified Armed Group')) c.actor2 = group.name;
      else if (c.actor1.startsWith('Unidentified Armed Group')) c.actor1 = group.name;
    }
  });
}
