/**
 * "A suicide bomber struck X on Monday, killing 12. The toll later rose to 16.": a sentence that only updates the
 * toll ("The (death) toll (later) rose to 16", "The number of dead has climbed to 16") with no place or event of its
 * own raises the toll of the last violent event told in the three sentences before it (a quote or a claim of
 * responsibility may stand between). ACLED codes the latest reported toll. A toll update with a place of its own ("The death toll from the attack on Y has risen to 19") is an
 * event of its own and is left to the usual reading.
 */
import { countFatalities } from './fatalities.js';
import { type Candidate, VIOLENT } from './model.js';

const TOLL_UPDATE =
  /^\W*(?:the\s+)?(?:(?:death|casualty)\s+toll|toll|number\s+of\s+(?:the\s+)?(?:dead|people\s+killed|fatalities))\s+(?:(?:later|has|had|then|since|subsequently|also)\s+){0,2}(?:rose|risen|climbed|increased|jumped|reached|grew|grown)\s+to\b/i;

/** After the count: a span of time or a whole conflict makes the toll a running total (audit of the eighteenth
 * session). */
const RUNNING_SPAN =
  /\b(?:since|so\s+far|to\s+date|in\s+total|overall|this\s+(?:year|month)|last\s+year|in\s+the\s+(?:past|last)\s|(?:in|during|of)\s+the\s+(?:war|conflict|unrest|uprising|insurgency|fighting|offensive|violence)\b)/i;

/** Raise the toll of the last violent event of the three sentences before `sentenceIndex`; true when one was raised. */
export function raiseToll(cands: Candidate[], sentence: string, sentenceIndex: number): boolean {
  const update = TOLL_UPDATE.exec(sentence);
  if (!update || cands.some((c) => c.sentenceIndex === sentenceIndex)) return false;
  if (RUNNING_SPAN.test(sentence.slice(update[0].length))) return false;
  const lead = [...cands]
    .reverse()
    .find((c) => !c.front && c.sentenceIndex >= sentenceIndex - 3 && VIOLENT.has(c.event_type));
  const n = countFatalities(sentence);
  if (!lead || n <= lead.fatalities) return false;
  lead.fatalities = n;
  return true;
}
