import { describe, expect, it } from 'vitest';
import { CHUNK_EVENTS, MAX_CHUNKS, planChunks } from '../../src/app/event-chunks.js';

/** Per chunk: [first start day, last start day, size]. */
function ranges(days: number[], chunkOf: Uint16Array, count: number): [number, number, number][] {
  const out: [number, number, number][] = Array.from({ length: count }, () => [Infinity, -Infinity, 0]);
  days.forEach((d, i) => {
    const r = out[chunkOf[i]];
    r[0] = Math.min(r[0], d);
    r[1] = Math.max(r[1], d);
    r[2]++;
  });
  return out;
}

describe('planChunks', () => {
  it('keeps fewer events than a chunk holds in one chunk', () => {
    const plan = planChunks([5, 3, 9], CHUNK_EVENTS);
    expect(plan.count).toBe(1);
    expect([...plan.chunkOf]).toEqual([0, 0, 0]);
    expect(planChunks([]).count).toBe(1);
  });

  it('splits by start day into chunks of equal size whose day ranges follow each other', () => {
    // Days in a scrambled order, as an app's events are (articles, not dates, decide the order).
    const days = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
    const plan = planChunks(days, 100);
    expect(plan.count).toBe(10);
    const r = ranges(days, plan.chunkOf, plan.count);
    for (let k = 0; k < plan.count; k++) {
      expect(r[k][2]).toBe(100);
      if (k > 0) expect(r[k][0]).toBeGreaterThan(r[k - 1][1]);
    }
  });

  it('caps the number of chunks and puts undated events last', () => {
    const days = Array.from({ length: 500 }, (_, i) => (i === 7 ? Number.NaN : i));
    const plan = planChunks(days, 1, 4);
    expect(plan.count).toBe(4);
    expect(plan.chunkOf[7]).toBe(3);
    expect(plan.chunkOf[0]).toBe(0);
    expect(MAX_CHUNKS).toBeGreaterThan(1);
  });
});
