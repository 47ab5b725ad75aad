import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/ingest/article.js';
import { decodeText } from '../../src/ingest/decode.js';
import { parseInput } from '../../src/ingest/parse-input.js';
import { readArticles } from '../../src/ingest/read-files.js';

const capture = readFileSync('tests/fixtures/ingest/seed-capture.txt', 'utf8');

describe('ingest', () => {
  it('splits the raw seed capture into the same two articles as data/articles', () => {
    const raw = parseInput(capture, 'seed.txt', { publisher: 'Arab News' });
    const stored = readArticles(['data/articles']);
    expect(raw).toHaveLength(2);
    expect(raw.map((a) => [a.id, a.title, a.published, a.published_basis, a.text, a.front])).toEqual(
      stored.map((a) => [a.id, a.title, a.published, a.published_basis, a.text, a.front]),
    );
  });

  it("marks a capture's photo caption and its opening highlight bullets, not bullets inside the body", () => {
    const raw = [
      'Shelling hits Homs',
      '',
      'Smoke over Homs after shelling. (AFP)',
      'Short Url',
      'Updated 03 March 2025',
      'Follow',
      '',
      'Shelling hits Homs',
      '',
      '  • Three killed, monitor says',
      '',
      'HOMS: Shelling hit Homs on Sunday.',
      '  • a list item of the body',
    ].join('\n');
    const [a] = parseInput(raw, 'c.txt');
    const spans = (a.front ?? []).map((f) => [f.kind, a.text.slice(f.start, f.end)]);
    expect(spans).toEqual([
      ['caption', 'Smoke over Homs after shelling. (AFP)'],
      ['highlight', '  • Three killed, monitor says'],
    ]);
    expect(a.text.startsWith('Smoke over Homs after shelling. (AFP)\n\n  • Three killed')).toBe(true);
  });

  it('keeps the well-formed front spans of a JSON article and drops the rest', () => {
    const json = JSON.stringify({
      text: 'Smoke over Homs. Shelling hit Homs on Sunday.',
      published: '2025-03-03',
      front: [{ start: 0, end: 16, kind: 'caption' }, { start: 5, end: 999, kind: 'caption' }, { kind: 'x' }],
    });
    expect(parseInput(json, 'a.json')[0].front).toEqual([{ start: 0, end: 16, kind: 'caption' }]);
  });

  it('reads the dateline and drops the boilerplate lines', () => {
    const [first, second] = parseInput(capture, 'seed.txt');
    expect(first.published).toBe('2025-12-03');
    expect(first.published_basis).toBe('dateline');
    expect(first.text).not.toMatch(/^Short Url$|^Follow$|^Updated/m);
    expect(first.text).toContain('village of Sarada');
    // "Updated 2 sec ago" gives no date: the capture's date is used and recorded as such.
    expect(second.published).toBe('2025-12-03');
    expect(second.published_basis).toBe('capture');
    expect(second.text.startsWith('  • Neither US')).toBe(true);
  });

  it('reads the date of a plain article from a wire dateline or a date line near the top, not from the story', () => {
    const one = (text: string, published?: string) => parseInput(text, 'a.txt', { published })[0];
    const wire = one('Strikes hit the south\n\nBEIRUT, March 4, 2025 (Reuters) - Air strikes killed five people.');
    expect([wire.published, wire.published_basis]).toEqual(['2025-03-04', 'dateline']);
    expect(one('Title\n\nKHARTOUM, 10 June 2024 — Shelling killed 12.').published).toBe('2024-06-10');
    expect(one('Title\n\nGAZA CITY, Gaza Strip, Jan. 3, 2024: Residents fled.').published).toBe('2024-01-03');
    expect(one('Title\nTuesday, 4 March 2025\n\nAir strikes killed five people.').published).toBe('2025-03-04');
    expect(one('Title\nPublished: 2025-03-04 10:15\n\nText.').published).toBe('2025-03-04');
    // A date inside the story is about the story; without a dateline the user's date applies.
    const story = one('Title\n\nThe talks of March 4, 2025 failed. Shelling resumed.', '2025-04-01');
    expect([story.published, story.published_basis]).toEqual(['2025-04-01', 'user']);
    expect(one('Title\n\nThe talks of March 4, 2025 failed.').published).toBe('');
  });

  it('reads JSON articles, arrays and JSON lines', () => {
    const one = parseInput(JSON.stringify({ title: 'T', text: 'Clashes in Homs.', published: '2016-01-02' }), 'a.json');
    expect(one[0]).toMatchObject({ title: 'T', published: '2016-01-02', published_basis: 'metadata' });
    const lines = parseInput('{"text":"a in Homs"}\n{"text":"b in Hama"}\n', 'b.jsonl');
    expect(lines).toHaveLength(2);
  });

  it('reads an HTML page as text, never as markup', () => {
    const html =
      '<html><head><title>Strike &amp; talks</title><meta property="article:published_time" content="2025-12-03T10:00:00Z"></head><body><script>alert(1)</script><p>Clashes in <b>Homs</b>.</p><p>More &lt;news&gt;.</p></body></html>';
    const [a] = parseInput(html, 'p.html');
    expect(a.title).toBe('Strike & talks');
    expect(a.published).toBe('2025-12-03');
    expect(a.text).toBe('Clashes in Homs.\nMore <news>.');
  });

  it('dates an HTML page by its JSON-LD datePublished when no meta tag does, skipping broken JSON-LD', () => {
    const html =
      '<html><head><script type="application/ld+json">{broken</script>' +
      '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},' +
      '{"@type":"NewsArticle","datePublished":"2025-12-03T08:15:00+02:00"}]}</script></head>' +
      '<body><article><p>Shelling near Homs.</p></article></body></html>';
    expect(parseInput(html, 'ld.html')[0].published).toBe('2025-12-03');
  });

  it('names the publisher from JSON-LD, or from the site name after the title in <title>', () => {
    const ld =
      '<html><head><script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"A. Writer"},' +
      '"publisher":{"@type":"Organization","name":"The Daily Wire Desk"}}</script></head>' +
      '<body><article><p>Shelling near Homs.</p></article></body></html>';
    expect(parseInput(ld, 'ld.html')[0].publisher).toBe('The Daily Wire Desk');
    const titled =
      '<html><head><title>Shelling near Homs | Levant Post</title><meta property="og:title" content="Shelling near Homs">' +
      '</head><body><article><p>Shelling near Homs.</p></article></body></html>';
    expect(parseInput(titled, 't.html')[0].publisher).toBe('Levant Post');
    const plain = '<html><head><title>Shelling near Homs</title></head><body><p>Shelling near Homs.</p></body></html>';
    expect(parseInput(plain, 'p.html')[0].publisher).toBe('');
  });

  it("dates an HTML page by the article's first <time datetime> as the last resort", () => {
    const html =
      '<html><body><time datetime="2024-01-01">site footer</time><article><h1>Raid</h1>' +
      '<time datetime="2025-10-20T09:00:00Z">20 Oct</time><p>A raid in Dumayr.</p></article></body></html>';
    expect(parseInput(html, 't.html')[0].published).toBe('2025-10-20');
    expect(parseInput('<html><body><p>Clashes in Homs.</p></body></html>', 'n.html')[0].published).toBe('');
  });

  it('reads RSS items', () => {
    const rss =
      '<?xml version="1.0"?><rss><channel><title>Feed</title><item><title>A</title><link>https://example.org/a</link><pubDate>Wed, 03 Dec 2025 10:00:00 GMT</pubDate><description>Shelling near Aleppo.</description></item><item><title>B</title><link>javascript:alert(1)</link><description>Talks in Naqoura.</description></item></channel></rss>';
    const items = parseInput(rss, 'f.rss');
    expect(items.map((a) => a.title)).toEqual(['A', 'B']);
    expect(items[0]).toMatchObject({ url: 'https://example.org/a', published: '2025-12-03', publisher: 'Feed' });
    expect(items[1].url).toBeUndefined();
  });

  it.each([
    ['malformed JSON', () => parseInput('{"text": ', 'x.json'), /malformed JSON/],
    ['JSON without text', () => parseInput('{"title":"x"}', 'x.json'), /no "text"/],
    ['an empty file', () => parseInput('   \n', 'x.txt'), /empty|no article text/],
    ['HTML without markup', () => parseInput('just words', 'x.html'), /no HTML markup/],
    ['a feed without items', () => parseInput('<rss><channel></channel></rss>', 'x.rss'), /no <item>/],
    ['binary data', () => decodeText(new Uint8Array([0x50, 0x4b, 0, 1, 2]), 'x.txt'), /binary/],
    ['invalid UTF-8', () => decodeText(new Uint8Array([0x61, 0xff, 0xfe, 0x62]), 'x.txt'), /UTF-8/],
    [
      'a file over the size limit',
      () => decodeText(new Uint8Array(50 * 1024 * 1024), 'big.txt'),
      /over the 20 MB limit/,
    ],
    ['a missing file', () => readArticles(['no/such/file.txt']), /no such file/],
    [
      'a folder with no articles',
      () => readArticles(['src/types.ts'].map(() => 'public/fonts/Noto Sans Regular')),
      /no article files/,
    ],
  ])('rejects %s with one clear message', (_name, fn, msg) => {
    expect(fn).toThrow(InputError);
    expect(fn).toThrow(msg);
  });
});
