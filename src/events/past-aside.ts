/**
 * "The army, which recaptured Um Rawaba in January, shelled RSF positions near Bara on Tuesday": a relative clause
 * between the subject and its verb that recalls the subject's past ("in January", "in 2023", "last year", "months
 * ago") is background, as relative-background.ts decides for one with no main event (ACLED codes that act from the
 * reports of its time). Left in, it gave the shelling a second place (the town of the aside) and hid the army from its
 * verb, so it is blanked (same length: offsets stay) before clauses are split, as stance-clause.ts blanks a stance.
 * Only a clause closed by a comma and followed by a lowercase word (the main verb) is blanked; one told by day ("which
 * recaptured X on Sunday") may be the news and stays (docs/taxonomy.md, "Twenty-fourth session: events review").
 */
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const PAST_ASIDE = new RegExp(
  `,\\s+(?:which|who)\\s+(?:had\\s+|has\\s+|have\\s+)?(?:been\\s+)?[a-z]+ed\\b[^,;.\\n]{0,100}?\\b(?:since\\s+(?:${MONTH}\\s+)?\\d{4}|in\\s+(?:(?:early|mid|late)[-\\s]+)?(?:${MONTH}(?:\\s+\\d{4})?|\\d{4})|last\\s+(?:year|month|spring|summer|autumn|winter)|earlier\\s+this\\s+year|(?:months|years)\\s+ago)\\s*,(?=\\s+[a-z])`,
  'g',
);

export const blankPastAsides = (text: string): string => text.replace(PAST_ASIDE, (m) => ' '.repeat(m.length));

let memo: { text: string; spans: [number, number][] } | null = null;

/** Whether offset `at` of `text` lies inside such a past aside: its places are not the main clause's. */
export function inPastAside(text: string, at: number): boolean {
  if (memo?.text !== text) {
    memo = { text, spans: [...text.matchAll(PAST_ASIDE)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]) };
  }
  return memo.spans.some(([s, e]) => at > s && at < e);
}
