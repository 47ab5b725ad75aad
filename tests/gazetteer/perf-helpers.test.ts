// The shortcuts taken for speed (sixth session, docs/performance.md) must answer exactly as the plain code did.
import { describe, expect, it } from 'vitest';
import { ARTICLES } from '../../src/gazetteer/fold.js';
import { KeyTable, keyStarts } from '../../src/gazetteer/key-table.js';
import { tokenize } from '../../src/toponyms/tokenize.js';

// Sorted as the index sorts its keys (UTF-16 order), with empty buckets between, non-ASCII first letters, "~" loose
// keys and a DEL character at the clamp of the bucket table.
const KEYS = [
  '',
  'a',
  'ab',
  'ad dumayr',
  'al khiam',
  'al',
  'als x',
  'an naqurah',
  'ash sham',
  'b',
  'beirut',
  'el khiam',
  'ezz',
  'ul haq',
  'zz top',
  '~dmyr',
  '~\u007f',
  '\u007fa',
  'é',
  'ééé',
  'şam',
  '\uffff',
].sort();

describe('KeyTable', () => {
  const table = new KeyTable(KEYS);
  const stored = KEYS.join('\n');
  // As a decoded index gives them: one string and where each key starts.
  const inPlace = new KeyTable({ text: stored, starts: keyStarts(stored) });

  it('finds every key where it is and nothing else, from an array or from the stored text', () => {
    for (const t of [table, inPlace]) {
      expect(t.size).toBe(KEYS.length);
      KEYS.forEach((k, i) => {
        expect(t.find(k)).toBe(i);
        expect(t.keyAt(i)).toBe(k);
      });
      for (const k of ['aa', 'ad', 'beiru', 'beiruts', 'c', 'zz', '~', 'ê', 'şa', '\u007f', 'al khia']) {
        expect(t.find(k)).toBe(-1);
      }
      expect(t.keyAt(KEYS.length)).toBeUndefined();
    }
  });

  it('answers prefix questions as a scan of the keys does', () => {
    for (const p of ['a', 'al ', 'al k', 'b', 'bei', 'beirut ', '~', '~d', 'é', 'ş', 'x', 'zz ', '\uffff', '']) {
      for (const t of [table, inPlace]) expect(t.hasPrefix(p)).toBe(KEYS.some((k) => k.startsWith(p)));
    }
  });

  it('splits stored keys where the index does', () => {
    expect([...keyStarts('a\nbc\n\nd')]).toEqual([0, 2, 5, 6, 8]);
    expect([...keyStarts('')]).toEqual([0, 1]);
  });

  it('knows the names written after an Arabic article, as a scan of every key does', () => {
    const expected = new Set<string>();
    for (const k of KEYS) {
      const sp = k.indexOf(' ');
      if (sp > 0 && sp <= 3 && ARTICLES.has(k.slice(0, sp))) expected.add(k.slice(sp + 1));
    }
    expect([...expected].sort()).toEqual(['dumayr', 'haq', 'khiam', 'naqurah', 'sham']);
    for (const rest of [...expected, 'x', 'top', 'al', 'beirut', ''])
      expect(table.hasArticleForm(rest)).toBe(expected.has(rest));
  });
});

describe('tokenize: gaps and case read as char codes', () => {
  const facts = (text: string) =>
    tokenize(text).map((t) => [t.text, t.cap, t.allCaps, t.sentenceStart, t.hyphenJoined, t.contiguous].join(' '));

  it('tells apart the gaps that continue a name', () => {
    expect(facts("Busra al_Sham, the Kurdistan Workers' Party.\tNew\u00a0York; Al-Sharaa's man")).toEqual([
      'Busra true false true false false',
      'al false false false false true',
      'Sham true false false true true',
      'the false false false false false',
      'Kurdistan true false false false true',
      'Workers true false false false true',
      // the apostrophe opens the gap, as a quotation mark would
      'Party true false true false true',
      'New true false true false false',
      'York true false false false true',
      'Al true false true false false',
      'Sharaa true false false true true',
      'man false false false false true',
    ]);
  });

  it('marks acronyms, not capitalised words, as all capitals (an abbreviation has no two letters in a row)', () => {
    expect(facts('ISIS and the U.S. in Syria, X')).toEqual([
      'ISIS true true true false false',
      'and false false false false true',
      'the false false false false true',
      'U.S. true false false false true',
      'in false false false false true',
      'Syria true false false false true',
      'X true false false false false',
    ]);
  });
});
