/** Helpers for the browser tests: serve the production build, launch Chromium, and talk to the app's map. */
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist-app');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'app');
const CHROMIUM = CHROMIUM_PATH;

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`${DIST}/index.html not found: run npm run build first`);
  }
}

/**
 * Fixture events are copied into the build under data/<dir>/ (removed afterwards) and loaded with ?data=data/<dir>/<file>.
 * Each test file uses its own folder: files run in parallel, and one file's clean-up must not pull another's data away.
 */
export function copyFixtures(dir = 'e2e'): void {
  const to = join(DIST, 'data', dir);
  mkdirSync(to, { recursive: true });
  for (const f of readdirSync(FIXTURES)) if (f.endsWith('.geojson')) copyFileSync(join(FIXTURES, f), join(to, f));
}

export function removeFixtures(dir = 'e2e'): void {
  rmSync(join(DIST, 'data', dir), { recursive: true, force: true });
}

export interface Served {
  url: string;
  stop(): void;
}

/** Starts scripts/serve.js on a free port (PORT=0) and resolves with the URL it prints. */
export function serve(root = DIST): Promise<Served> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.js'), root], {
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const fail = (why: string) => {
      child.kill('SIGTERM');
      reject(new Error(`serve.js did not start: ${why}\n${out}`));
    };
    const timer = setTimeout(() => fail('timeout'), 15_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[0], stop: () => child.kill('SIGTERM') });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(`exited with ${code}`);
    });
  });
}

/** Launches the system Chromium (waiting a little if it is still being installed). */
export async function launch(): Promise<Browser> {
  for (let i = 0; i < 30 && !existsSync(CHROMIUM); i++) await new Promise((r) => setTimeout(r, 2000));
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install chromium (apt-get install chromium)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
}

/** The part of the page's globals the tests use (the page sets them in src/app/main.ts). */
interface MapLike {
  once(type: string, fn: () => void): void;
  triggerRepaint(): void;
  queryRenderedFeatures(opts: { layers: string[] }): RenderedFeature[];
  project(lngLat: [number, number]): { x: number; y: number };
  unproject(point: [number, number]): { lng: number; lat: number };
}
interface RenderedFeature {
  id?: number | string;
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: number[] };
  /** Feature state: the app hides events outside the view with `hidden` (zero size), so they are not drawn. */
  state?: { hidden?: boolean };
}
export interface AppWindow {
  map: MapLike;
  __geoevents?: {
    ready: boolean;
    error?: string;
    eventIdOf?: (featureId: unknown) => string | undefined;
    eventLayers?: () => string[];
    drawnChunks?: () => number[];
  };
  __xss?: unknown;
}

export async function waitForReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const g = (window as unknown as AppWindow).__geoevents;
      if (g?.error) throw new Error(g.error);
      return g?.ready === true;
    },
    undefined,
    { timeout: 45_000 },
  );
  await waitForIdle(page);
}

/** Resolves when the map has rendered everything it is loading (after a forced repaint). */
export async function waitForIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as AppWindow).map;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/**
 * Features of a layer drawn in the viewport right now: rendered, and not hidden by the view (hidden events keep a
 * zero-size feature, which queryRenderedFeatures over the whole viewport still returns). `events` means the circle
 * layers of all the event chunks.
 */
export async function drawnFeatures(
  page: Page,
  layer = 'events',
): Promise<{ properties: Record<string, unknown>; coordinates: number[] }[]> {
  return page.evaluate((id) => {
    const w = window as unknown as AppWindow;
    // The events layer's features carry only a feature id (the event's index): the app names the event.
    const layers = id === 'events' ? (w.__geoevents?.eventLayers?.() ?? []) : [id];
    return w.map
      .queryRenderedFeatures({ layers })
      .filter((f) => f.state?.hidden !== true)
      .map((f) => ({
        properties: { ...f.properties, event_id: f.properties.event_id ?? w.__geoevents?.eventIdOf?.(f.id) },
        coordinates: f.geometry.coordinates,
      }));
  }, layer);
}

/** Event ids drawn in the events layer right now, sorted and unique. */
export async function renderedIds(page: Page): Promise<string[]> {
  await waitForIdle(page);
  const feats = await drawnFeatures(page);
  return [...new Set(feats.map((f) => String(f.properties.event_id)))].sort();
}

/** The rendered point of one event, [lon, lat], or null when it is not drawn. */
export async function renderedPoint(page: Page, id: string): Promise<number[] | null> {
  await waitForIdle(page);
  const f = (await drawnFeatures(page)).find((x) => x.properties.event_id === id);
  return f ? f.coordinates : null;
}

/** Event ids of the buttons in the "Events" list, sorted. */
export async function listedIds(page: Page): Promise<string[]> {
  const ids = await page
    .getByRole('list', { name: 'Events' })
    .getByRole('listitem')
    .getByRole('button')
    .evaluateAll((btns) => btns.map((b) => b.getAttribute('data-event-id') ?? ''));
  return ids.sort();
}

/** Collects what must never happen on a page: uncaught errors, console errors (CSP violations too), failed requests. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`${res.status()} ${res.url()}`);
  });
  return problems;
}

export interface AppSuite {
  /** The page of the running test (a new browser context per test: no shared storage). */
  readonly page: Page;
  /** The served build's URL. */
  readonly url: string;
  /**
   * Opens the app on the suite's fixture events (on the build's own events when the suite has no fixture folder),
   * with an optional URL hash, and waits until it is ready.
   */
  open(hash?: string): Promise<void>;
  /** This test expects page problems matching `re` (e.g. a CSP refusal it provokes): they do not fail it. */
  allowProblems(re: RegExp): void;
}

/**
 * The set-up a browser test file needs, as vitest hooks: fixtures copied to data/<dir>/ (none when `dir` is null), the
 * build served, Chromium launched; per test a 1280×800 context whose page must end with no uncaught errors, console
 * errors or failed requests.
 */
export function appSuite(dir: string | null, file = 'events.geojson'): AppSuite {
  let server: Served;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  let allowed: RegExp[] = [];
  beforeAll(async () => {
    assertBuilt();
    if (dir) copyFixtures(dir);
    server = await serve();
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    server?.stop();
    if (dir) removeFixtures(dir);
  });
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    page = await context.newPage();
    problems = watchProblems(page);
    allowed = [];
  });
  afterEach(async () => {
    await context?.close();
    expect(problems.filter((p) => !allowed.some((re) => re.test(p)))).toEqual([]);
  });
  return {
    get page() {
      return page;
    },
    get url() {
      return server.url;
    },
    async open(hash = '') {
      const data = dir ? `?data=${encodeURIComponent(`data/${dir}/${file}`)}` : '';
      await page.goto(`${server.url}${data}${hash}`);
      await waitForReady(page);
    },
    allowProblems(re: RegExp) {
      allowed.push(re);
    },
  };
}
