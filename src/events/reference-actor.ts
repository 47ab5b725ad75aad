/**
 * "JNIM claimed the attack. It had ambushed a convoy two days earlier", "Two days earlier, the coalition had attacked
 * X", "The gunmen, riding motorcycles, opened fire": a sentence opening on a bare reference to a group ("It", "the
 * group", "the coalition", "the gunmen") whose event names no author of its own is the act of the group that authored
 * the event told just before (docs/taxonomy.md, "Eighteenth pass"). Only a non-state author is carried: "it" after a
 * state's claim is the speaker rules' business.
 */
import { type Candidate, VIOLENT } from './model.js';
import type { Span } from './sentences.js';
import { STATE_NAME } from './targets.js';

/** An optional fronted adverbial ("Two days earlier, "), the reference, then a past verb. */
const OPENING_REFERENCE =
  /^(?:[^,.]{1,30},\s+)?(?:It|[Tt]he\s+(?:group|militia|coalition|movement|rebels|dissidents|militants|jihadists|insurgents|gang|gunmen|attackers|assailants))(?:,\s+[a-z][^,.]{0,40},)?\s+(?:had\s+|has\s+|also\s+|later\s+|then\s+)?[a-z]+ed\b/;

const NOT_GROUP = /^(?:Civilians|Protesters|Rioters|Unidentified)\b/;

const nonState = (name: string) => !!name && !STATE_NAME.test(name) && !NOT_GROUP.test(name);

/** Give each unauthored violent event opening on a group reference the author of the event just before, in place. */
export function applyReferenceActors(cands: Candidate[], text: string, sentences: Span[]): void {
  cands.forEach((c, k) => {
    if ((c.actor1 && !c.actor1.startsWith('Unidentified')) || !VIOLENT.has(c.event_type)) return;
    const s = sentences[c.sentenceIndex];
    if (!s || !OPENING_REFERENCE.test(text.slice(s.start, Math.min(s.end, s.start + 120)).trimStart())) return;
    for (let i = k - 1; i >= 0; i--) {
      const p = cands[i];
      if (p.sentenceIndex < c.sentenceIndex - 4) return;
      if (p.sentenceIndex === c.sentenceIndex) continue;
      if (nonState(p.actor1) && p.actor1 !== c.actor2) {
        c.actor1 = p.actor1;
        return;
      }
    }
  });
}
