/**
 * A live page's recap post ("Here is a summary: …", "Recap: …") restates the day's earlier posts and sums their tolls
 * ("at least 31 killed across the Strip since dawn"): its events are the posts' own, told again, so the rest of its
 * line adds none (docs/taxonomy.md, "Sixteenth review"). Only on a live page: two or more timestamped posts.
 */
const STAMP = /^[ \t]*\d{1,2}[:.]\d{2}[ \t]*(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|ET|local\b)?/;
const CUE =
  /\b(?:recap|to\s+recap|in\s+summary|summary\s+of\s+(?:the\s+)?(?:day|today|events)|here\s+is\s+a\s+summary|here['’]s\s+a\s+summary|a\s+quick\s+summary)\b\s*[:,-]?/i;

/** The spans (cue to end of line) of a live page's recap posts. */
export function recapSpans(text: string): { start: number; end: number }[] {
  const lines: { start: number; text: string }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    lines.push({ start: at, text: line });
    at += line.length + 1;
  }
  if (lines.filter((l) => STAMP.test(l.text)).length < 2) return [];
  const out: { start: number; end: number }[] = [];
  for (const l of lines) {
    const m = CUE.exec(l.text);
    if (m) out.push({ start: l.start + m.index, end: l.start + l.text.length });
  }
  return out;
}
