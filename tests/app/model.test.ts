import { describe, expect, it } from 'vitest';
import { dayToIso, isoToDay, normalizeEvent } from '../../src/app/model.js';

const DAY_MS = 86_400_000;
const viaDate = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

describe('isoToDay', () => {
  it('agrees with Date.UTC, rollovers included, over four centuries of dates', () => {
    const wrong: string[] = [];
    for (let y = 1800; y <= 2200; y += 3) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const iso = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
          if (isoToDay(iso) !== viaDate(y, m, d)) wrong.push(iso);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(isoToDay('2000-02-29')).toBe(viaDate(2000, 2, 29));
    expect(isoToDay('1900-02-29')).toBe(viaDate(1900, 3, 1));
    expect(isoToDay('0050-01-01')).toBe(viaDate(50, 1, 1));
    expect(isoToDay('2025-10-19T08:00:00Z')).toBe(viaDate(2025, 10, 19));
    expect(isoToDay('19 October 2025')).toBeNaN();
  });

  it('round-trips with dayToIso', () => {
    for (const iso of ['1970-01-01', '1999-12-31', '2024-02-29', '2025-10-19'])
      expect(dayToIso(isoToDay(iso))).toBe(iso);
  });
});

describe('normalizeEvent dates', () => {
  const raw = (date_start: string, date_end?: string) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [35.1, 33.1] },
    properties: { date_start, date_end },
  });

  it('keeps a valid end date as written and repairs one that is missing, invalid, rolled over or before the start', () => {
    expect(normalizeEvent(raw('2025-10-19', '2025-10-21'), 0)?.properties.date_end).toBe('2025-10-21');
    expect(normalizeEvent(raw('2025-10-19'), 0)?.properties.date_end).toBe('2025-10-19');
    expect(normalizeEvent(raw('2025-10-19', 'soon'), 0)?.properties.date_end).toBe('2025-10-19');
    expect(normalizeEvent(raw('2025-02-27', '2025-02-30'), 0)?.properties.date_end).toBe('2025-03-02');
    expect(normalizeEvent(raw('2025-10-19', '2025-10-01'), 0)?.properties.date_end).toBe('2025-10-19');
    expect(normalizeEvent(raw('2025-10-19', '2025-10-21T12:00:00Z'), 0)?.properties.date_end).toBe('2025-10-21');
  });
});
