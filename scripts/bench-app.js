#!/usr/bin/env node
/**
 * Browser benchmark of the web app (dist-app) with 100,000 synthetic events, in headless Chromium (software GL).
 * Measures the first map of the default page (the build's own events), then, in one page with the synthetic events:
 * the first map (navigation start → app ready and the map's first `idle`), 40 timeline steps
 * done the app's way (ArrowRight on the focused "To"/"From" slider → the app's refresh), the same 40 windows done the
 * naive way (filter all features in the page → source.setData), and one event-type filter (untick a checkbox). Steps
 * are timed inside the page, from the user's input to the first frame drawn with the event sources loaded; the time
 * to the next `idle` is kept as detail. A benchmark, never a test: nothing is asserted.
 * Usage: node scripts/bench-app.js [--json] [--dist DIR] [--window-days 30]   (needs a build and /usr/bin/chromium)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH as CHROMIUM } from './chromium.js';
import { syntheticEvents } from './synthetic-events.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export { CHROMIUM_PATH as CHROMIUM } from './chromium.js';
const STEPS = 40;
const WARMUP = 3;
/** Starts scripts/serve.js on a free port (PORT=0) and resolves with the URL it prints. */
function serve(root) {
  return new Promise((resolveUrl, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.js'), root], {
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const fail = (why) => {
      child.kill('SIGTERM');
      reject(new Error(`serve.js did not start: ${why}\n${out}`));
    };
    const timer = setTimeout(() => fail('timeout'), 15_000);
    const onExit = (code) => {
      clearTimeout(timer);
      fail(`exited with ${code}`);
    };
    child.on('exit', onExit);
    child.stderr.on('data', (chunk) => {
      out += chunk;
    });
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m) {
        clearTimeout(timer);
        child.off('exit', onExit);
        resolveUrl({ url: m[0], stop: () => child.kill('SIGTERM') });
      }
    });
  });
}

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  if (q === 0.5) return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]; // nearest rank
}
const r1 = (x) => (x === null || x === undefined ? null : Math.round(x * 10) / 10);

// --- code run in the page (plain functions, serialised by playwright) ---

/**
 * Before the app runs: when the app says it is ready (events loaded, filters applied), note the time and, from
 * navigation start, when the events are first drawn and the map's first `idle`.
 */
function pageInit() {
  let state;
  Object.defineProperty(window, '__geoevents', {
    configurable: true,
    get: () => state,
    set: (v) => {
      state = v;
      if (v?.ready && window.__bench === undefined) {
        window.__bench = { ready_ms: performance.now(), first: null };
        window.__whenDrawn(0).then((r) => {
          window.__bench.first = r;
        });
      }
    },
  });
}

/**
 * Resolves, after a change to the map has been made, with { drawn, idle }: ms from `t0` to the first `render` after
 * which the event sources are loaded (the frame that draws the new events), and to the next `idle`. The event
 * sources are the app's (one per chunk of events, and the areas), or the naive way's once it has set
 * `window.__benchSources`.
 */
function whenDrawn(t0) {
  const map = window.map;
  const sources =
    window.__benchSources ??
    [...(window.__geoevents?.eventLayers?.() ?? []).map((id) => map.getLayer(id)?.source), 'event-areas'].filter(
      Boolean,
    );
  return new Promise((res, rej) => {
    let drawn = null;
    const timeout = setTimeout(() => rej(new Error('the map did not render')), 120_000);
    const onRender = () => {
      if (drawn === null && sources.every((id) => map.isSourceLoaded(id))) {
        drawn = performance.now() - t0;
        map.off('render', onRender);
      }
    };
    map.on('render', onRender);
    map.once('idle', () => {
      clearTimeout(timeout);
      map.off('render', onRender);
      res({ drawn: drawn ?? performance.now() - t0, idle: performance.now() - t0 });
    });
    map.triggerRepaint();
  });
}

/**
 * Arms a timer for a user action: it starts at the next `startEvent` on `selector` (captured, so before the app sees
 * it) and window.__step resolves with whenDrawn's figures once the app has handled `afterEvent`.
 */
function armStep([selector, startEvent, afterEvent]) {
  const target = selector ? document.querySelector(selector) : window;
  window.__step = new Promise((res, rej) => {
    let t0 = 0;
    target.addEventListener(startEvent, () => (t0 = performance.now()), { once: true, capture: true });
    // Bubbling listener on the same element, added after the app's: the app has updated the map by now.
    (selector ? target : document).addEventListener(
      afterEvent,
      () => {
        // The app's own JavaScript for the step (view, feature state, list, histogram, hash) ends here.
        const handled = performance.now() - t0;
        window.__whenDrawn(t0).then(
          (r) =>
            res({
              ...r,
              handled,
              from: document.getElementById('from').value,
              to: document.getElementById('to').value,
            }),
          rej,
        );
      },
      { once: true },
    );
  });
}

/**
 * The naive way: all features in the page (fetched again, untimed, with the app's slim properties) and setData of the
 * ones in the window (events and area sources).
 */
async function naiveSetup(url) {
  const fc = await (await fetch(url)).json();
  const day = (iso) => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);
  const events = [];
  const areas = [];
  for (const f of fc.features) {
    const p = f.properties;
    // The app's map properties (src/app/layers.ts mapProps), so both ways draw the same circles.
    const slim = {
      event_type: p.event_type,
      geo_precision: p.geo_precision,
      size: 5 + Math.min(7, Math.sqrt(p.fatalities)) + (p.geo_precision >= 2 ? 3 : 0),
      day_start: day(p.date_start),
      day_end: day(p.date_end),
    };
    events.push({ type: 'Feature', geometry: f.geometry, properties: slim });
    if (p.area) areas.push({ type: 'Feature', geometry: p.area, properties: slim });
  }
  // Its own sources and layers, painted like the app's; the app's event layers are hidden (untimed).
  const map = window.map;
  const empty = { type: 'FeatureCollection', features: [] };
  const appLayers = window.__geoevents.eventLayers();
  const copy = (layer, names) => Object.fromEntries(names.map((n) => [n, map.getPaintProperty(layer, n)]));
  map.addSource('naive-events', { type: 'geojson', data: empty });
  map.addSource('naive-areas', { type: 'geojson', data: empty });
  map.addLayer({
    id: 'naive-areas-fill',
    type: 'fill',
    source: 'naive-areas',
    paint: copy('event-areas-fill', ['fill-color', 'fill-opacity']),
  });
  map.addLayer({
    id: 'naive-areas-line',
    type: 'line',
    source: 'naive-areas',
    paint: copy('event-areas-line', ['line-color', 'line-width', 'line-opacity', 'line-dasharray']),
  });
  map.addLayer({
    id: 'naive-events',
    type: 'circle',
    source: 'naive-events',
    minzoom: map.getLayer(appLayers[0]).minzoom,
    paint: copy(appLayers[0], ['circle-radius', 'circle-color', 'circle-stroke-color', 'circle-stroke-width']),
  });
  for (const id of [...appLayers, 'event-areas-fill', 'event-areas-line'])
    map.setLayoutProperty(id, 'visibility', 'none');
  window.__naive = { events, areas };
  window.__benchSources = ['naive-events', 'naive-areas'];
  return events.length;
}

function naiveStep([from, to]) {
  const map = window.map;
  const { events, areas } = window.__naive;
  const t0 = performance.now();
  const inWindow = (f) => f.properties.day_start <= to && f.properties.day_end >= from;
  map.getSource('naive-events').setData({ type: 'FeatureCollection', features: events.filter(inWindow) });
  map.getSource('naive-areas').setData({ type: 'FeatureCollection', features: areas.filter(inWindow) });
  return window.__whenDrawn(t0);
}

function drawnCount() {
  // Events hidden by the view keep a zero-size feature (feature state `hidden`): not drawn, so not counted.
  const layers = window.__geoevents.eventLayers();
  return window.map.queryRenderedFeatures({ layers }).filter((f) => f.state?.hidden !== true).length;
}

/** Runs the benchmark; resolves with the figures in ms (rounded to 0.1). */
export async function benchApp({ distDir = 'dist-app', events = 100_000, seed = 42, windowDays = 30 } = {}) {
  const dist = resolve(ROOT, distDir);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html not found: run npm run build first`);
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found`);
  const { chromium } = await import('playwright-core');
  const dataDir = join(dist, 'data', 'bench');
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(join(dataDir, 'events.geojson'), JSON.stringify(syntheticEvents(events, seed)));
  const load0 = loadavg()[0];
  let server = null;
  let browser = null;
  try {
    server = await serve(dist);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    });
    const errors = [];
    /** A new page at `url`, and its first map: { ready_ms, first: { drawn, idle } } from navigation start. */
    const openTimed = async (url) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.addInitScript(pageInit);
      await page.addInitScript(`window.__whenDrawn = ${whenDrawn.toString()};`);
      await page.goto(url);
      await page.waitForFunction(
        () => {
          if (window.__geoevents?.error) throw new Error(window.__geoevents.error);
          return window.__bench?.first != null;
        },
        undefined,
        { timeout: 180_000, polling: 50 },
      );
      return { page, first: await page.evaluate(() => window.__bench) };
    };
    // What every user sees first: the default page with the build's own (seed) events, basemap included.
    const small = await openTimed(server.url);
    const defaultPage = small.first;
    await small.page.close();
    const { page, first } = await openTimed(`${server.url}?data=data/bench/events.geojson`);
    const drawn = await page.evaluate(drawnCount);

    // Event-type filter: untick one type (on the full window: every event loaded), timed click → idle; tick it back.
    const box = page.locator('#legend-items input[type=checkbox]').nth(4);
    await page.evaluate(armStep, [null, 'click', 'change']);
    await box.click();
    const filter = await page.evaluate(() => window.__step);
    await page.evaluate(armStep, [null, 'click', 'change']);
    await box.click();
    await page.evaluate(() => window.__step);

    // Search: type a word that matches about a fifth of the events (timed from the input, so with the app's 150 ms
    // debounce), then clear it again.
    const search = (q) =>
      page.evaluate(
        (text) =>
          new Promise((res) => {
            const input = document.getElementById('search');
            const t0 = performance.now();
            new MutationObserver((_, obs) => {
              obs.disconnect();
              window.__whenDrawn(t0).then(res);
            }).observe(document.getElementById('event-count'), { childList: true, characterData: true, subtree: true });
            input.value = text;
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        q,
      );
    const searched = await search('protesters');
    await search('');

    // Timeline: a window of windowDays, then ArrowRight on "To" and "From" in turn (it slides a day per two steps).
    const setWindow = async (from, to) => {
      await page.evaluate(
        ([f, t]) =>
          new Promise((res) => {
            for (const [id, v] of [
              ['to', t],
              ['from', f],
            ]) {
              const input = document.getElementById(id);
              input.value = String(v);
              input.dispatchEvent(new Event('input', { bubbles: true }));
            }
            window.__whenDrawn(0).then(res);
          }),
        [from, to],
      );
    };
    const min = Number(await page.locator('#from').getAttribute('min'));
    const start = min + 150;
    await setWindow(start, start + windowDays - 1);
    const scrub = [];
    const windows = [];
    for (let i = 0; i < WARMUP + STEPS; i++) {
      const id = i % 2 === 0 ? '#to' : '#from';
      await page.locator(id).focus();
      await page.evaluate(armStep, [id, 'keydown', 'input']);
      await page.keyboard.press('ArrowRight');
      const step = await page.evaluate(() => window.__step);
      if (i >= WARMUP) {
        scrub.push(step);
        windows.push([Number(step.from), Number(step.to)]);
      }
    }

    // How many of the event chunks' layers the last window draws (the others are skipped).
    const chunks = await page.evaluate(() => ({
      count: window.__geoevents.eventLayers().length,
      drawn: window.__geoevents.drawnChunks().length,
    }));

    // The floor: one repaint with nothing changed (triggerRepaint → the next `render`), at the last window.
    const frames = await page.evaluate(async () => {
      const out = [];
      for (let i = 0; i < 10; i++) {
        await new Promise((res) => {
          window.map.once('idle', res);
          window.map.triggerRepaint();
        });
        const t0 = performance.now();
        await new Promise((res) => {
          window.map.once('render', res);
          window.map.triggerRepaint();
        });
        out.push(performance.now() - t0);
      }
      return out;
    });

    // Naive: the same windows by setData in the same page.
    const naiveFeatures = await page.evaluate(naiveSetup, 'data/bench/events.geojson');
    for (let i = 0; i < WARMUP; i++) await page.evaluate(naiveStep, windows[i]);
    const naive = [];
    for (const w of windows) naive.push(await page.evaluate(naiveStep, w));

    const drawnMs = (xs) => xs.map((x) => x.drawn);
    const idleMs = (xs) => xs.map((x) => x.idle);
    return {
      first_map_ms: r1(first.first.idle),
      scrub_ms_median: r1(median(drawnMs(scrub))),
      scrub_ms_p95: r1(quantile(drawnMs(scrub), 0.95)),
      naive_scrub_ms_median: r1(median(drawnMs(naive))),
      naive_scrub_ms_p95: r1(quantile(drawnMs(naive), 0.95)),
      filter_ms: r1(filter.drawn),
      events,
      detail: {
        ready_ms: r1(first.ready_ms),
        // The default page (the build's seed events): navigation → ready + idle.
        default_page_first_map_ms: r1(defaultPage.first.idle),
        first_drawn_ms: r1(first.first.drawn),
        drawn_at_first_idle: drawn,
        // The same steps until `idle` (adds MapLibre's 300 ms label fade after each repaint).
        scrub_idle_ms_median: r1(median(idleMs(scrub))),
        // The app's JavaScript per step, before the frame (keydown → the app's input handler done).
        scrub_js_ms_median: r1(median(scrub.map((x) => x.handled))),
        naive_idle_ms_median: r1(median(idleMs(naive))),
        filter_idle_ms: r1(filter.idle),
        search_ms: r1(searched.drawn),
        frame_ms_median: r1(median(frames)),
        chunks: chunks.count,
        chunks_drawn_at_last_step: chunks.drawn,
        naive_features: naiveFeatures,
        window_days: windowDays,
        steps: STEPS,
        page_errors: errors,
        // Other processes on the machine slow software rendering down: the 1-minute load average before and after.
        load_avg: [r1(load0), r1(loadavg()[0])],
      },
    };
  } finally {
    await browser?.close();
    server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--dist');
  const wd = process.argv.indexOf('--window-days');
  const r = await benchApp({
    ...(at > 0 ? { distDir: process.argv[at + 1] } : {}),
    ...(wd > 0 ? { windowDays: Number(process.argv[wd + 1]) } : {}),
  });
  if (process.argv.includes('--json')) console.log(JSON.stringify(r, null, 2));
  else {
    console.log(
      `app benchmark, ${r.events} synthetic events, headless Chromium (swiftshader software GL), load ${r.detail.load_avg[0]}`,
    );
    const rows = [
      [
        'first map (navigation → ready + idle)',
        r.first_map_ms,
        `events parsed and layers added ${r.detail.ready_ms}, first drawn ${r.detail.first_drawn_ms}`,
      ],
      ['first map, default page (seed events)', r.detail.default_page_first_map_ms, 'basemap and the build events'],
      ['scrub step, feature state (median)', r.scrub_ms_median, `p95 ${r.scrub_ms_p95}`],
      ['  of which the app JavaScript (median)', r.detail.scrub_js_ms_median, 'the rest is waiting for the frame'],
      ['scrub step, naive setData (median)', r.naive_scrub_ms_median, `p95 ${r.naive_scrub_ms_p95}`],
      ['type filter (untick → drawn)', r.filter_ms, ''],
      ['search (typing → drawn, 150 ms debounce)', r.detail.search_ms, ''],
      ['one repaint, nothing changed (median)', r.detail.frame_ms_median, 'the software-GL floor'],
    ];
    for (const [k, v, x] of rows) console.log(`  ${k.padEnd(40)} ${String(v).padStart(8)} ms  ${x}`);
  }
}
