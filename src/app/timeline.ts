/**
 * Timeline: a per-day histogram above two range inputs ("From", "To"), and a Play/Pause button that moves the
 * window forward at the chosen speed, either as a moving window of fixed width or cumulatively (From held at the
 * first day, To advancing). It only reports the window; the caller turns it into map filters.
 */
import { byId } from './dom.js';
import { type AppEvent, dayToIso } from './model.js';

export interface TimeWindow {
  from: number;
  to: number;
}

export type PlayMode = 'moving' | 'cumulative';

const PAGE_DAYS = 30;

export class Timeline {
  private lo: number;
  private hi: number;
  private from: number;
  private to: number;
  private counts: Float64Array;
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly fromInput = byId<HTMLInputElement>('from');
  private readonly toInput = byId<HTMLInputElement>('to');
  private readonly playBtn = byId<HTMLButtonElement>('play');
  private readonly speed = byId<HTMLSelectElement>('speed');
  private readonly mode = byId<HTMLSelectElement>('play-mode');
  private readonly label = byId<HTMLOutputElement>('window-label');
  private readonly canvas = byId<HTMLCanvasElement>('histogram');

  constructor(
    events: AppEvent[],
    private readonly onChange: (w: TimeWindow) => void,
  ) {
    [this.lo, this.hi] = Timeline.domain(events);
    this.from = this.min;
    this.to = this.max;
    this.counts = this.histogram(events);
    for (const input of [this.fromInput, this.toInput]) {
      input.step = '1';
      input.addEventListener('input', () => this.fromInputs(input));
      input.addEventListener('keydown', (ev) => this.pageKeys(ev, input));
    }
    this.playBtn.addEventListener('click', () => (this.timer ? this.pause() : this.play()));
    new ResizeObserver(() => this.draw()).observe(this.canvas);
    this.sync();
  }

  /** First and last day of the events (at least two days; today when there are no events). */
  private static domain(events: AppEvent[]): [number, number] {
    let lo = Infinity;
    let hi = -Infinity;
    for (const e of events) {
      lo = Math.min(lo, e.properties.day_start);
      hi = Math.max(hi, e.properties.day_end);
    }
    const today = Math.floor(Date.now() / 86_400_000);
    const min = events.length ? lo : today;
    return [min, Math.max(events.length ? hi : today, min + 1)];
  }

  get min(): number {
    return this.lo;
  }

  get max(): number {
    return this.hi;
  }

  get window(): TimeWindow {
    return { from: this.from, to: this.to };
  }

  /** Sets the window (clamped to the domain) without telling the caller. */
  setWindow(from: number, to: number): void {
    const f = Math.min(Math.max(Math.round(from), this.min), this.max);
    const t = Math.min(Math.max(Math.round(to), this.min), this.max);
    this.from = Math.min(f, t);
    this.to = Math.max(f, t);
    this.sync();
  }

  /**
   * New or changed events: the domain follows them. A window that showed everything still shows everything; otherwise
   * it is kept (clamped), widened to take in the days of `include` when given (events just added).
   */
  setEvents(events: AppEvent[], include?: TimeWindow): void {
    const whole = this.from <= this.lo && this.to >= this.hi;
    [this.lo, this.hi] = Timeline.domain(events);
    let from = whole ? this.lo : this.from;
    let to = whole ? this.hi : this.to;
    if (include) {
      from = Math.min(from, include.from);
      to = Math.max(to, include.to);
    }
    this.counts = this.histogram(events);
    this.setWindow(from, to);
  }

  private histogram(events: AppEvent[]): Float64Array {
    const counts = new Float64Array(this.max - this.min + 1);
    for (const e of events) {
      const s = Math.max(e.properties.day_start, this.min);
      const end = Math.min(e.properties.day_end, this.max);
      const w = 1 / (end - s + 1);
      for (let d = s; d <= end; d++) counts[d - this.min] += w;
    }
    return counts;
  }

  private fromInputs(changed: HTMLInputElement): void {
    let f = Number(this.fromInput.value);
    let t = Number(this.toInput.value);
    if (f > t) {
      if (changed === this.fromInput) f = t;
      else t = f;
    }
    this.from = f;
    this.to = t;
    this.sync();
    this.onChange(this.window);
  }

  private pageKeys(ev: KeyboardEvent, input: HTMLInputElement): void {
    if (ev.key !== 'PageUp' && ev.key !== 'PageDown') return;
    ev.preventDefault();
    const v = Number(input.value) + (ev.key === 'PageUp' ? PAGE_DAYS : -PAGE_DAYS);
    input.value = String(Math.min(Math.max(v, this.min), this.max));
    this.fromInputs(input);
  }

  get playMode(): PlayMode {
    return this.mode.value === 'cumulative' ? 'cumulative' : 'moving';
  }

  /**
   * Starts playing. Moving: the window keeps its width (a tenth of the domain when it covered everything) and
   * restarts at the first day when it is at the end. Cumulative: From goes to the first day and To grows from there
   * (from the first day again when it is at the end).
   */
  play(): void {
    if (this.timer) return;
    if (this.playMode === 'cumulative') {
      if (this.to >= this.max || this.from !== this.min) this.to = this.min;
      this.from = this.min;
    } else {
      let width = this.to - this.from;
      if (width >= this.max - this.min) width = Math.max(1, Math.ceil((this.max - this.min) / 10));
      if (this.to >= this.max || width !== this.to - this.from) {
        this.from = this.min;
        this.to = this.min + width;
      }
    }
    this.playBtn.textContent = 'Pause';
    this.playBtn.setAttribute('aria-pressed', 'true');
    this.sync();
    this.onChange(this.window);
    this.timer = setInterval(() => this.tick(), Number(this.speed.value) || 300);
  }

  pause(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.playBtn.textContent = 'Play';
    this.playBtn.setAttribute('aria-pressed', 'false');
  }

  private tick(): void {
    if (this.to >= this.max) {
      this.pause();
      return;
    }
    if (this.playMode === 'moving') this.from += 1;
    this.to += 1;
    this.sync();
    this.onChange(this.window);
  }

  private sync(): void {
    for (const input of [this.fromInput, this.toInput]) {
      input.min = String(this.min);
      input.max = String(this.max);
    }
    this.fromInput.value = String(this.from);
    this.toInput.value = String(this.to);
    this.fromInput.setAttribute('aria-valuetext', dayToIso(this.from));
    this.toInput.setAttribute('aria-valuetext', dayToIso(this.to));
    this.label.textContent = `${dayToIso(this.from)} – ${dayToIso(this.to)}`;
    this.draw();
  }

  private draw(): void {
    const c = this.canvas;
    const dpr = window.devicePixelRatio || 1;
    const w = Math.max(1, Math.round(c.clientWidth * dpr));
    const h = Math.max(1, Math.round(c.clientHeight * dpr));
    if (c.width !== w || c.height !== h) {
      c.width = w;
      c.height = h;
    }
    const ctx = c.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, w, h);
    const n = this.counts.length;
    const bins = Math.min(n, Math.max(1, Math.floor(w / (2 * dpr))));
    const sums = new Float64Array(bins);
    for (let i = 0; i < n; i++) sums[Math.min(bins - 1, Math.floor((i * bins) / n))] += this.counts[i];
    const peak = sums.reduce((m, v) => Math.max(m, v), 1e-9);
    const bw = w / bins;
    for (let b = 0; b < bins; b++) {
      if (!sums[b]) continue;
      const day0 = this.min + Math.floor((b * n) / bins);
      const day1 = this.min + Math.floor(((b + 1) * n) / bins) - 1;
      ctx.fillStyle = day1 >= this.from && day0 <= this.to ? '#34495e' : '#c3c8cf';
      const bh = Math.max(2 * dpr, (sums[b] / peak) * (h - 2 * dpr));
      ctx.fillRect(b * bw + 0.5, h - bh, Math.max(1, bw - 1), bh);
    }
  }
}
