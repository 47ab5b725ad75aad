import { describe, expect, it } from 'vitest';
import { Throttle, type ThrottleClock } from '../../src/app/throttle.js';

/** A hand-driven clock: `advance` runs what falls due (a frame counts as no time). */
function fakeClock(): ThrottleClock & { advance(ms: number): void } {
  let t = 1000;
  let queue: { at: number; fn: () => void }[] = [];
  return {
    now: () => t,
    later(fn, ms) {
      queue.push({ at: t + ms, fn });
    },
    advance(ms) {
      t += ms;
      const due = queue.filter((x) => x.at <= t);
      queue = queue.filter((x) => x.at > t);
      for (const x of due) x.fn();
    },
  };
}

describe('Throttle (the URL hash writer)', () => {
  it('writes a lone request after the handler, not inside it', () => {
    const clock = fakeClock();
    let writes = 0;
    const th = new Throttle(() => writes++, 250, clock);
    th.request();
    expect(writes).toBe(0);
    expect(th.pending).toBe(true);
    clock.advance(0);
    expect(writes).toBe(1);
    expect(th.pending).toBe(false);
  });

  it('turns a burst into one write per interval, each with the state of its moment', () => {
    const clock = fakeClock();
    const seen: number[] = [];
    let state = 0;
    const th = new Throttle(() => seen.push(state), 250, clock);
    for (let i = 1; i <= 10; i++) {
      state = i;
      th.request();
      clock.advance(50);
    }
    clock.advance(500);
    // Steps every 50 ms: the first written after its frame, then one per 250 ms.
    expect(seen).toEqual([1, 6, 10]);
  });

  it('flush writes a pending request now, once, and nothing when none is pending', () => {
    const clock = fakeClock();
    let writes = 0;
    const th = new Throttle(() => writes++, 250, clock);
    th.request();
    th.request();
    th.flush();
    expect(writes).toBe(1);
    clock.advance(1000);
    th.flush();
    expect(writes).toBe(1);
  });
});
