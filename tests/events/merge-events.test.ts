import { check } from '@placemarkio/check-geojson';
import { describe, expect, test } from 'vitest';
import { mergeEvents } from '../../src/events/merge-events.js';
import type { ConflictEvent, EventProperties } from '../../src/types.js';

function ev(id: string, over: Partial<EventProperties> & { lon?: number; lat?: number }): ConflictEvent {
  const lon = over.lon ?? 36.5;
  const lat = over.lat ?? 33.55;
  const props: EventProperties = {
    event_id: id,
    event_date: '2025-10-19',
    date_start: '2025-10-19',
    date_end: '2025-10-19',
    time_precision: 1,
    event_type: 'Violence against civilians',
    sub_event_type: 'Attack',
    actor1: '',
    actor2: 'Civilians (Syria)',
    location: 'Dumayr',
    admin1: 'Rif Dimashq',
    country: 'Syria',
    iso: 'SY',
    geo_precision: 1,
    fatalities: 1,
    notes: 'n',
    source: `src-${id}`,
    source_url: `https://example.org/${id}`,
    article_id: `a-${id}`,
    evidence: { text: 'x', start: 0, end: 1 },
    geonameid: 170589,
    latitude: lat,
    longitude: lon,
    confidence: 0.6,
    alternatives: [],
    ...over,
  };
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: props };
}

describe('mergeEvents', () => {
  test('same type, within 10 km, overlapping dates, different articles → one event with all sources', () => {
    const a = ev('a', { fatalities: 1, actor1: 'Military Forces of the United States' });
    const b = ev('b', {
      fatalities: 3,
      lon: 36.55,
      date_start: '2025-10-13',
      date_end: '2025-10-19',
      time_precision: 2,
      geo_precision: 2,
    });
    const c = ev('c', { fatalities: 1, date_start: '2025-10-01', date_end: '2025-10-31', time_precision: 3 });
    const out = mergeEvents([c, b, a]);
    expect(out).toHaveLength(1);
    const p = out[0].properties;
    expect(p.event_id).toBe('a'); // the most precise report leads
    expect(p.fatalities).toBe(3);
    expect(p.sources?.map((s) => [s.article_id, s.fatalities])).toEqual([
      ['a-a', 1],
      ['a-b', 3],
      ['a-c', 1],
    ]);
    expect(p.notes).toContain('fatalities differ between reports');
    expect(p.actor1).toBe('Military Forces of the United States');
    check(JSON.stringify({ type: 'FeatureCollection', features: out }));
    // Order of input does not matter.
    expect(mergeEvents([a, b, c])).toEqual(out);
  });

  test('different type, far apart, disjoint dates or same article stay separate', () => {
    const base = ev('a', {});
    expect(mergeEvents([base, ev('t', { event_type: 'Battles' })])).toHaveLength(2);
    expect(mergeEvents([base, ev('f', { lon: 36.8 })])).toHaveLength(2); // ~28 km east
    expect(mergeEvents([base, ev('d', { date_start: '2025-10-21', date_end: '2025-10-21' })])).toHaveLength(2);
    expect(mergeEvents([base, ev('s', { article_id: 'a-a' })])).toHaveLength(2);
  });

  test('agreeing fatalities leave no dispute note; single events are untouched', () => {
    const out = mergeEvents([ev('a', {}), ev('b', {})]);
    expect(out[0].properties.notes).not.toContain('differ');
    const single = ev('z', {});
    expect(mergeEvents([single])[0]).toEqual(single);
  });
});
