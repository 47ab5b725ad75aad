/**
 * "On 9 November, RSF fighters shelled El Obeid town. 6 civilians were killed." / "… attacked a base in Bulo Burte. The
 * attack was repelled; 3 fatalities reported.": incident notes (ACLED's own note style, short wire items) give the
 * toll in a sentence of its own that names no place, no attacker and no day ("He said four gang members were killed
 * and two officers wounded." too). Such a bare toll is the toll of the
 * violent event told in the sentence just before it (same paragraph) when that event has none (and "civilians" its
 * victims' side when it has none); read on its own it was no event at all, as it has no place (docs/taxonomy.md, "Twenty-fourth session: events review").
 * "The army said 12 militants and three soldiers were killed." (two counts) and "Eight suspects were killed in
 * shootouts with officers" too (twenty-sixth session).
 * A flash post clips it further ("At least 5 killed, 20 injured — local media."; twenty-fifth session).
 */
import { countryName } from './country-names.js';
import { countFatalities, countValue } from './fatalities.js';
import { type Candidate, VIOLENT } from './model.js';
import type { Span } from './sentences.js';

/** A clause that tells only a count of dead: "6 civilians were killed", "Three people died", "4 fatalities". */
const BARE =
  /(?:^|;\s*)(?:(?:he|she|they|it|officials?|police|the\s+(?:[a-z]+\s+){0,2}?[a-z]+)\s+(?:said|says|added)\s+(?:that\s+)?)?(?:at\s+least\s+|some\s+|about\s+|around\s+|more\s+than\s+)?(?:\d+|[A-Za-z]+(?:-[a-z]+)?)\s+(?:(?:[a-z]+\s+){0,2}?(?:and\s+(?:\d+|[a-z]+)\s+(?:[a-z]+\s+){0,2}?)?(?:were|was)\s+(?:killed|shot\s+dead)|(?:[a-z]+\s+){0,2}?died|fatalit(?:y|ies)(?:\s+(?:were\s+)?reported)?)(?:,\s+including\s+(?:\d+|[a-z]+)\s+(?:[a-z]+\s+){0,2}?[a-z]+(?=,))?(?:,?\s+(?:in\s+(?:the\s+)?(?:attack|clashes?|fighting|shelling|strike|raid|ambush|shootouts?|gunfights?|exchanges?\s+of\s+fire)(?:\s+with\s+(?:[a-z]+\s+){0,2}?[a-z]+)?|and\s+(?:\w+\s+){1,3}?(?:were\s+)?(?:injured|wounded)))?\s*(?:,\s*[^,]{3,60}\b(?:said|reported|say|says)\s*)?\.?\s*$/i;
/** A flash post's clipped toll: "At least 5 killed, 20 injured — local media.", "7 children dead per local sources." */
const CLIPPED =
  /^(?:at\s+least\s+|some\s+|about\s+|around\s+|more\s+than\s+|over\s+)?(\d+|[A-Za-z]+)\s+(?:[a-z]+\s+){0,2}?(?:killed|dead)(?:\s*,\s*(?:at\s+least\s+)?(?:\d+|[a-z]+)\s+(?:injured|wounded|hurt))?\s*(?:(?:[—–-]|,|\bper\b|\baccording\s+to\b)[^.;]{0,60})?\.?\s*$/i;
const CIVILIANS = /\b(?:civilians|villagers|residents|passengers|farmers|worshippers|children)\b/i;
const NOTE_COUNT = /(?:^|;\s*)(\d+|[A-Za-z]+)\s+fatalit(?:y|ies)\b/i;

/** The count a bare toll tells, or 0 when `sentence` is no bare toll. */
function bareCount(sentence: string): number {
  const clause = sentence.trim();
  const clipped = CLIPPED.exec(clause);
  if (clipped) return countValue(clipped[1]) ?? 0;
  const m = BARE.exec(clause);
  if (!m) return 0;
  const note = NOTE_COUNT.exec(m[0]);
  if (note) return countValue(note[1]) ?? 0;
  return countFatalities(m[0]);
}

/** Give each bare toll sentence's count to the violent event of the sentence before it, in place. */
export function applyBareTolls(cands: Candidate[], text: string, sentences: Span[]): void {
  sentences.forEach((sentence, i) => {
    if (i === 0 || cands.some((c) => c.sentenceIndex === i)) return;
    const n = bareCount(text.slice(sentence.start, sentence.end));
    if (n <= 0) return;
    if (/\n\s*\n/.test(text.slice(sentences[i - 1].end, sentence.start))) return;
    const before = cands.filter((c) => !c.front && c.sentenceIndex === i - 1);
    const lead = before.at(-1);
    if (!lead || !VIOLENT.has(lead.event_type) || before.some((c) => c.fatalities > 0)) return;
    lead.fatalities = n;
    // "6 civilians were killed": the dead are civilians, the side the shelling or strike had none for.
    const country = lead.place.countryCode;
    if (!lead.actor2 && country && CIVILIANS.test(text.slice(sentence.start, sentence.end))) {
      lead.actor2 = `Civilians (${countryName(country)})`;
    }
  });
}
