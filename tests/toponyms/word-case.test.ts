// wordsInBothCases (src/toponyms/word-case.ts, twenty-fifth session) must give what the two sets it replaced gave: the
// lower case of every word a text writes both capitalised and in lower case, in the order of the first lower-case use,
// and nothing carried over from one text to the next through its bit table.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/toponyms/tokenize.js';
import { wordsInBothCases } from '../../src/toponyms/word-case.js';

const reference = (text: string) => {
  const tokens = tokenize(text);
  const cap = new Set(tokens.filter((t) => t.cap).map((t) => t.lower));
  return [...new Set(tokens.filter((t) => !t.cap && cap.has(t.lower)).map((t) => t.lower))];
};

const TEXTS = [
  'Aid workers said aid was blocked near Mosul. The mosul road was shut; Aid convoys waited.',
  'Rebels fired at the Border post. Witnesses saw the border guards flee toward Gao, and gao residents hid.',
  // Same length, first and last letter as a capitalised word, yet another word: "Tent" / "tint", "Bank" / "book".
  'Tent camps in Bank villages: a tint of smoke, a book of names, and the bank was closed.',
  'UN officials met in Geneva. No lower-case words repeat here.',
  'Ölberg and ölberg, Éire and éire, Σparta and σparta, Zürich and zürich.',
  '',
];

describe('wordsInBothCases', () => {
  it('equals the two-set reference, in order', () => {
    for (const text of TEXTS) expect([...wordsInBothCases(tokenize(text))]).toEqual(reference(text));
  });

  it('takes a word only when this text capitalises it (not a word of the same signature, nor one of another text)', () => {
    expect([...wordsInBothCases(tokenize('Mosul and Aid and Border and Tent.'))]).toEqual([]);
    expect([...wordsInBothCases(tokenize('mosul aid border tent'))]).toEqual([]);
    expect([...wordsInBothCases(tokenize('Tint of the book'))]).toEqual([]);
    expect([...wordsInBothCases(tokenize('tint of the book, Book'))]).toEqual(['book']);
  });
});
