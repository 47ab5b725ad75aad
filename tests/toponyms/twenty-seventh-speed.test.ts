// Recognition steps of the twenty-seventh session (docs/performance.md) that must answer as what they replaced:
// agedName's regexes run only where their ends can match; dropArmedGroupNames leaves a text at once unless the words
// after some name call it a group's (it searched the whole text for nine group words before).
import { describe, expect, it } from 'vitest';
import { dropArmedGroupNames } from '../../src/toponyms/group-names.js';
import type { NameIndex } from '../../src/toponyms/people.js';
import { agedName } from '../../src/toponyms/person-cues.js';
import type { Token } from '../../src/toponyms/tokenize.js';
import type { Candidate, Mention } from '../../src/types.js';

const AGE_BEFORE = /\b(?:\d{1,3}|[a-z]+)[-\s]years?[-\s]old\s+$/i;
const AGE_AFTER = /^,\s?\d{1,3},/;
/** agedName as it was: both regexes on every run. */
const reference = (text: string, at: number, end: number) =>
  AGE_BEFORE.test(text.slice(Math.max(0, at - 24), at)) || AGE_AFTER.test(text.slice(end, end + 7));

describe('agedName', () => {
  const BEFORE = [
    'a nine-year-old ',
    'the 34-year-old\t',
    'a 7 years old\u00a0\u00a0',
    'A TWELVE-YEAR-OLD ',
    'Ten-Year-Old\n',
    'a very, very, very long-winded twelve-year-old ',
    'a bold ',
    'an old ',
    'years old',
    'the 34-year-old',
    'a 34-year-olds ',
    'old ',
    ' ',
    '',
    'the 12-year-oLd \u2003',
  ];
  const AFTER = [', 34, said', ',34, was', ', 1234, x', ' 34, said', ',  34,', ', 7,', '', ','];
  it('answers as both regexes on every run did, for names before and after an age', () => {
    let yes = 0;
    for (const b of BEFORE)
      for (const a of AFTER) {
        const text = `${b}Georgia Stevens${a}`;
        // The name's two words where they stand, even when no tokenizer would split them there ("oldGeorgia").
        const at = b.length;
        const end = at + 'Georgia Stevens'.length;
        const tokens = [
          { start: at, end: at + 7 },
          { start: at + 8, end },
        ] as Token[];
        const want = reference(text, at, end);
        expect(agedName(text, tokens, { from: 0, to: 1 }), JSON.stringify(text)).toBe(want);
        if (want) yes++;
      }
    // The cases above hold both answers, from each side.
    expect(yes).toBeGreaterThan(40);
    expect(yes).toBeLessThan(BEFORE.length * AFTER.length);
  });
});

/** A gazetteer whose every name is a minor town (dropArmedGroupNames reads only the best candidate). */
const TOWNS: NameIndex = {
  hasExact: () => true,
  hasAny: () => true,
  lookup: () => [{ featureClass: 'P', featureCode: 'PPL', population: 900 } as Candidate],
};

/** A place mention at every use of each name. */
function mentionsOf(text: string, names: string[]): Mention[] {
  const out: Mention[] = [];
  for (const name of names)
    for (let start = text.indexOf(name); start >= 0; start = text.indexOf(name, start + 1))
      out.push({ start, end: start + name.length, text: name, role: 'place' });
  return out.sort((a, b) => a.start - b.start);
}

describe('dropArmedGroupNames', () => {
  it('drops a name used only for a group, whichever test of what follows says so', () => {
    for (const text of [
      'Fano fighters entered the town and Fano militiamen stayed.',
      'They clashed with Zaire, a rival militia, at dawn.',
      'The Choneros gang and the Lobos gangs fought.',
    ]) {
      const name = text.match(/Fano|Zaire|Choneros/)?.[0] ?? '';
      const mentions = mentionsOf(text, [name]);
      dropArmedGroupNames(text, TOWNS, mentions);
      expect(mentions, text).toEqual([]);
    }
  });

  it('keeps every name when the group words follow no name, or a name also stands where something happens', () => {
    for (const [text, names] of [
      ['Rebel fighters and militias attacked Kaya; gunmen fled to Djibo.', ['Kaya', 'Djibo']],
      ['Fano fighters came; later the army retook the roads in Fano.', ['Fano']],
      ['Residents of Kaya said, in Kaya, that a militia had left.', ['Kaya']],
    ] as const) {
      const mentions = mentionsOf(text, [...names]);
      const before = mentions.map((m) => ({ ...m }));
      dropArmedGroupNames(text, TOWNS, mentions);
      expect(mentions, text).toEqual(before);
    }
  });

  it('reads what follows an organisation\'s name too: "Fano" inside one, then "Fano fighters" drops the place', () => {
    const text = 'The Fano Council met. Fano fighters then left.';
    const council = { start: 4, end: 8, text: 'Fano', role: 'in_organisation' as const };
    const start = text.indexOf('Fano fighters');
    const mentions: Mention[] = [council, { start, end: start + 4, text: 'Fano', role: 'place' }];
    dropArmedGroupNames(text, TOWNS, mentions);
    expect(mentions).toEqual([council]);
  });
});
