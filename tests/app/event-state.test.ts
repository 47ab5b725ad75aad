/** EventState: loaded, corrected and indexed events stay in step through corrections and added articles. */
import { describe, expect, it } from 'vitest';
import { CorrectionStore } from '../../src/app/corrections.js';
import { EventState } from '../../src/app/event-state.js';
import { type AppEvent, normalizeEvent } from '../../src/app/model.js';

function ev(id: string, lon: number, lat: number): AppEvent {
  const e = normalizeEvent(
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: { event_id: id, event_type: 'Battles', date_start: '2025-03-01', date_end: '2025-03-01' },
    },
    0,
  );
  if (!e) throw new Error('fixture event rejected');
  return e;
}

describe('EventState', () => {
  it('maps feature ids (indexes of current) to event ids and back', () => {
    const s = new EventState(() => [ev('a', 35, 33), ev('b', 36, 34)], new CorrectionStore(null));
    expect(s.eventIdOf(1)).toBe('b');
    expect(s.indexOf('a')).toBe(0);
    expect(s.eventIdOf('1')).toBeUndefined();
    expect(s.eventIdOf(2)).toBeUndefined();
  });

  it('keeps the loaded event as the original while current shows the correction', () => {
    const store = new CorrectionStore(null);
    const s = new EventState(() => [ev('a', 35, 33)], store);
    const a = s.get('a');
    if (!a) throw new Error('event a missing');
    store.movePin(a, 36.5, 33.5);
    s.rebuild();
    expect(s.get('a')?.geometry.coordinates).toEqual([36.5, 33.5]);
    expect(s.original('a')?.geometry.coordinates).toEqual([35, 33]);
  });

  it('renumbers the indexes when the combined events change', () => {
    let list = [ev('a', 35, 33), ev('b', 36, 34)];
    const s = new EventState(() => list, new CorrectionStore(null));
    list = [ev('c', 37, 35), ev('b', 36, 34)];
    s.rebuild();
    expect(s.has('a')).toBe(false);
    expect(s.indexOf('b')).toBe(1);
    expect(s.eventIdOf(0)).toBe('c');
  });
});
