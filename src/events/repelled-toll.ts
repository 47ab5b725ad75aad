/**
 * "ISWAP fighters attacked a military base in X late on Sunday. Troops repelled the assault, killing 15 insurgents,
 * while two soldiers died.": the defence told in the next sentence names the attack by reference only, so it has no
 * place and is no event of its own; its toll is the attack's (ACLED codes one battle with both sides' dead). Only a
 * sentence that says the attack told before was repelled counts, and only when that attack has no toll yet; the count
 * is read over the whole sentence, whose clauses may split the two sides' dead.
 */
import { countFatalities } from './fatalities.js';
import { type Candidate, VIOLENT } from './model.js';
import type { Span } from './sentences.js';

const REPELLED =
  /\b(?:repelled|repulsed|foiled|thwarted|fought\s+off|beat\s+back|pushed\s+back|(?:were|was)\s+(?:repelled|repulsed|foiled|thwarted))\s+(?:(?:the|an?|their|its)\s+(?:[\w-]+\s+)?(?:attack|assault|raid|incursion|offensive|attackers|assailants|insurgents|militants|fighters)\b)?|\bthe\s+(?:[\w-]+\s+)?(?:attack|assault|raid|incursion)\s+was\s+(?:repelled|repulsed|foiled|thwarted)\b/i;

/** Give a repelling sentence's unplaced toll to the violent event of the sentence before it, in place. */
export function repelledTolls(
  cands: Candidate[],
  unplaced: Map<number, number>,
  sentences: Span[],
  text: string,
): void {
  for (const [i, toll] of unplaced) {
    if (toll === 0 || i === 0) continue;
    const sentence = text.slice(sentences[i].start, sentences[i].end);
    if (!REPELLED.test(sentence) || /\n\s*\n/.test(text.slice(sentences[i - 1].end, sentences[i].start))) continue;
    const before = cands.filter((c) => !c.front && c.sentenceIndex === i - 1 && VIOLENT.has(c.event_type));
    if (before.length === 1 && before[0].fatalities === 0)
      before[0].fatalities = Math.max(toll, countFatalities(sentence));
  }
}
