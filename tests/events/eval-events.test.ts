import { describe, expect, test } from 'vitest';
import { evalEvents, rowArticles, type UcdpRow } from '../../src/events/eval-events.js';
import type { ConflictEvent } from '../../src/types.js';

const row = (over: Partial<UcdpRow>): UcdpRow => ({
  id: 'r',
  text: 'Shelling on a town',
  source_date: '2016-02-03',
  date_start: '2016-02-02',
  date_end: '2016-02-02',
  lat: 33.5,
  lon: 36.3,
  where_prec: 1,
  headline_names_place: true,
  ...over,
});
const event = (lon: number, lat: number, start: string, end: string) =>
  ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { date_start: start, date_end: end },
  }) as unknown as ConflictEvent;

describe('evalEvents', () => {
  test('hits, wrong place, wrong date, no event; ineligible rows ignored', () => {
    const rows = [
      row({ id: 'hit' }),
      row({ id: 'place' }),
      row({ id: 'date' }),
      row({ id: 'none' }),
      row({ id: 'vague', where_prec: 4 }),
      row({ id: 'unnamed', headline_names_place: false }),
    ];
    const answers: Record<string, ConflictEvent[]> = {
      hit: [event(36.4, 33.55, '2016-01-28', '2016-02-03')],
      place: [event(37.5, 33.5, '2016-02-02', '2016-02-02')],
      date: [event(36.3, 33.5, '2016-01-20', '2016-01-21')],
      none: [],
    };
    const r = evalEvents(rows, (a) => answers[a.id] ?? []);
    expect(r.considered).toBe(4);
    expect(r.hits).toBe(1);
    expect(r.share).toBe(0.25);
    expect(r.errors).toEqual({ no_event: 1, wrong_place: 1, wrong_date: 1 });
    expect(r.per_row.map((p) => p.outcome)).toEqual(['hit', 'wrong_place', 'wrong_date', 'no_event']);
    expect(r.per_row[2].nearest).toMatchObject({ date_start: '2016-01-20', date_end: '2016-01-21' });
    expect(r.per_row[3].nearest).toBeUndefined();
  });

  test('joined headlines become one article each, with their own report date', () => {
    const arts = rowArticles(row({ text: 'A;B', source_date: '2016-03-16;2016-03-17' }), 0);
    expect(arts.map((a) => [a.id, a.text, a.published])).toEqual([
      ['r#1', 'A', '2016-03-16'],
      ['r#2', 'B', '2016-03-17'],
    ]);
    expect(rowArticles(row({ text: 'A;B', source_date: '2016-03-16' }), 0).map((a) => a.text)).toEqual(['A;B']);
  });
});
