import { describe, expect, test } from 'vitest';
import { countFatalities } from '../../src/events/fatalities.js';
import { maskQuotes, splitClauses, splitSentences } from '../../src/events/sentences.js';
import { hasTrigger, startsEvent } from '../../src/events/taxonomy.js';

describe('splitSentences', () => {
  test('abbreviations, initials, a.m. and dates do not end sentences; quotes and lines do', () => {
    const text =
      'The Oct. 19 raid hit the U.S. base at 3 a.m. on Monday. Gen. Smith said, “We are aware.” The official left.\nHeadline without stop\nLast line.';
    const s = splitSentences(text).map((x) => x.text);
    expect(s).toEqual([
      'The Oct. 19 raid hit the U.S. base at 3 a.m. on Monday.',
      'Gen. Smith said, “We are aware.”',
      'The official left.',
      'Headline without stop',
      'Last line.',
    ]);
    for (const sp of splitSentences(text)) expect(text.slice(sp.start, sp.end)).toBe(sp.text);
  });
});

describe('splitClauses', () => {
  const clauses = (t: string) =>
    splitClauses({ start: 10, end: 10 + t.length, text: t }, startsEvent, hasTrigger).map((c) => c.text);
  test('strong boundaries and trigger-led coordination', () => {
    expect(clauses('The sides met in Naqura, where the guarantors of the truce convene')).toEqual([
      'The sides met in Naqura',
      'where the guarantors of the truce convene',
    ]);
    expect(clauses('Shelling on Harasta and clashes near Jobar')).toEqual([
      'Shelling on Harasta',
      'and clashes near Jobar',
    ]);
  });
  test('participles and shared-subject verbs stay in the clause', () => {
    expect(clauses('Warplanes struck Kafr Nabl, killing three civilians')).toHaveLength(1);
    expect(clauses('Troops seized weapons and killed two militants in Saida')).toHaveLength(1);
    expect(clauses('A raid by US forces and a local group killed a man')).toHaveLength(1);
  });
  test('offsets point into the original text', () => {
    const c = splitClauses({ start: 100, end: 140, text: 'Clashes in Jobar; shelling on Douma' });
    expect(c.map((x) => x.text)).toEqual(['Clashes in Jobar', 'shelling on Douma']);
    expect(c.map((x) => x.start)).toEqual([100, 118]);
  });
});

describe('maskQuotes', () => {
  test('blanks quoted speech, keeps apostrophes and length', () => {
    const t = 'He said “the complete Israeli withdrawal” and Lebanon’s army ‘mistakes,’ ended.';
    const m = maskQuotes(t);
    expect(m.length).toBe(t.length);
    expect(m).not.toContain('withdrawal');
    expect(m).not.toContain('mistakes');
    expect(m).toContain('Lebanon’s army');
  });
});

describe('countFatalities (ACLED conventions)', () => {
  test.each([
    ['killed three', 3],
    ['killing at least 12 people', 12],
    ['30 killed in Aleppo', 30],
    ['five soldiers died', 5],
    ['the death toll rose to 14', 14],
    ['left five fighters dead', 5],
    ['a man was killed', 1],
    ['instead killed a man who had been working undercover', 1],
    ['raid kills shopkeeper', 1],
    ['killed twenty-one soldiers', 21],
    ['tens of people were killed', 10],
    ['dozens were killed', 12],
    ['scores of people were killed', 20],
    ['hundreds killed', 100],
    ['bombs kill several people', 3],
    ['killed 1,200 people', 1200],
  ])('%s → %i', (text, n) => expect(countFatalities(text)).toBe(n));

  test.each([
    '8 casualties at least in the town',
    'nearly 23 martyrs and wounded after the air raids',
    'more than 45 killed and wounded near the market',
    'destroyed 15 IS weapons caches',
    'broke down the door and shot him',
    'two soldiers were wounded',
    'killed 3 years ago? no: the war killed',
  ])('%s → 0', (text) => expect(countFatalities(text)).toBe(0));
});
