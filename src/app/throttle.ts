/**
 * Runs a write at most once per interval and never inside the caller's input handler: a lone request writes after
 * the next frame, a burst (a timeline scrub, a held key, Play) costs one write per interval, the last one with the
 * state current then. `flush` writes a pending request now. The clock is injected for tests.
 */
export interface ThrottleClock {
  now(): number;
  /** Runs `fn` after `ms` and after the next frame has been drawn. */
  later(fn: () => void, ms: number): void;
}

const browserClock: ThrottleClock = {
  now: () => performance.now(),
  // The map draws in a requestAnimationFrame callback queued by the input handler; a frame callback queued after it,
  // then a task, runs once that frame is drawn.
  later: (fn, ms) => setTimeout(() => requestAnimationFrame(() => setTimeout(fn, 0)), ms),
};

export class Throttle {
  /** The pending request's number; a scheduled write whose number is no longer current does nothing. */
  private pendingToken = 0;
  private token = 0;
  private last = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly write: () => void,
    private readonly intervalMs = 250,
    private readonly clock: ThrottleClock = browserClock,
  ) {}

  request(): void {
    if (this.pending) return;
    const token = ++this.token;
    this.pendingToken = token;
    this.clock.later(
      () => {
        if (this.pendingToken === token) this.run();
      },
      Math.max(0, this.last + this.intervalMs - this.clock.now()),
    );
  }

  /** Writes a pending request now; does nothing when none is pending. */
  flush(): void {
    if (this.pending) this.run();
  }

  get pending(): boolean {
    return this.pendingToken !== 0;
  }

  private run(): void {
    this.pendingToken = 0;
    this.last = this.clock.now();
    this.write();
  }
}
