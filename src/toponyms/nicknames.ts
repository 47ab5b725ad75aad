/**
 * Nicknames quoted inside a person's name: Joaquin "El Chapo" Guzman, Ismael "El Mayo" Zambada. A given name, one to
 * three quoted capitalised words, then a family name make one person: no word of it names a place.
 */
import type { Mention } from '../types.js';

const NAME = "\\p{Lu}[\\p{L}'’-]*";
const NICKNAMED = new RegExp(`${NAME} ["“]${NAME}(?: ${NAME}){0,2}["”] ${NAME}`, 'gu');
const QUOTE = /["“”]/;

/** Whether `m` lies inside a quoted nickname; only the text around it is read. */
function inNickname(text: string, m: Mention): boolean {
  const from = Math.max(0, m.start - 50);
  const window = text.slice(from, m.end + 50);
  if (!QUOTE.test(window)) return false;
  for (const x of window.matchAll(NICKNAMED)) {
    const a = from + (x.index ?? 0);
    if (m.start >= a && m.end <= a + x[0].length) return true;
  }
  return false;
}

export function dropQuotedNicknames(text: string, mentions: Mention[]): void {
  if (!text.includes('"') && !text.includes('“')) return;
  let n = 0;
  for (const m of mentions) if (!(m.role === 'place' && inNickname(text, m))) mentions[n++] = m;
  mentions.length = n;
}
