import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays, precisionOf, weekday } from '../../src/dates/calendar.js';
import { resolveDate } from '../../src/dates/resolve-date.js';
import { preChronoCandidates } from '../../src/dates/vague-dates.js';

// 2025-12-03 is a Wednesday; 2016-02-29 a Monday in a leap year; 2025-01-02 a Thursday early in the year.
const W = '2025-12-03';
type Row = [text: string, published: string, start: string, end: string, precision: 1 | 2 | 3];

const CASES: Row[] = [
  ['held talks on Wednesday', W, '2025-12-03', '2025-12-03', 1],
  ['KAN reported Tuesday that', W, '2025-12-02', '2025-12-02', 1],
  ['said Sunday that troops', W, '2025-11-30', '2025-11-30', 1],
  ['on Friday', W, '2025-11-28', '2025-11-28', 1],
  ['last Friday', W, '2025-11-28', '2025-11-28', 1],
  ['a day earlier', W, '2025-12-02', '2025-12-02', 1],
  ['yesterday', W, '2025-12-02', '2025-12-02', 1],
  ['two days ago', W, '2025-12-01', '2025-12-01', 1],
  ['the Oct. 19 raid', W, '2025-10-19', '2025-10-19', 1],
  ['Oct. 19', W, '2025-10-19', '2025-10-19', 1],
  ['on December 5', W, '2024-12-05', '2024-12-05', 1],
  ['the October 7, 2023 attacks', W, '2023-10-07', '2023-10-07', 1],
  ['on 15/03/2016', '2016-03-16', '2016-03-15', '2016-03-15', 1],
  ['in February', W, '2025-02-01', '2025-02-28', 3],
  ['in February', '2016-03-01', '2016-02-01', '2016-02-29', 3],
  ['The killing in October', W, '2025-10-01', '2025-10-31', 3],
  ['in December', W, '2025-12-01', '2025-12-03', 3],
  ['the November 2024 ceasefire', W, '2024-11-01', '2024-11-30', 3],
  ['last month', W, '2025-11-01', '2025-11-30', 3],
  ['last month', '2025-01-02', '2024-12-01', '2024-12-31', 3],
  ['earlier this month', W, '2025-12-01', '2025-12-03', 3],
  ['last year', W, '2024-01-01', '2024-12-31', 3],
  ['were abducted in March last year', W, '2024-03-01', '2024-03-31', 3],
  ['in early June of last year', W, '2024-06-01', '2024-06-10', 3],
  ['in late Sept. last year', W, '2024-09-21', '2024-09-30', 3],
  ['in June this year', W, '2025-06-01', '2025-06-30', 3],
  ['earlier this year', W, '2025-01-01', '2025-12-03', 3],
  ['in recent weeks', W, '2025-11-06', '2025-12-03', 3],
  ['over the past two weeks', W, '2025-11-20', '2025-12-03', 3],
  ['in recent days', W, '2025-11-27', '2025-12-03', 2],
  ['this week', W, '2025-12-01', '2025-12-03', 2],
  ['last week', W, '2025-11-24', '2025-11-30', 2],
  ['over the weekend', W, '2025-11-29', '2025-11-30', 2],
  ['two weeks ago', W, '2025-11-16', '2025-11-22', 2],
  ['Weeks after the Oct. 19 raid, he visited', W, '2025-10-26', '2025-11-29', 3],
  ['weeks after the raid', W, '2025-10-23', '2025-12-03', 3],
  ['in late 2019', W, '2019-09-01', '2019-12-31', 3],
  ['in early 2024', W, '2024-01-01', '2024-04-30', 3],
  ['in mid-October', W, '2025-10-11', '2025-10-20', 3],
  ['At its peak in 2015, IS controlled', W, '2015-01-01', '2015-12-31', 3],
  ['a 2023 case in which', W, '2023-01-01', '2023-12-31', 3],
  ['since 2020', W, '2020-01-01', '2025-12-03', 3],
  ['struck the market this morning', W, '2025-12-03', '2025-12-03', 1],
  ['fighting this evening', W, '2025-12-03', '2025-12-03', 1],
  ['killed since the dawn of yesterday', W, '2025-12-02', '2025-12-03', 2],
  ['clashes since Monday', W, '2025-12-01', '2025-12-03', 2],
  ['the shelling went on till after midnight last night', W, '2025-12-02', '2025-12-03', 2],
];

describe('resolveDate', () => {
  test.each(CASES)('%s (published %s)', (text, published, start, end, precision) => {
    const r = resolveDate(text, published);
    expect(r).not.toBeNull();
    expect([r!.date_start, r!.date_end, r!.time_precision]).toEqual([start, end, precision]);
    expect(r!.phrase && text.includes(r!.phrase)).toBeTruthy();
  });

  test.each([
    'no date phrase here',
    'At around 3 a.m., residents woke',
    'Until now, the sides insisted',
    'by the end of the year',
    'Updated 2 sec ago',
    'protesters march on the square',
    'the number of attacks had fallen to 375, compared to 1,038',
    'about 2,500 members',
  ])('no date in %j', (text) => {
    expect(resolveDate(text, W)).toBeNull();
  });

  test('"a day earlier" is chained to an anchor when one is given', () => {
    expect(resolveDate('a day earlier', W, { anchor: '2025-11-20' })?.date_start).toBe('2025-11-19');
    expect(resolveDate('the next day', W, { anchor: '2025-11-20' })?.date_start).toBe('2025-11-21');
    // Deictic words stay on the publication date.
    expect(resolveDate('yesterday', W, { anchor: '2025-11-20' })?.date_start).toBe('2025-12-02');
  });

  test('a duration counted in ordinal days is no offset: "for a fifth day after …"', () => {
    const text = 'the road stayed closed for a fifth day after gunmen fired on a convoy last Thursday';
    expect(preChronoCandidates(text, { published: W, anchor: '2025-11-20' }).map((c) => c.phrase)).toEqual([]);
    expect(resolveDate('two days after the raid', W, { anchor: '2025-11-20' })?.date_start).toBe('2025-11-22');
  });

  test('the most precise phrase wins; among equals the one nearest the trigger', () => {
    expect(resolveDate('In October, troops raided the town on Oct. 19', W)?.date_start).toBe('2025-10-19');
    expect(resolveDate('on Monday jets struck; on Tuesday shelling', W, { near: 28 })?.date_start).toBe('2025-12-02');
  });

  test('an invalid published date gives null, never the system clock', () => {
    expect(resolveDate('on Wednesday', 'yesterday')).toBeNull();
    expect(resolveDate('on Wednesday', '2025-02-30')).toBeNull();
  });

  test('weekday names resolve to the last such day on or before publication (property)', () => {
    const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), fc.integer({ min: 0, max: 6 }), (offset, wd) => {
        const published = addDays('2016-01-01', offset);
        const r = resolveDate(`on ${days[wd]}`, published);
        expect(r).not.toBeNull();
        expect(weekday(r!.date_start)).toBe(wd);
        expect(r!.date_start <= published).toBe(true);
        expect(r!.date_start > addDays(published, -7)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test('results never end after publication (property)', () => {
    const phrases = [
      'in February',
      'in December',
      'last week',
      'this month',
      'in recent weeks',
      'on Saturday',
      'Nov. 30',
      'this year',
    ];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), fc.constantFrom(...phrases), (offset, phrase) => {
        const published = addDays('2016-01-01', offset);
        const r = resolveDate(phrase, published);
        expect(r).not.toBeNull();
        expect(r!.date_start <= r!.date_end).toBe(true);
        expect(r!.date_end <= published).toBe(true);
        expect(r!.time_precision).toBeGreaterThanOrEqual(precisionOf(r!.date_start, r!.date_end) === 1 ? 1 : 2);
      }),
      { numRuns: 300 },
    );
  });
});

describe('times of day without a day (issue #5)', () => {
  test('"overnight" / "at dawn" alone are the report day; a named day wins', () => {
    expect(resolveDate('Jets struck the town overnight', '2025-03-06')).toMatchObject({
      date_start: '2025-03-06',
      date_end: '2025-03-06',
      time_precision: 1,
    });
    expect(resolveDate('at dawn', '2025-03-06')?.date_start).toBe('2025-03-06');
    expect(resolveDate('struck overnight, officials said on Tuesday', '2025-03-06')?.date_start).toBe('2025-03-04');
    expect(resolveDate('overnight strikes last week', '2025-03-06')?.time_precision).toBe(2);
  });
});
