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
/** "nine-year-old Georgia Stevens", "Jordan Reyes, 34,": an age marks a person's full name. */
export function agedName(text: string, tokens: Token[], run: Run): boolean {
  const at = tokens[run.from].start;
  const end = tokens[run.to].end;
  return AGE_BEFORE.test(text.slice(Math.max(0, at - 24), at)) || AGE_AFTER.test(text.slice(end, end + 7));
}
