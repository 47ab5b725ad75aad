/** Plain-text articles copied from news pages other than the seed's: their header lines under the title. */
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../src/ingest/parse-input.js';
import { dateOnlyLine } from '../../src/ingest/plain-article.js';

const one = (lines: string[], published?: string) => parseInput(lines.join('\n'), 'a.txt', { published })[0];
const LEAD = 'Militants shelled a market in the town of Homs on Tuesday, killing six people, a monitor said.';
const NEXT = 'The army said it had returned fire on positions east of the town.';

describe('the header of a plain-text article', () => {
  it('reads a date line with a time and an "Updated … ago" after it', () => {
    const a = one([
      'Shelling kills six in Homs',
      'By Reuters',
      'October 21, 2025 3:41 PM GMT+1Updated 2 hours ago',
      '',
      LEAD,
    ]);
    expect([a.published, a.published_basis]).toEqual(['2025-10-21', 'dateline']);
    expect(a.text).toBe(LEAD);
  });

  it('marks a standfirst above the byline as a highlight and drops the byline, date and button lines', () => {
    const standfirst = 'A monitor says most of the dead were shoppers.';
    const a = one([
      'Shelling kills six in Homs',
      standfirst,
      '',
      'By Staff Writer',
      'Published On 14 Oct 2025',
      '14 Oct 2025',
      'Click here to share on social media',
      'share2',
      'Save',
      '',
      LEAD,
      'Advertisement',
      NEXT,
    ]);
    expect(a.published).toBe('2025-10-14');
    expect(a.text).toBe(`${standfirst}\n\n\n${LEAD}\n${NEXT}`);
    expect(a.front).toEqual([{ start: 0, end: standfirst.length, kind: 'highlight' }]);
  });

  it('reads "Updated <time>, <date>" under a byline, with no standfirst', () => {
    const a = one([
      'Shelling kills six in Homs',
      'By JANE ROE',
      'Updated 4:12 PM GMT+1, October 21, 2025',
      'Share',
      '',
      LEAD,
    ]);
    expect(a.published).toBe('2025-10-21');
    expect(a.text).toBe(LEAD);
    expect(a.front).toBeUndefined();
  });

  it('keeps story lines that only start like header lines', () => {
    const story = [
      'By the time troops arrived in Homs on Tuesday, the gunmen had fled, a monitor said.',
      'Updated figures from the health ministry show 40 people were killed in the province this month.',
    ];
    const a = one(['Gunmen flee Homs', ...story], '2025-10-21');
    expect(a.text).toBe(story.join('\n'));
    expect(a.published_basis).toBe('user');
  });

  it('takes a line as a date line only when nothing but the date, a time and date words are on it', () => {
    expect(dateOnlyLine('Tuesday, 4 March 2025')).toBe('2025-03-04');
    expect(dateOnlyLine('Last updated: 4 March 2025 10:15 GMT')).toBe('2025-03-04');
    expect(dateOnlyLine('Published: 2025-03-04T10:15:00')).toBe('2025-03-04');
    expect(dateOnlyLine('The talks of March 4, 2025 failed.')).toBeNull();
    expect(dateOnlyLine('2 days ago')).toBeNull();
  });
});

describe('story text pasted without its headline', () => {
  it('keeps a first line that opens with a wire dateline in the body, untitled', () => {
    const lede = `BEIRUT: ${LEAD}`;
    const a = one([lede, NEXT], '2025-10-21');
    expect(a.title).toBe('');
    expect(a.text).toBe(`${lede}\n${NEXT}`);
    expect(a.id).toBe('2025-10-21-beirut-militants-shelled-a-market-in-the-town-of-homs-on-tue');
  });

  it('keeps a first line of two sentences in the body', () => {
    const a = one([`${LEAD} ${NEXT}`, 'Residents fled.'], '2025-10-21');
    expect(a.title).toBe('');
    expect(a.text.startsWith(LEAD)).toBe(true);
  });

  it('gives two untitled articles of one day their own ids', () => {
    const a = one([`BEIRUT: ${LEAD}`, NEXT], '2025-10-21');
    const b = one([`DAMASCUS: ${NEXT}`, LEAD], '2025-10-21');
    expect(a.id).not.toBe(b.id);
  });

  it('still reads a headline line as the title', () => {
    const a = one(['Shelling kills six in Homs', LEAD], '2025-10-21');
    expect([a.title, a.text]).toEqual(['Shelling kills six in Homs', LEAD]);
  });
});

describe('a photo caption above a plain article', () => {
  it('a line closed by a photo credit is marked a caption (an archive photo then tells no event)', () => {
    const a = one([
      'Drones strike targets in the north',
      '',
      'Smoke rises after a strike near the town of Homs. (AFP/File)',
      'Short Url',
      'Updated 12 March 2025',
      '',
      LEAD,
    ]);
    expect(a.front?.[0]).toMatchObject({ start: 0, kind: 'caption' });
  });

  it('a standfirst without a credit stays a highlight', () => {
    const a = one([
      'Drones strike targets in the north',
      '',
      'Two killed as drones hit a market',
      'Updated 12 March 2025',
      '',
      LEAD,
    ]);
    expect(a.front?.[0]?.kind).toBe('highlight');
  });
});

describe('a wire dateline without a year ("WASHINGTON, Oct 14 (Reuters) -")', () => {
  const story = (dateline: string) => [
    'US strike on a boat kills six',
    '',
    `${dateline} The military struck a vessel.`,
  ];

  it('takes its year from the date the user gave: the dateline is the report date', () => {
    const a = one(story('WASHINGTON, Oct 14 (Reuters) -'), '2025-11-18');
    expect([a.published, a.published_basis]).toEqual(['2025-10-14', 'dateline']);
    expect(one(story('KYIV, Ukraine, Nov. 3 (AP) —'), '2025-11-18').published).toBe('2025-11-03');
    expect(one(story('BEIRUT, 14 October (AFP) -'), '2025-11-18').published).toBe('2025-10-14');
  });

  it('in the year nearest the given date, across New Year', () => {
    expect(one(story('GAZA CITY, Dec 30 (Reuters) -'), '2026-01-02').published).toBe('2025-12-30');
    expect(one(story('GAZA CITY, Jan 2 (Reuters) -'), '2025-12-30').published).toBe('2026-01-02');
  });

  it('without a given date it gives none (a year cannot be guessed)', () => {
    expect(one(story('WASHINGTON, Oct 14 (Reuters) -')).published).toBe('');
  });

  it('a story line without a date is no dateline', () => {
    const a = one(['Title', '', 'WASHINGTON (Reuters) - The military struck a vessel.'], '2025-11-18');
    expect([a.published, a.published_basis]).toEqual(['2025-11-18', 'user']);
  });
});
