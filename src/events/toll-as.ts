/**
 * "Two soldiers were killed as Russian glide bombs hit positions near Kupiansk", "Two Ukrainian soldiers killed, six
 * wounded as …": a main clause that is only a toll, before an "as" clause of strikes, is that strike's toll, as with
 * "when". sentences.ts cuts "Protesters rallied in X as air strikes hit Y" into two events (AS_STRIKES); a bare toll
 * before the "as" made an Armed clash of its own, and the strike lost its dead (docs/taxonomy.md, "Twenty-seventh
 * session: events review").
 */

const WHO = '(?:(?:at\\s+least|more\\s+than|nearly|about|some)\\s+)?(?:[\\w-]+\\s+){1,4}?';
const HURT = '(?:killed|dead|wounded|injured|hurt)';
/** The whole clause: "<who> (were) killed (and N wounded | , N wounded)". */
const TOLL_ONLY = new RegExp(
  `^\\s*${WHO}(?:(?:were|was|have\\s+been|had\\s+been|are|is)\\s+)?${HURT}(?:\\s*(?:,|and|,\\s*and)\\s+${WHO}(?:(?:were|was|have\\s+been)\\s+)?${HURT})?\\s*,?\\s*$`,
  'i',
);

/** Whether `before`, the clause before an "as" clause of strikes, tells only a toll. */
export function tollOnly(before: string): boolean {
  // "18:20 — Two soldiers killed …", "KYIV (Reuters) - …": only the clause after a stamp, a dateline or a semicolon.
  const own = before.slice(before.search(/(?:[;:—–]|\s-\s)[^;:—–]*$/) + 1);
  return own.length <= 120 && TOLL_ONLY.test(own);
}
