/**
 * "…, killing four police officers, local residents said.": the closing attribution names the report's source, not
 * the victims. A victim variant of a rule (data/taxonomy.json "unless": residents, villagers, witnesses …) reads the
 * clause without it, so the residents who told the story do not make an attack on police an attack on civilians
 * (docs/taxonomy.md, "Twenty-third session: events review").
 */
const TAIL =
  /,\s+(?:according\s+to\s+)?(?:[\w'’-]+\s+){0,5}?[\w'’-]+(?:\s+(?:said|say|says|told\s+[\w'’-]+|reported|added|recounted))?\s*[.!?]?\s*$/i;
const SPEAKER = /\b(?:said|say|says|told|reported|added|recounted|according\s+to)\b/i;

/** `clause` without its closing ", X said." (same text when it has none). */
export function withoutSourceTail(clause: string): string {
  const m = TAIL.exec(clause);
  return m && SPEAKER.test(m[0]) ? clause.slice(0, m.index) : clause;
}
