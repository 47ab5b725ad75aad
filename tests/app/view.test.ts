/** The app's pure parts: the view filter (mask, list, legend counts), menu options, the URL hash and pin corrections. */
import { describe, expect, it } from 'vitest';
import { applyOne, CorrectionStore } from '../../src/app/corrections.js';
import { formatHash, parseHash } from '../../src/app/hash.js';
import { type AppEvent, normalizeEvent } from '../../src/app/model.js';
import { evaluateView, rankedValues, type ViewFilter } from '../../src/app/view.js';

function ev(id: string, type: string, start: string, end: string, actor1: string, actor2: string, country: string) {
  const e = normalizeEvent(
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [36, 34] },
      properties: { event_id: id, event_type: type, date_start: start, date_end: end, actor1, actor2, country },
    },
    0,
  );
  if (!e) throw new Error('fixture event rejected');
  return e;
}

const EVENTS: AppEvent[] = [
  ev('a', 'Battles', '2024-01-01', '2024-01-01', 'SDF', 'IS', 'Syria'),
  ev('b', 'Protests', '2024-01-05', '2024-01-05', 'Protesters', '', 'Iraq'),
  ev('c', 'Battles', '2024-01-03', '2024-01-20', 'IS', 'Iraqi army', 'Iraq'),
  ev('d', 'Riots', '2024-02-01', '2024-02-01', 'Rioters', 'Police', 'Iraq'),
];
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const ALL_TYPES = ['Battles', 'Protests', 'Riots'];
const view = (f: Partial<ViewFilter>): ViewFilter => ({
  from: day('2024-01-01'),
  to: day('2024-12-31'),
  types: ALL_TYPES,
  ids: null,
  ...f,
});
const ids = (f: Partial<ViewFilter>) => evaluateView(EVENTS, view(f)).visible.map((e) => e.properties.event_id);

describe('evaluateView', () => {
  it('shows an event while its date range overlaps the window', () => {
    expect(ids({ from: day('2024-01-10'), to: day('2024-01-31') })).toEqual(['c']);
    expect(ids({ from: day('2024-01-21'), to: day('2024-01-31') })).toEqual([]);
  });

  it('matches an actor in either role, and a country', () => {
    expect(ids({ actor: 'IS' })).toEqual(['a', 'c']);
    expect(ids({ actor: 'Police' })).toEqual(['d']);
    expect(ids({ country: 'Iraq' })).toEqual(['b', 'c', 'd']);
    expect(ids({ country: 'Iraq', actor: 'IS' })).toEqual(['c']);
    expect(ids({ actor: '', country: '' })).toEqual(['a', 'b', 'c', 'd']);
  });

  it('gives a mask aligned with the events and legend counts that ignore the type boxes only', () => {
    const r = evaluateView(EVENTS, view({ types: ['Protests'], country: 'Iraq' }));
    expect([...r.mask]).toEqual([0, 1, 0, 0]);
    expect(Object.fromEntries(r.typeCounts)).toEqual({ Protests: 1, Battles: 1, Riots: 1 });
  });

  it('applies search ids', () => {
    expect(ids({ ids: ['d', 'a'] })).toEqual(['a', 'd']);
    expect(ids({ ids: [] })).toEqual([]);
  });
});

describe('rankedValues', () => {
  it('counts each value once per event, most frequent first, then by name', () => {
    const actors = rankedValues(EVENTS, (e) => [e.properties.actor1, e.properties.actor2]);
    expect(actors[0]).toEqual({ value: 'IS', count: 2 });
    expect(actors.map((a) => a.value).slice(1)).toEqual(['Iraqi army', 'Police', 'Protesters', 'Rioters', 'SDF']);
    const self = ev('e', 'Battles', '2024-01-01', '2024-01-01', 'X', 'X', 'Syria');
    expect(rankedValues([self], (e) => [e.properties.actor1, e.properties.actor2])).toEqual([{ value: 'X', count: 1 }]);
  });
});

describe('URL hash', () => {
  it('round-trips actor and country (and leaves them out when unset)', () => {
    const h = formatHash({ from: day('2024-01-01'), actor: 'Police Forces of Iraq', country: 'Iraq' }, ALL_TYPES);
    expect(parseHash(h)).toMatchObject({ actor: 'Police Forces of Iraq', country: 'Iraq' });
    expect(formatHash({ actor: '', country: '' }, ALL_TYPES)).toBe('#');
  });
});

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}

describe('moving a pin by hand', () => {
  it('moves the point, drops the gazetteer id and area, logs the change, and survives a reload', () => {
    const storage = memoryStorage();
    const store = new CorrectionStore(storage);
    const e = EVENTS[0];
    store.movePin(e, 36.123456789, 34.5);
    const moved = store.apply([e])[0];
    expect(moved.geometry.coordinates).toEqual([36.12346, 34.5]);
    expect(moved.properties.geonameid).toBeNull();
    expect(moved.properties.area).toBeNull();
    expect(moved.properties.location).toBe(e.properties.location);
    expect(moved.properties.corrections?.at(-1)).toMatchObject({ field: 'position', to: { lat: 34.5 } });
    expect(new CorrectionStore(storage).apply([e])[0].geometry.coordinates).toEqual([36.12346, 34.5]);
  });

  it('ignores a move to nowhere or to the same point, and choosing a candidate replaces a hand-set point', () => {
    const store = new CorrectionStore(memoryStorage());
    const e = EVENTS[1];
    store.movePin(e, Number.NaN, 3);
    store.movePin(e, 36, 34);
    expect(store.has('b')).toBe(false);
    store.movePin(e, 37, 35);
    store.choosePlace(store.apply([e])[0], e, {
      geonameid: 1,
      name: 'Elsewhere',
      countryCode: 'SY',
      featureCode: 'PPL',
      lat: 33,
      lon: 36.5,
      score: 0.5,
      reasons: [],
    });
    expect(store.apply([e])[0].geometry.coordinates).toEqual([36.5, 33]);
    expect(store.get('b')?.audit.map((a) => a.field)).toEqual(['position', 'location']);
  });

  it('wraps longitudes from a map dragged across the antimeridian', () => {
    const store = new CorrectionStore(memoryStorage());
    store.movePin(EVENTS[2], 190, 10);
    expect(applyOne(EVENTS[2], store.get('c') ?? { audit: [] }).geometry.coordinates).toEqual([-170, 10]);
  });
});
