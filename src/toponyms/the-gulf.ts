/**
 * "the Gulf": news writes the Persian Gulf (or, in an American story, the Gulf of Mexico) by its kind word alone. The
 * word is no entry of the gazetteer under that sense ("Gulf" is a province of Papua New Guinea), and recognition,
 * which reads names, passes it by. Capitalised after "the", and not the opening of a longer name ("the Gulf of Aden",
 * "the Gulf Coast", "the Gulf Cooperation Council") nor a group's name ("the Gulf cartel"), it is a water mention; the
 * resolver picks the gulf the story's places lie by (src/resolve/the-gulf.ts).
 */
import type { Mention } from '../types.js';

const THE_GULF =
  /\b[Tt]he Gulf\b(?! of\b)(?![ -]\p{Lu})(?! (?:cartel|clan|states?|countries|monarchies|region|war)\b)/gu;

export function theGulfMentions(text: string, mentions: Mention[]): void {
  let added = false;
  for (const hit of text.matchAll(THE_GULF)) {
    const start = (hit.index ?? 0) + 4;
    const end = start + 4;
    if (mentions.some((m) => m.start < end && start < m.end)) continue;
    mentions.push({ start, end, text: 'Gulf', role: 'place', classHint: 'H' });
    added = true;
  }
  if (added) mentions.sort((a, b) => a.start - b.start);
}
