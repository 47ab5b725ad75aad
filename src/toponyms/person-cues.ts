/** Words around a capitalised run that mark it as a person's name: a kinship word before it, an age beside it. */
import type { Run } from './people.js';
import type { Token } from './tokenize.js';

/** "his son Omar Haddad": a kinship word before a full name. */
export const KINSHIP = new Set([
  'mother',
  'father',
  'wife',
  'husband',
  'son',
  'daughter',
  'brother',
  'sister',
  'cousin',
  'uncle',
  'aunt',
  'nephew',
  'niece',
  'friend',
  'neighbour',
  'neighbor',
]);

const AGE_BEFORE = /\b(?:\d{1,3}|[a-z]+)[-\s]years?[-\s]old\s+$/i;
const AGE_AFTER = /^,\s?\d{1,3},/;
/** "nine-year-old Georgia Stevens", "Jordan Reyes, 34,": an age marks a person's full name. The regexes run only where
 * their ends can match ("old" and white space before the run, a comma after it): this is asked of every run. */
export function agedName(text: string, tokens: Token[], run: Run): boolean {
  const at = tokens[run.from].start;
  const end = tokens[run.to].end;
  const from = Math.max(0, at - 24);
  return (
    (oldBefore(text, from, at) && AGE_BEFORE.test(text.slice(from, at))) ||
    (text.charCodeAt(end) === 44 && AGE_AFTER.test(text.slice(end, end + 7)))
  );
}

const SPACE = /\s/;
/** text[from, at) ends with "old" (any case, as AGE_BEFORE's /i reads it) and one or more white-space characters. */
function oldBefore(text: string, from: number, at: number): boolean {
  let q = at;
  while (q > from && SPACE.test(text[q - 1])) q--;
  if (q === at || q - 3 < from) return false;
  return (
    (text.charCodeAt(q - 1) | 32) === 100 &&
    (text.charCodeAt(q - 2) | 32) === 108 &&
    (text.charCodeAt(q - 3) | 32) === 111
  );
}
