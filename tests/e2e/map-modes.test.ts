/**
 * Browser tests of the map modes: the heatmap toggle (drawn from the events in the view, kept in the URL hash) and the
 * cluster counts drawn at low zoom from the events passing the filters. Fixture events as in app.test.ts.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { appSuite, drawnFeatures, listedIds, waitForIdle, waitForReady } from './helpers.js';

const T = { timeout: 90_000 };

/** The map methods these tests use beyond helpers.ts's MapLike. */
interface ModeMap {
  getLayer(id: string): unknown;
  getLayoutProperty(id: string, name: string): unknown;
  querySourceFeatures(id: string): { properties: Record<string, unknown> }[];
  getZoom(): number;
  queryRenderedFeatures(opts: { layers: string[] }): {
    properties: Record<string, unknown>;
    geometry: { type: string; coordinates: number[] };
  }[];
  project(lngLat: [number, number]): { x: number; y: number };
}
/** The page's window as these tests see it (page.evaluate callbacks run in the page: no closures over test code). */
type ModeWindow = { map: ModeMap };

const app = appSuite('e2e-modes');
let page: Page;
beforeEach(() => {
  page = app.page;
});
const open = (hash = '') => app.open(hash);

/** To 30 days earlier (2024-03-31), then From `days` later: 10 leaves evt-0004 and evt-0005. */
async function narrow(days: number): Promise<void> {
  const to = page.getByRole('slider', { name: 'To' });
  await to.focus();
  await to.press('PageDown');
  const from = page.getByRole('slider', { name: 'From' });
  await from.focus();
  for (let i = 0; i < days; i++) await from.press('ArrowRight');
}

/** The clusters drawn now: point_count and position of each. */
async function clusters(): Promise<{ count: number; at: number[] }[]> {
  await waitForIdle(page);
  return page.evaluate(() =>
    (window as unknown as ModeWindow).map
      .queryRenderedFeatures({ layers: ['event-clusters'] })
      .map((f) => ({ count: Number(f.properties.point_count), at: f.geometry.coordinates })),
  );
}

describe('map modes', () => {
  it('toggles a heatmap that follows the filters and is kept in the URL hash', T, async () => {
    await open();
    const box = page.getByRole('checkbox', { name: 'Heatmap' });
    expect(await box.isChecked()).toBe(false);
    expect(
      await page.evaluate(() =>
        (window as unknown as ModeWindow).map.getLayoutProperty('events-heatmap', 'visibility'),
      ),
    ).toBe('none');

    await box.check();
    expect(
      await page.evaluate(() =>
        (window as unknown as ModeWindow).map.getLayoutProperty('events-heatmap', 'visibility'),
      ),
    ).toBe('visible');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('heat=1');
    await waitForIdle(page);
    // queryRenderedFeatures does not cover heatmaps: the layer exists, is visible and drawn at this zoom.
    expect(
      await page.evaluate(
        () =>
          !!(window as unknown as ModeWindow).map.getLayer('events-heatmap') &&
          (window as unknown as ModeWindow).map.getZoom() < 9,
      ),
    ).toBe(true);

    await narrow(10); // from 2024-03-12
    expect(await listedIds(page)).toEqual(['evt-0004', 'evt-0005']);
    // The heatmap's source holds just the events in the view.
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            [
              ...new Set(
                (window as unknown as ModeWindow).map
                  .querySourceFeatures('events-heat')
                  .map((f) => String(f.properties.event_id)),
              ),
            ].sort(),
          ),
        { timeout: 15_000 },
      )
      .toEqual(['evt-0004', 'evt-0005']);

    await page.reload();
    await waitForReady(page);
    expect(await page.getByRole('checkbox', { name: 'Heatmap' }).isChecked()).toBe(true);
    expect(
      await page.evaluate(() =>
        (window as unknown as ModeWindow).map.getLayoutProperty('events-heatmap', 'visibility'),
      ),
    ).toBe('visible');

    await page.getByRole('checkbox', { name: 'Heatmap' }).uncheck();
    expect(
      await page.evaluate(() =>
        (window as unknown as ModeWindow).map.getLayoutProperty('events-heatmap', 'visibility'),
      ),
    ).toBe('none');
    await expect.poll(() => page.evaluate(() => window.location.hash)).not.toContain('heat=');
  });

  it('draws cluster counts of the filtered events at low zoom and zooms in on a click', T, async () => {
    await open('#map=1/28/42');
    // The individual event layer is not drawn below the cluster zoom; every event is in a cluster or drawn alone.
    expect((await drawnFeatures(page)).length).toBe(0);
    const all = await clusters();
    const single = await page.evaluate(
      () => (window as unknown as ModeWindow).map.queryRenderedFeatures({ layers: ['event-clusters-point'] }).length,
    );
    expect(all.reduce((n, c) => n + c.count, 0) + single).toBe(6);

    await narrow(10); // from 2024-03-12: two events left, close together
    const listed = await listedIds(page);
    expect(listed).toEqual(['evt-0004', 'evt-0005']);
    await expect.poll(async () => (await clusters()).map((c) => c.count), { timeout: 15_000 }).toEqual([listed.length]);

    // A click on the cluster zooms in to where it breaks apart.
    const [cluster] = await clusters();
    const pt = await page.evaluate(
      (at) => (window as unknown as ModeWindow).map.project(at as [number, number]),
      cluster.at as [number, number],
    );
    const canvas = await page.locator('#map canvas').boundingBox();
    if (!canvas) throw new Error('no map canvas');
    await page.mouse.click(canvas.x + pt.x, canvas.y + pt.y);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as ModeWindow).map.getZoom()), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(3);
    await waitForIdle(page);
    await expect
      .poll(async () => [...new Set((await drawnFeatures(page)).map((f) => String(f.properties.event_id)))].sort())
      .toEqual(listed);
  });

  it(
    'refuses a non-https basemap URL and reports a CSP refusal of an online one, keeping the offline map',
    T,
    async () => {
      await open();
      const field = page.getByLabel('Online basemap style URL');
      expect(await field.inputValue()).toBe('');
      const status = page.locator('#basemap-status');
      await field.fill('http://tiles.example.com/style.json');
      await page.getByRole('button', { name: 'Apply' }).click();
      await expect.poll(() => status.textContent()).toContain('https://');
      expect(await field.getAttribute('aria-invalid')).toBe('true');

      await field.fill('https://tiles.example.com/style.json');
      await page.getByRole('button', { name: 'Apply' }).click();
      await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain('Content-Security-Policy');
      expect(await page.evaluate(() => localStorage.getItem('geoevents:basemap-url'))).toBeNull();
      await waitForIdle(page);
      expect((await drawnFeatures(page)).length).toBeGreaterThan(0);
      // The browser logs the refused connection itself; that one is expected here.
      app.allowProblems(/Content Security Policy/i);
    },
  );
});
