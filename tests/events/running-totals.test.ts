/**
 * Twelfth session, on review of the sixteenth pass: a running total an event adds to is neither its toll nor its date;
 * "in the past 24 hours" and "in the past week" are ranges up to the report day; a nationwide daily toll is a tally;
 * a newspaper called a "daily" is no habit. Invented sentences, the real pipeline.
 */
import { describe, expect, test } from 'vitest';
import { resolveDate } from '../../src/dates/resolve-date.js';
import { blankRunningTotals } from '../../src/events/toll-blanks.js';
import type { EventProperties } from '../../src/types.js';
import { pipelineEvents } from './pipeline-helpers.js';

const line = (e: EventProperties) =>
  `${e.sub_event_type} @ ${e.location} f${e.fatalities} ${e.date_start}..${e.date_end}`;

describe('running totals (fatalities.ts blankRunningTotals)', () => {
  test('"…killed four people on Monday, bringing the death toll since October 2023 to 69,000" counts four', () => {
    const evs = pipelineEvents(
      'Israeli strikes killed four people in Khan Younis on Monday, bringing the death toll since October 2023 to more than 69,000.',
      '2025-11-12',
    );
    expect(evs.map(line)).toEqual(['Air/drone strike @ Khān Yūnis f4 2025-11-10..2025-11-10']);
  });
  test('"raising the toll from the bombing to 12" is the event\'s own toll, kept', () => {
    expect(blankRunningTotals('Two more died, raising the toll from the bombing to 12.')).toContain('to 12');
    expect(blankRunningTotals('Five died, raising the overall toll to 900.')).not.toContain('900');
  });
  test('the running total keeps its length (offsets into the article stay right)', () => {
    const s = 'Five died, bringing the total this month to 60.';
    expect(blankRunningTotals(s)).toHaveLength(s.length);
  });
  test('"bringing to 60 the number killed this month" does not date the event to the month', () => {
    const evs = pipelineEvents(
      'Gunmen killed seven people in Bunia, bringing to 60 the number of people killed this month.',
      '2025-11-12',
    );
    expect(evs.map((e) => `${e.fatalities} ${e.time_precision}`)).toEqual(['7 2']);
  });
});

describe('"in the past 24 hours", "in the past week" (vague-dates.ts)', () => {
  test('hours count back from the report day', () => {
    expect(resolveDate('killed in the past 24 hours', '2025-06-17')).toMatchObject({
      date_start: '2025-06-16',
      date_end: '2025-06-17',
    });
    expect(resolveDate('over the last 48 hours', '2025-06-17')).toMatchObject({ date_start: '2025-06-15' });
  });
  test('"in the past week" is the seven days up to the report day, not the vague "in the past"', () => {
    expect(resolveDate('in the past week', '2025-06-17')).toMatchObject({
      date_start: '2025-06-11',
      date_end: '2025-06-17',
      time_precision: 2,
    });
  });
});

describe('a nationwide daily toll (taxonomy.json cumulative)', () => {
  test('"55 killed across the territory in the past 24 hours" is a tally, no event', () => {
    const evs = pipelineEvents(
      'The health ministry in Gaza said 55 people had been killed across the territory in the past 24 hours.',
      '2025-06-17',
    );
    expect(evs).toEqual([]);
  });
  test('a strike in one town in the past 24 hours is still an event', () => {
    const evs = pipelineEvents(
      'An Israeli strike killed six people in Deir al-Balah in the past 24 hours, medics said.',
      '2025-06-17',
    );
    expect(evs.map((e) => e.fatalities)).toEqual([6]);
  });
});

describe('"daily" (taxonomy.json habitual_after)', () => {
  test('a newspaper called a daily is no habit', () => {
    const evs = pipelineEvents(
      'An Israeli drone struck a car in Bint Jbeil on Tuesday, the Lebanese daily Al-Akhbar reported.',
      '2025-11-12',
    );
    expect(evs.map((e) => e.sub_event_type)).toEqual(['Air/drone strike']);
  });
  test('"shelled the town daily." is a habit', () => {
    expect(pipelineEvents('Government forces shelled Taiz daily.', '2025-11-12')).toEqual([]);
  });
  test('"jets struck X on Monday, bringing the toll from October 2023 to …" is no campaign', () => {
    const evs = pipelineEvents(
      'Israeli jets struck Khan Younis on Monday, bringing the toll from October 2023 to more than 69,000.',
      '2025-11-12',
    );
    expect(evs.map((e) => e.sub_event_type)).toEqual(['Air/drone strike']);
  });
});
