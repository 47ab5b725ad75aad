// Recognition steps of the twenty-seventh session (docs/performance.md) that must answer as what they replaced:
// agedName's regexes run only where their ends can match; dropArmedGroupNames leaves a text at once unless the words
// after some name call it a group's (it searched the whole text for nine group words before); the expressions anchored
// at the end of the words before a name (markAimedTargets, dropMediaNames) and oblastNouns' run only on a window or a
// name that ends as they must.
import { describe, expect, it } from 'vitest';
import { oblastNouns } from '../../src/gazetteer/adjectival-oblast.js';
import { markAimedTargets } from '../../src/toponyms/aimed-target.js';
import { dropArmedGroupNames } from '../../src/toponyms/group-names.js';
import { lastWord } from '../../src/toponyms/last-word.js';
import { dropMediaNames } from '../../src/toponyms/media-names.js';
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

describe('lastWord', () => {
  it('reads the ASCII letters before any trailing white space, in lower case, inside the window', () => {
    const cases: [string, number, number, string][] = [
      ['rockets fired at ', 0, 17, 'at'],
      ['the news Agency\u00a0\t\n', 0, 18, 'agency'],
      ['a café at ', 0, 10, 'at'],
      ['Sanaa', 0, 5, 'sanaa'],
      ['', 0, 0, ''],
      ['  ', 0, 2, ''],
      ['fired 3at ', 0, 10, 'at'],
      ['launched towards ', 9, 17, 'towards'],
      ['launched towards ', 12, 17, 'ards'],
      ['towards Eilat', 0, 8, 'towards'],
    ];
    for (const [text, from, end, want] of cases) expect(lastWord(text, from, end), JSON.stringify(text)).toBe(want);
  });
});

/** A gazetteer with one entry for every name, in Israel, and no country. */
const ONE_PLACE: NameIndex = {
  hasExact: () => true,
  hasAny: () => true,
  lookup: () => [{ featureClass: 'P', featureCode: 'PPL', countryCode: 'IL', population: 900 } as Candidate],
};

describe('words before a name', () => {
  it('markAimedTargets: the launch phrase still gives the country, whatever the case of its last word', () => {
    for (const [text, aimed] of [
      ['Houthi forces fired a ballistic missile toward Eilat on Sunday.', true],
      ['They launched drones TOWARDS Eilat.', true],
      ['Rebels shot rockets at the port of Eilat.', true],
      ['The army fired shells at\tEilat.', false],
      ['The army fired shells near Eilat.', false],
      ['Militants sent missiles into Eilat.', false],
    ] as const) {
      const start = text.indexOf('Eilat');
      const mentions: Mention[] = [{ start, end: start + 5, text: 'Eilat', role: 'place' }];
      markAimedTargets(text, ONE_PLACE, mentions);
      expect(mentions[0].countryHint, text).toBe(aimed ? 'IL' : undefined);
    }
  });

  it('dropMediaNames: a name after "news agency" or a broadcaster is dropped, after any white space', () => {
    for (const [text, dropped] of [
      ['The state news agency SANA reported the strike.', true],
      ['the official press  agency\nSANA added', true],
      ['the Lebanese broadcaster\u00a0Mayadeen showed', true],
      ['a pro-government news outlet Mayadeen said', true],
      ['the agency of Sanaa said', false],
      ['residents of Mayadeen said', false],
    ] as const) {
      const name = text.includes('SANA') ? 'SANA' : text.includes('Sanaa') ? 'Sanaa' : 'Mayadeen';
      const start = text.indexOf(name);
      const mentions: Mention[] = [{ start, end: start + name.length, text: name, role: 'place' }];
      dropMediaNames(text, TOWNS, mentions);
      expect(mentions.length, text).toBe(dropped ? 0 : 1);
    }
  });

  it('oblastNouns: an adjectival oblast, also with the long s; nothing for other names', () => {
    expect(oblastNouns('Sumska oblast')?.stem).toBe('sum');
    expect(oblastNouns('Sumska Oblaſt')?.stem).toBe('sum');
    expect(oblastNouns('Belgorodskaya Oblast')?.stem).toBe('belgorod');
    expect(oblastNouns('Sumska oblasts')).toBeNull();
    expect(oblastNouns('Sumska')).toBeNull();
    expect(oblastNouns('Kharkiv oblast')).toBeNull();
  });
});
