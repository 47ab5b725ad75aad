/**
 * fast-check arbitraries for hostile article text: real place names and event words mixed with random tokens,
 * full unicode (astral, lone surrogates, RTL, combining marks, NUL), markup, quotes and odd punctuation.
 */
import fc from 'fast-check';

/** One fixed seed for every property so CI runs are reproducible; FUZZ_SEED=<n> explores others locally. */
export const SEED = Number(process.env.FUZZ_SEED ?? 20_251_203);
/** Multiplies numRuns (FUZZ_SCALE=10 for a longer local run); 1 in CI. */
export const SCALE = Number(process.env.FUZZ_SCALE ?? 1);

export const PLACES = [
  'Tripoli',
  'Naqura',
  'Naqoura',
  'Dumayr',
  'Dmeir',
  'Aleppo',
  'Washington',
  'Homs',
  'Hama',
  'Idlib',
  'Beirut',
  'Damascus',
  'Rural Damascus',
  'Litani',
  'Deir ez-Zor',
  'al-Bab',
  'Al-Atareb',
  'Sinjar',
  'Baghdad',
  'Basra',
  'Lebanon',
  'Syria',
  'Israel',
  'Georgia',
  'Jordan',
  'Paris',
  'Sarada',
  'Badiyat al-Sham',
  'Port-au-Prince',
  'Tyre',
  'Gaza',
];

const EVENT_WORDS = [
  'shelling',
  'shelled',
  'airstrike',
  'air strikes',
  'clashes',
  'killed',
  'killing 3 people',
  'protesters',
  'rioters',
  'bombed',
  'struck',
  'attacked',
  'explosion',
  'demonstration',
  'fighting',
  'captured',
  'Israeli forces',
  'Hezbollah',
  'the army',
  'police',
];

const GLUE = [
  'in',
  'near',
  'on',
  'the',
  'of',
  'and',
  'the village of',
  'south of',
  'north of',
  'the outskirts of',
  'at',
  'from',
  'the town of',
  'said',
  'the Lebanese village of',
  'Syrian',
  'Lebanese',
];

const DATES = [
  'on Monday',
  'yesterday',
  'last week',
  'on 3 December 2025',
  'December 3, 2025',
  'earlier this month',
  '2024-03-05',
  'Oct. 19',
  'on Feb. 30',
  'in 1066',
  '9999-99-99',
];

/** Fragments that have broken parsers elsewhere: markup, entities, quotes, control and bidi characters. */
const WEIRD = [
  'U.S.',
  'U.N.',
  'Al-',
  "'s",
  '’s',
  '’',
  '-',
  "'",
  '"',
  '“',
  '”',
  '‘',
  '(',
  ')',
  '[',
  ']',
  '<b>',
  '</p>',
  '<p>',
  '<br/>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '&amp;',
  '&lt;',
  '&#x27;',
  '&#0;',
  '&#xD800;',
  '&#x110000;',
  '&bogus;',
  '\u0000',
  '\u202e',
  '\u200f',
  '\u200b',
  'e\u0301',
  '\u0301',
  'حلب',
  'دمشق',
  'דמשק',
  '😀',
  '𝐀𝐥𝐞𝐩𝐩𝐨',
  '\ud83d',
  '\ude00',
  '\ufeff',
  '\u00a0',
  '\u2028',
  '\t',
  '\r\n',
  '\r',
  '\x1e',
  '•',
  '—',
  '–',
  '=SUM(A1)',
  '+1',
  '@cmd',
  'Follow',
  'Short Url',
  'Updated 3 December 2025',
  'Published',
  'İstanbul',
  'ǅemal',
  'ß',
  'ﬁ',
  'Æ',
];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const letters = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz');

/** Any UTF-16 code unit, so lone surrogates and noncharacters appear (unit 'binary' never makes lone surrogates). */
export const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...PLACES) },
  { weight: 3, arbitrary: fc.constantFrom(...EVENT_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...GLUE) },
  { weight: 1, arbitrary: fc.constantFrom(...DATES) },
  { weight: 3, arbitrary: fc.constantFrom(...WEIRD) },
  { weight: 2, arbitrary: fc.string({ unit: letters, minLength: 1, maxLength: 10 }).map(cap) },
  { weight: 1, arbitrary: fc.string({ unit: letters, minLength: 1, maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  // A very long word (capitalised or not) and a long hyphen/apostrophe chain.
  {
    weight: 1,
    arbitrary: fc.tuple(fc.integer({ min: 200, max: 5000 }), fc.boolean()).map(([n, c]) => (c ? 'A' : 'a').repeat(n)),
  },
  { weight: 1, arbitrary: fc.integer({ min: 2, max: 200 }).map((n) => 'Al-'.repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 2, max: 200 }).map((n) => "O'".repeat(n)) },
);

const separator = fc.constantFrom(' ', ' ', ' ', ' ', '', '\n', '. ', ', ', '-', "'", '’', ' - ', '\n\n', '; ', ': ');

/** A sentence shaped like an event report ("Shelling near the village of Naqura on Monday."), sometimes with noise. */
const eventSentence: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...EVENT_WORDS),
    fc.constantFrom(...EVENT_WORDS, 'hit', 'erupted', 'were reported'),
    fc.constantFrom(...GLUE),
    fc.constantFrom(...PLACES),
    fc.option(fc.tuple(fc.constantFrom(', ', ' and ', ' (', ' in '), fc.constantFrom(...PLACES)), { nil: undefined }),
    fc.option(fc.constantFrom(...DATES), { nil: undefined }),
    fc.option(token, { nil: undefined }),
    fc.constantFrom('.', '. ', '!', '?', '', '\n', '."', '.”', ';'),
  )
  .map(([a, b, g, place, extra, date, noise, end]) =>
    [cap(a), b, g, place + (extra ? extra[0] + extra[1] + (extra[0] === ' (' ? ')' : '') : ''), date, noise]
      .filter(Boolean)
      .join(' ')
      .concat(end, ' '),
  );

/** Capitalised word soup: event sentences, places, event words and random tokens with odd separators. */
export const wordSoup: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 2, arbitrary: eventSentence },
      { weight: 5, arbitrary: fc.tuple(token, separator).map(([t, s]) => t + s) },
    ),
    { maxLength: 60, size: 'medium' },
  )
  .map((parts) => parts.join(''));

/** Arbitrary text: mostly word soup, sometimes raw unicode of every kind. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: wordSoup },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
);

export const hostileTitle: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...PLACES, ...WEIRD),
  fc.string({ unit: codeUnit, maxLength: 30 }),
  wordSoup.map((s) => s.slice(0, 120)),
);

const escapeXmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export interface Input {
  name: string;
  raw: string;
}

/**
 * A named input in every format parseInput reads: well-formed wrappers around hostile text (txt, json, jsonl,
 * html, rss, atom, a name with no extension) and the raw text under each extension (may be an InputError).
 */
export const input: fc.Arbitrary<Input> = fc
  .record({
    text: hostileText,
    title: hostileTitle,
    second: hostileText,
    published: fc.constantFrom('2025-12-03', '2024-02-29', '2023-02-29', 'yesterday', '', '3 December 2025'),
    kind: fc.constantFrom(
      'txt',
      'json',
      'jsonl',
      'html',
      'html-escaped',
      'rss',
      'atom',
      'capture',
      'noext',
      'raw-json',
      'raw-html',
      'raw-rss',
    ),
  })
  .map(({ text, title, second, published, kind }): Input => {
    switch (kind) {
      case 'txt':
        return { name: 'in.txt', raw: text };
      case 'json':
        return { name: 'in.json', raw: JSON.stringify({ title, text, published, url: title }) };
      case 'jsonl':
        return {
          name: 'in.jsonl',
          raw: `${JSON.stringify({ title, text, published })}\n${JSON.stringify({ title: second.slice(0, 40), text: second })}\n`,
        };
      case 'html':
        return {
          name: 'in.html',
          raw: `<html><head><title>${title}</title><meta property="og:url" content="${title}"></head><body><article><p>${text}</p><p>${second}</p></article></body></html>`,
        };
      case 'html-escaped':
        return {
          name: 'in.htm',
          raw: `<html><head><title>${escapeXmlText(title)}</title></head><body><p>${escapeXmlText(text)}</p></body></html>`,
        };
      case 'rss':
        return {
          name: 'in.rss',
          raw: `<?xml version="1.0"?><rss><channel><title>${title}</title><item><title>${title}</title><link>${title}</link><pubDate>${published}</pubDate><description>${escapeXmlText(text)}</description></item><item><description>${second}</description></item></channel></rss>`,
        };
      case 'atom':
        return {
          name: 'in.atom',
          raw: `<feed><entry><title>${title}</title><link href="https://example.org/${title}"/><updated>${published}</updated><content><![CDATA[${text}]]></content></entry></feed>`,
        };
      case 'capture':
        return {
          name: 'in.txt',
          raw: `${title}\n\nShort Url\nUpdated ${published}\nFollow\n${title}\n${text}\n\n${title}x\nFollow\n${title}x\n${second}`,
        };
      case 'noext':
        return { name: 'stdin', raw: text };
      case 'raw-json':
        return { name: 'in.json', raw: text };
      case 'raw-html':
        return { name: 'in.html', raw: text };
      case 'raw-rss':
        return { name: 'in.xml', raw: text };
    }
    throw new Error(`unknown kind ${kind}`);
  });
