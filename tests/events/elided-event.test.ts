// A conjunct that tells the event before it in one more place ("…, and continued near Y": elided-event.ts), and a
// town's name before "mountains"/"hills" that the gazetteer lacks as a range (where.ts: near the town, precision 2).
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const events = (text: string) =>
  pipelineEvents(text, '2026-02-10').map((e) => ({
    type: e.sub_event_type,
    location: e.location,
    prec: e.geo_precision,
  }));

describe('an elided conjunct places the event once more', () => {
  it('"Clashes erupted in Gao, and continued near Timbuktu" is a clash at each town', () => {
    const got = events('Clashes erupted in Gao on Monday, and continued near Timbuktu.');
    expect(got.map((e) => e.location).sort()).toEqual(['Gao', 'Timbuktu']);
    expect(new Set(got.map((e) => e.type))).toEqual(new Set(['Armed clash']));
  });
  it('"…, and renewed in Y area" and "…, and in Y" too', () => {
    expect(
      events('Heavy shelling hit Kherson, and resumed in Mykolaiv area.')
        .map((e) => e.location)
        .sort(),
    ).toEqual(['Kherson', 'Mykolayiv']); // the city, GeoNames' spelling (twenty-third geoparser pass)
    expect(events('Artillery shelled Kherson overnight, and also in Mykolaiv.')).toHaveLength(2);
  });
  it('a conjunct with a subject of its own is not the same event elsewhere', () => {
    const got = events('Drones struck Kherson on Monday, and residents fled to Mykolaiv.');
    expect(got.map((e) => e.location)).toEqual(['Kherson']);
  });
});

describe('"the X mountains" named after a town', () => {
  it('is near the town, precision 2, not the town itself', () => {
    const got = events('Fighting raged in the Latakia mountains on Sunday, a monitor said.');
    expect(got).toEqual([{ type: 'Armed clash', location: 'Latakia', prec: 2 }]);
  });
});
