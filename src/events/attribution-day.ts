/**
 * "A drone attack on Kharkiv killed four people, including a child, and wounded 17 overnight, the governor said on
 * Tuesday": the attribution that closes the sentence dates its first clause too, though a clause split ("…, and
 * wounded 17 …") left that clause with no date phrase of its own. As for a single clause, the statement's day counts
 * as undated when grouping (a report that dates the event itself wins), unless the sentence tells a time of day
 * ("overnight"): then it is the night that ends on the named day.
 */
import { dateCandidates, isSoftDay, resolveDate } from '../dates/resolve-date.js';
import type { Span } from './sentences.js';
import type { DateChoice } from './when.js';

const SAID_ON_AT_END =
  /,\s+(?:[\w'’.-]+\s+){1,6}?(?:(?:said|says|reported|announced)\s+|told\s+(?:[\w'’.-]+\s+){1,3}?)(?:late\s+|early\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\s*[.!?]?["”]?\s*$/i;

/** The day of the attribution closing `sentence` after `clause`, or null. */
export function attributionDay(text: string, published: string, clause: Span, sentence: Span): DateChoice | null {
  const said = SAID_ON_AT_END.exec(text.slice(clause.end, sentence.end));
  if (!said) return null;
  const day = resolveDate(said[0], published);
  if (day?.time_precision !== 1) return null;
  const soft = dateCandidates(text.slice(sentence.start, sentence.end), published).some((c) => isSoftDay(c.phrase));
  return { date: day, dated: soft };
}
