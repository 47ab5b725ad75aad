/**
 * Runs a write at most once per interval: a lone request writes at once, a burst (a timeline scrub, a held key,
 * Play) costs one write per interval, the last one on the trailing edge with the state current then. `flush`
 * writes a pending request now. The clock is injected for tests.
 */
export interface ThrottleClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const browserClock: ThrottleClock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export class Throttle {
  private timer: unknown = null;
  private last = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly write: () => void,
    private readonly intervalMs = 250,
    private readonly clock: ThrottleClock = browserClock,
  ) {}

  request(): void {
    if (this.timer !== null) return;
    const wait = this.last + this.intervalMs - this.clock.now();
    if (wait <= 0) this.run();
    else this.timer = this.clock.setTimeout(() => this.run(), wait);
  }

  /** Writes a pending request now; does nothing when none is pending. */
  flush(): void {
    if (this.timer === null) return;
    this.clock.clearTimeout(this.timer);
    this.run();
  }

  get pending(): boolean {
    return this.timer !== null;
  }

  private run(): void {
    this.timer = null;
    this.last = this.clock.now();
    this.write();
  }
}
