/**
 * The text triggers, actors and places are read from: the same length as the article (offsets hold), with words
 * that tell no part of an event blanked — quotations, the subject's stance clause ("Israel, which says …, struck",
 * stance-clause.ts) or past ("The army, which recaptured X in January, shelled", past-aside.ts: blanked already in
 * the dating text it is given), a protest's grievance ("demanding justice for the X killed in Y", grievances.ts) or
 * the death in custody that set it off (custody-death.ts), and the hedge
 * before an object ("struck what it called X", hedged-object.ts), and years of fighting as a backdrop ("agreed to a
 * truce after years of fighting", long-spans.ts), and a line's opening label ("Ecuador: …", topic-label.ts).
 */
import { blankCustodyDeaths } from './custody-death.js';
import { blankGrievances } from './grievances.js';
import { blankHedgedObjects } from './hedged-object.js';
import { blankLongSpans } from './long-spans.js';
import { blankPastAsides } from './past-aside.js';
import { maskQuotes } from './sentences.js';
import { blankStanceClauses } from './stance-clause.js';
import { blankRunningTotals } from './toll-blanks.js';
import { blankDatelines } from './when.js';
import { blankTopicLabels } from './topic-label.js';

export const maskedText = (dateText: string): string =>
  blankLongSpans(
    blankHedgedObjects(blankGrievances(blankCustodyDeaths(blankStanceClauses(maskQuotes(blankTopicLabels(dateText)))))),
  );

/** The text dates are read from: wire datelines ("BEIRUT, March 4 (Reuters) -" is the report's day), running totals
 * ("since October 7") and past asides ("Rwandan troops, who have been deployed there since 2021, clashed …") blanked. */
export const datingText = (text: string): string => blankPastAsides(blankRunningTotals(blankDatelines(text)));
