/**
 * "The violence revived memories of the killings on the coast in March, when …": what a sentence recalls after such a
 * cue is earlier history brought up for comparison, not an event of this report (docs/taxonomy.md, "Thirteenth
 * review"). A sentence opening "A year earlier," / "Two years ago," recalls history as a whole (fifteenth review).
 * ", two weeks after gunmen killed tourists in X" closing a sentence recalls the earlier attack (twenty-first pass).
 * An event told before the cue ("An attack on Tuesday, reminiscent of the 2019 massacre, …") still is.
 */
const RECALL =
  /\b(?:(?:revived|revives|reviving|stirred|stirs|brought\s+back|brings\s+back|rekindled|rekindles|evoked|evokes|evoking)\s+(?:[\w-]+\s+){0,2}?memories\s+of|reminiscent\s+of|in\s+a\s+(?:grim\s+|painful\s+)?(?:reminder|echo)\s+of|(?:recalling|echoing)\s+(?:the|a)\b|^\s*(?:a|one|two|three|four|five|several|\d+)\s+(?:years?|decades?)\s+(?:earlier|before|ago)\b|,\s+(?:a|one|two|three|four|five|six|several|\d+)\s+(?:weeks?|months?|years?)\s+after\b)/i;

/** The offset in `sentence` after which events are recalled history, or -1. */
export function recallStart(sentence: string): number {
  const m = RECALL.exec(sentence);
  return m ? m.index : -1;
}
