/**
 * Counts of dead that are not the clause's event, blanked before its toll is read (same length: offsets stay): a
 * running total the event adds to ("bringing the death toll since October 2023 to 69,000"), a war's toll, and a killing someone is
 * accused of or held over ("arrested two men over the killing of a shopkeeper"). fatalities.ts counts what is left.
 */
const RUNNING_TOTAL =
  /\b(?:bringing|raising|taking|pushing|lifting|putting)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:toll|tally|total|number\s+of\s+(?:people\s+)?(?:killed|dead))\b[^.;]{0,140}/gi;
const OWN_TOLL =
  /\bfrom\s+(?:the|this|that|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+(?:[\w-]+\s+)?(?:attack|strike|raid|bombing|blast|explosion|shelling|massacre|ambush|shooting)\b/i;

/** "a five-year civil war in which about 400,000 people died", "an insurgency that has killed 40,000": a war's toll is
 * its history, not an event's count. */
const WAR_TOLL =
  /\b(?:wars?|conflicts?|insurgency|insurgencies|rebellion|uprising|genocide)\s+(?:in\s+which|that|which)\s+[^.;]{0,60}?\b(?:died|killed|dead|lives)\b/gi;

/**
 * "…killed five people on Monday, bringing the death toll since October 2023 to 69,000": a running total the event adds
 * to is neither its count nor its date ("bringing to 60 the number killed this month"), so it is blanked (same length:
 * offsets stay). Not when it names the event: "raising the toll from the bombing to 12".
 */
export const blankRunningTotals = (text: string): string =>
  text
    .replace(RUNNING_TOTAL, (m) => (OWN_TOLL.test(m) ? m : ' '.repeat(m.length)))
    .replace(WAR_TOLL, (m) => ' '.repeat(m.length));

/** "detained two men suspected of having killed a policeman", "arrested two men over the killing of a shopkeeper": a
 * killing someone is accused of, or held over, is another event (not one they are "held responsible for"). */
const ACCUSED_OF =
  /\b(?:suspected|accused|charged|convicted|wanted)\s+(?:of|for|over|with|in\s+connection\s+with)\s+(?:the\s+)?(?:having\s+)?(?:kill(?:ed|ing)|murder(?:ed|ing)?)(?:\s+[\w'’-]+){1,3}|(?<=\b(?:arrest(?:ed|ing)?|detain(?:ed|ing)?|held|questioned|rounded\s+up)\s(?:[\w'’-]+\s){0,4})(?:over|for|in\s+connection\s+with)\s+(?:the\s+)?(?:kill(?:ing|ings)|murders?|deaths?)\s+of(?:\s+[\w'’-]+){1,3}/gi;

/** "held the army responsible for the deaths of 12": blame, not a killing someone is held over. Read on a bounded
 * window before the match (a look-ahead inside ACCUSED_OF's look-behind made long runs of spaces quadratic). */
const HELD_RESPONSIBLE = /\bheld\s+(?:[\w'’-]+\s+){0,3}?(?:responsible|accountable|liable)\s+$/i;

/** "Clashes erupted …, after the killing of a militia commander": the killing that set off the event is another event
 * told as its cause, so its count is not the event's. */
const CAUSE_KILLING =
  /\b(?:after|following|in\s+(?:retaliation|revenge|response)\s+for|sparked\s+by|triggered\s+by)\s+the\s+(?:[\w-]+\s+)?(?:killings?|assassinations?|murders?|deaths?)\s+of(?:\s+(?!(?:on|in|at|last|this|and)\b)[\w'’-]+){1,4}/gi;

/** `text` with the killings someone is accused of or held over, and killings told as a cause, blanked (offsets stay). */
export const blankAccusations = (text: string): string =>
  text
    .replace(ACCUSED_OF, (m, offset: number) =>
      HELD_RESPONSIBLE.test(text.slice(Math.max(0, offset - 80), offset)) ? m : ' '.repeat(m.length),
    )
    .replace(CAUSE_KILLING, (m) => ' '.repeat(m.length));
