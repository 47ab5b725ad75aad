// The shortcuts taken for speed (sixth session, docs/performance.md) must answer exactly as the plain code did.
import { describe, expect, it } from 'vitest';
import { ARTICLES, foldExact, variantFold } from '../../src/gazetteer/fold.js';
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
  '^zawtar',
  '^zawtar x',
  '^',
  '^\u00e9',
  '^\u007f',
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

describe('KeyTable.findStem', () => {
  it('finds a twin stem key as find() of the marked key does (twentieth session)', () => {
    const table = new KeyTable(KEYS);
    for (const rest of ['zawtar', 'zawtar x', '', '\u00e9', '\u007f', 'zawta', 'zawtarx', 'dmyr', 'beirut', '^zawtar'])
      expect(table.findStem(rest)).toBe(table.find(`^${rest}`));
    expect(table.findStem('zawtar')).toBeGreaterThanOrEqual(0);
  });
});

// The regular expressions the twentieth session's loops replaced (fold.ts), kept here as the reference.
const MARKS = /['’‘ʿʾ`´ʼʻ\u02BE\u02BF]/g;
const regexFoldExact = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(
      /[ßæœøđðþłıħ]/g,
      (c) => ({ ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ħ: 'h' })[c] ?? c,
    )
    .replace(MARKS, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
function regexVariantFold(word: string, keepDiphthongs: boolean): string {
  let w = word;
  w = w.replace(/ou/g, 'u').replace(/oo/g, 'u').replace(/ee/g, 'i').replace(/ei/g, 'ay').replace(/ai/g, 'ay');
  w = w.replace(/ey/g, 'ay').replace(/ie/g, 'i').replace(/dh/g, 'd').replace(/kh/g, 'k').replace(/q/g, 'k');
  w = w.replace(/(.)\1+/g, '$1');
  if (!keepDiphthongs) w = w.replace(/([aeiou])y(?=[^aeiou]|$)/g, '$1');
  if (w.length > 3) w = w.replace(/(ah|eh|a|e|h)$/, '');
  if (w.length > 3) w = w[0] + w.slice(1).replace(/[aeiou]/g, '');
  return w;
}

/** `count` strings of up to `max` units drawn from `alphabet` (a fixed sequence: the test is the same every run). */
function strings(alphabet: string, count: number, max: number): string[] {
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let s = '';
    for (let j = next(max + 1); j > 0; j--) s += alphabet[next(alphabet.length)];
    out.push(s);
  }
  return out;
}

describe('folding loops (twentieth session)', () => {
  it('fold an ASCII name as the Unicode path does', () => {
    const names = strings(" '`-._,aAzZ09!()\t\n/Al", 20000, 12);
    names.push("Ma'arrat al-Nu`man", 'U.S.', ' -al- ', "'", '--', 'Al-Bab', 'St. Marc', 'A`B', "x' y");
    for (const n of names) expect(foldExact(n)).toBe(regexFoldExact(n));
  });

  // fold-units.ts (twenty-fourth session): accented, Cyrillic and punctuated names unit by unit, off the Unicode path.
  it('fold a Latin, Cyrillic or punctuated name as the Unicode path does', () => {
    const names = strings(
      " -'’‘ʿʾ`´ʼʻ.aAzZ09éÉßÆœØđÐþŁıĦİ\u0301\u0323ŞşĀăǅȘțṢẞỳ–—“”…йЙЁΣσ漢\u00a0\u2002\u02b9ˈ",
      20000,
      10,
    );
    names.push(
      'Roşia',
      'Es Sîyâr',
      'O‘ahu',
      '‘En ‘Iron',
      'Malliß',
      'İzmir',
      'ÆRØ',
      'Đakovo',
      'Ḑumayr',
      'Київ',
      'e\u0301x',
    );
    for (let u = 0x80; u < 0x2100; u++) {
      const c = String.fromCharCode(u);
      names.push(c, `A${c}b`, `${c}${c} x`, `-${c}-`, `É${c}\u0301`);
    }
    for (const n of names) expect(foldExact(n)).toBe(regexFoldExact(n));
  });

  it('merge spelling variants as the regular expressions did', () => {
    const words = strings('aeiouyhkqd', 20000, 9);
    words.push(
      'dumayr',
      'dmeir',
      'shaykhoun',
      'naqurah',
      'ayay',
      'yay',
      'aah',
      'beh',
      'ah',
      'qqaa',
      'ooou',
      'eeei',
      'dhh',
    );
    // variant-fold.ts (twenty-fourth session) reads UTF-16 units, as the expressions did.
    words.push('şeyh', 'qūṣ', 'ouḩ', '\ud83d\ude00ee', 'éé', 'kha\u0301i');
    for (const w of words)
      for (const keep of [false, true]) expect(variantFold(w, keep)).toBe(regexVariantFold(w, keep));
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
