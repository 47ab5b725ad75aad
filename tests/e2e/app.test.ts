/**
 * Browser tests of the built web app (dist-app; run `npm run build` first) in headless Chromium with SwiftShader.
 * Each test gets a new browser context (no shared storage). Fixture events are served from data/e2e/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  type AppWindow,
  listedIds,
  ROOT,
  renderedIds,
  renderedPoint,
  waitForIdle,
  waitForReady,
  drawnFeatures,
  appSuite,
} from './helpers.js';

const T = { timeout: 90_000 };
const ALL = ['evt-0001', 'evt-0002', 'evt-0003', 'evt-0004', 'evt-0005', 'evt-0006'];

// Fixtures in data/e2e/ (the default folder of copyFixtures).
const app = appSuite('e2e');
let page: Page;
beforeEach(() => {
  page = app.page;
});

async function open(data = 'data/e2e/events.geojson', hash = ''): Promise<void> {
  await page.goto(`${app.url}?data=${encodeURIComponent(data)}${hash}`);
  await waitForReady(page);
}

const popup = () => page.locator('.maplibregl-popup');

describe('GeoEvents web app', () => {
  it('renders all events on the map and in the list', T, async () => {
    await open();
    expect(await renderedIds(page)).toEqual(ALL);
    expect(await listedIds(page)).toEqual(ALL);
    const counts = await page.locator('#legend-items .count').allTextContents();
    expect(counts.slice(0, 6)).toEqual(['1', '1', '1', '1', '1', '1']);
    expect((await drawnFeatures(page, 'event-areas-fill')).length).toBeGreaterThan(0);
    // Screenshots for the docs only when asked (SCREENSHOTS=1), so test runs leave the tree unchanged.
    const shots = process.env.SCREENSHOTS ? join(ROOT, 'docs', 'img') : null;
    if (shots) mkdirSync(shots, { recursive: true });
    if (shots) await page.screenshot({ path: join(shots, 'fixture-map.png') });

    await page
      .getByRole('button', { name: /Deir ez-Zor/ })
      .first()
      .click();
    await expect.poll(() => popup().count()).toBe(1);
    await waitForIdle(page);
    if (shots) await page.screenshot({ path: join(shots, 'fixture-popup.png') });
  });

  it('narrows the map and the list with the From/To sliders (keyboard)', T, async () => {
    await open();
    const to = page.getByRole('slider', { name: 'To' });
    await to.focus();
    await to.press('PageDown'); // 30 days earlier: 2024-03-31 drops the April event
    expect(await listedIds(page)).toEqual(ALL.slice(0, 5));
    expect(await renderedIds(page)).toEqual(ALL.slice(0, 5));

    const from = page.getByRole('slider', { name: 'From' });
    await from.focus();
    for (let i = 0; i < 10; i++) await from.press('ArrowRight'); // from 2024-03-12
    expect(await listedIds(page)).toEqual(['evt-0004', 'evt-0005']);
    expect(await renderedIds(page)).toEqual(['evt-0004', 'evt-0005']);
    // The hash is written after the input (at most four times a second), so it is polled.
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('from=2024-03-12');
    expect(await page.evaluate(() => window.location.hash)).toContain('to=2024-03-31');
  });

  it('keeps the view in the URL hash across a reload', T, async () => {
    await open('data/e2e/events.geojson', '#from=2024-03-14&to=2024-03-16&map=5/33/44');
    expect(await listedIds(page)).toEqual(['evt-0004']);
    await page.reload();
    await waitForReady(page);
    expect(await listedIds(page)).toEqual(['evt-0004']);
    expect(await page.getByRole('slider', { name: 'From' }).getAttribute('aria-valuetext')).toBe('2024-03-14');
    // A change is written to the hash just after the map's next frame (off the input's path), then kept on reload.
    await page.getByRole('slider', { name: 'From' }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('from=2024-03-13');
    await page.reload();
    await waitForReady(page);
    expect(await page.getByRole('slider', { name: 'From' }).getAttribute('aria-valuetext')).toBe('2024-03-13');
  });

  it('filters by event type checkboxes and text search', T, async () => {
    await open();
    await page.getByRole('checkbox', { name: /Battles/ }).uncheck();
    await expect.poll(() => listedIds(page)).toEqual(ALL.slice(1));
    expect(await renderedIds(page)).not.toContain('evt-0001');
    await page.getByLabel('Search places, actors, notes').fill('police');
    await expect.poll(() => listedIds(page)).toEqual(['evt-0005']);
    expect(await renderedIds(page)).toEqual(['evt-0005']);
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('q=police');
  });

  it('Play moves the time window forward and Pause stops it', T, async () => {
    await open();
    await page.getByLabel('Speed').selectOption({ label: 'Fast' });
    const from = page.getByRole('slider', { name: 'From' });
    const start = Number(await from.inputValue());
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => page.locator('#play').textContent()).toBe('Pause');
    await expect.poll(async () => Number(await from.inputValue()), { timeout: 30_000 }).toBeGreaterThan(start + 2);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => page.locator('#play').textContent()).toBe('Play');
    expect((await listedIds(page)).length).toBeLessThan(ALL.length);
  });

  it('opens a popup from the map with evidence, highlighted place and other candidates', T, async () => {
    await open();
    const pt = await page.evaluate(() => (window as unknown as AppWindow).map.project([36.6339, 35.9306]));
    const box = await page.locator('#map canvas').boundingBox();
    if (!box) throw new Error('no map canvas');
    await page.mouse.click(box.x + pt.x, box.y + pt.y);
    await expect.poll(() => popup().count()).toBe(1);
    await expect
      .poll(() => popup().locator('.ge-evidence').textContent())
      .toContain('Air strikes struck the outskirts');
    expect(await popup().locator('mark').textContent()).toBe('Idlib');
    expect(await popup().getByText('Other candidates').count()).toBe(1);
    expect(await popup().getByText('Idlib Governorate').count()).toBe(1);
    expect(await popup().getByRole('link').getAttribute('href')).toBe('https://levant.example.com/idlib-strikes');
    expect(await popup().getByRole('link').getAttribute('rel')).toContain('noopener');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('sel=evt-0002');
  });

  it('moves the pin to another candidate, keeps it across a reload, exports it and resets', T, async () => {
    await open();
    expect(await renderedPoint(page, 'evt-0003')).toEqual([expect.closeTo(41.8754, 1), expect.closeTo(36.3209, 1)]);
    await page
      .getByRole('button', { name: /Sinjar/ })
      .first()
      .click();
    const candidate = popup().locator('li', { hasText: 'Sinjar Mountains' });
    await candidate.getByRole('button', { name: 'Use this place' }).click();
    const near = (p: number[] | null, lon: number, lat: number) =>
      !!p && Math.abs(p[0] - lon) < 0.02 && Math.abs(p[1] - lat) < 0.02;
    await expect
      .poll(async () => near(await renderedPoint(page, 'evt-0003'), 41.7, 36.37), { timeout: 30_000 })
      .toBe(true);
    const item = page.getByRole('list', { name: 'Events' }).locator('button[data-event-id="evt-0003"]');
    expect(await item.textContent()).toContain('corrected');

    await page.reload();
    await waitForReady(page);
    expect(near(await renderedPoint(page, 'evt-0003'), 41.7, 36.37)).toBe(true);
    expect(await item.textContent()).toContain('corrected');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export GeoJSON', exact: true }).click(),
    ]);
    const fc = JSON.parse(readFileSync(await download.path(), 'utf8'));
    const f = fc.features.find((x: { properties: { event_id: string } }) => x.properties.event_id === 'evt-0003');
    expect(f.geometry.coordinates).toEqual([41.7, 36.37]);
    expect(f.properties.corrections[0]).toMatchObject({ field: 'location', to: { name: 'Sinjar Mountains' } });

    await item.click();
    await popup().getByText('Correct this event').click();
    await popup().getByRole('button', { name: 'Reset' }).click();
    await expect
      .poll(async () => near(await renderedPoint(page, 'evt-0003'), 41.8754, 36.3209), { timeout: 30_000 })
      .toBe(true);
    expect(await item.textContent()).not.toContain('corrected');
  });

  it('corrects the type and date of an event from the popup form', T, async () => {
    await open();
    const item = page.getByRole('list', { name: 'Events' }).locator('button[data-event-id="evt-0004"]');
    await item.click();
    await popup().getByText('Correct this event').click();
    await popup().getByLabel('Event type', { exact: true }).selectOption('Riots');
    await popup().getByLabel('Event date', { exact: true }).fill('2024-04-20');
    await popup().getByRole('button', { name: 'Save correction' }).click();
    await expect.poll(() => item.textContent()).toContain('corrected');
    expect(await item.textContent()).toContain('2024-04-20 · Riots');
    const counts = await page.locator('#legend-items .count').allTextContents();
    expect(counts[3]).toBe('0'); // Protests
    expect(counts[4]).toBe('2'); // Riots
    expect(await renderedIds(page)).toContain('evt-0004'); // the map flew to it
    const to = page.getByRole('slider', { name: 'To' });
    await to.focus();
    await to.press('PageDown'); // to 2024-03-31: the corrected event (now 2024-04-20) leaves the view
    expect(await listedIds(page)).toEqual(['evt-0001', 'evt-0002', 'evt-0003', 'evt-0005']);
    expect(await renderedIds(page)).not.toContain('evt-0004');
  });

  it('exports the filtered view as GeoJSON', T, async () => {
    await open();
    const to = page.getByRole('slider', { name: 'To' });
    await to.focus();
    await to.press('PageDown');
    const listed = await listedIds(page);
    expect(listed).toHaveLength(5);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export GeoJSON', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('geoevents.geojson');
    const fc = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((x: { properties: { event_id: string } }) => x.properties.event_id).sort()).toEqual(listed);
    expect(fc.features[0].properties.day_start).toBeUndefined();
  });

  it('never runs script payloads from event data', T, async () => {
    await open('data/e2e/xss.geojson');
    expect(await renderedIds(page)).toEqual(['evt-xss']);
    await page.getByRole('list', { name: 'Events' }).getByRole('button').first().click();
    await expect.poll(() => popup().count()).toBe(1);
    await popup().getByText('Correct this event').click();
    await waitForIdle(page);
    const text = (await popup().textContent()) ?? '';
    expect(text).toContain('<img src=x onerror=window.__xss=1>');
    expect(text).toContain('<script>window.__xss=1</script>');
    expect(await page.locator('img[src="x"], .maplibregl-popup script, #side script').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    expect(await popup().getByRole('link').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as AppWindow).__xss)).toBeUndefined();
  });

  it('is usable on a 390×844 phone screen', T, async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open();
    expect(await renderedIds(page)).toEqual(ALL);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page
      .getByRole('button', { name: /Baghdad/ })
      .first()
      .click();
    await expect.poll(() => popup().count()).toBe(1);
    const box = await popup().boundingBox();
    expect(box && box.width <= 390).toBe(true);
  });
});
