/**
 * "Overnight, Russia launched 80 drones and four missiles at Ukraine, the air force said on Thursday. In Bila Tserkva,
 * a drone hit a house, injuring two people.": the sentences after a night's wave of strikes that tell its hits one by
 * one, with no day of their own, are of that night (the day the wave's sentence resolves to: the night ending on the
 * day named, else the report's day), not of the report's week. Each following sentence of the paragraph counts until
 * one names a day of its own; only violent events with no date of their own take it.
 */
import { dateCandidates, isSoftDay, resolveDate } from '../dates/resolve-date.js';
import { type Candidate, VIOLENT } from './model.js';
import type { Span } from './sentences.js';

/** A time of the night with no day: the wave's own time. */
const NIGHT = /\b(?:overnight|(?:during|in)\s+the\s+night|in\s+the\s+(?:early|small)\s+hours|before\s+dawn)\b/i;
/** A wave of strikes: the sentence launches or fires a number of weapons, or tells a massive attack. */
const WAVE =
  /\b(?:launched|fired|unleashed|sent)\s+(?:[\w,-]+\s+){0,6}?(?:drones|missiles|rockets|projectiles|shaheds)\b|\b(?:massive|large-scale|combined|overnight)\s+(?:drone\s+and\s+missile\s+|missile\s+and\s+drone\s+|drone\s+|missile\s+|air\s+)?(?:attacks?|strikes?|barrages?|bombardment)\b/i;
/** How many sentences after the wave its details may run. */
const REACH = 4;

/** Date, in place, the undated violent events told in the sentences after a night's wave of strikes. */
export function dateNightDetails(cands: Candidate[], sentences: Span[], masked: string, published: string): void {
  sentences.forEach((s, i) => {
    const sentence = masked.slice(s.start, s.end);
    if (!NIGHT.test(sentence) || !WAVE.test(sentence)) return;
    const night = resolveDate(sentence, published);
    if (night?.time_precision !== 1) return;
    for (let j = i + 1; j <= i + REACH && j < sentences.length; j++) {
      if (masked.slice(sentences[j - 1].end, sentences[j].start).includes('\n\n')) break;
      const next = masked.slice(sentences[j].start, sentences[j].end);
      if (dateCandidates(next, published).some((d) => !isSoftDay(d.phrase))) break;
      for (const c of cands) {
        if (c.sentenceIndex !== j || c.dated || c.front || !VIOLENT.has(c.event_type)) continue;
        c.date = { ...night };
        c.dated = true;
      }
    }
  });
}
