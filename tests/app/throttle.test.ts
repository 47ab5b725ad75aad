import { describe, expect, it } from 'vitest';
import { Throttle, type ThrottleClock } from '../../src/app/throttle.js';

/** A hand-driven clock: `advance` runs the timers that fall due. */
function fakeClock(): ThrottleClock & { advance(ms: number): void } {
  let t = 1000;
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let next = 1;
  return {
    now: () => t,
    setTimeout(fn, ms) {
      timers.push({ at: t + ms, fn, id: next });
      return next++;
    },
    clearTimeout(id) {
      timers = timers.filter((x) => x.id !== id);
    },
    advance(ms) {
      t += ms;
      const due = timers.filter((x) => x.at <= t);
      timers = timers.filter((x) => x.at > t);
      for (const x of due) x.fn();
    },
  };
}

describe('Throttle (the URL hash writer)', () => {
  it('writes a lone request at once', () => {
    const clock = fakeClock();
    let writes = 0;
    const th = new Throttle(() => writes++, 250, clock);
    th.request();
    expect(writes).toBe(1);
    expect(th.pending).toBe(false);
  });

  it('turns a burst into one write per interval, the last on the trailing edge', () => {
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
    // Steps every 50 ms for 500 ms: the first at once, then one per 250 ms with the state of that moment.
    expect(seen).toEqual([1, 5, 10]);
  });

  it('flush writes a pending request now and nothing when none is pending', () => {
    const clock = fakeClock();
    let writes = 0;
    const th = new Throttle(() => writes++, 250, clock);
    th.request();
    th.request();
    expect(writes).toBe(1);
    th.flush();
    expect(writes).toBe(2);
    th.flush();
    clock.advance(1000);
    expect(writes).toBe(2);
  });
});
