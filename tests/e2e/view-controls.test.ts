/**
 * Browser tests of the actor and country menus, cumulative playback and moving a pin by hand (mouse and keyboard),
 * on the fixture events of app.test.ts served from data/e2e-view/.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  type AppWindow,
  appSuite,
  listedIds,
  renderedIds,
  renderedPoint,
  waitForIdle,
  waitForReady,
} from './helpers.js';

const T = { timeout: 90_000 };
const DIR = 'e2e-view';

const app = appSuite(DIR);
let page: Page;
beforeEach(() => {
  page = app.page;
});
const open = (hash = '') => app.open(hash);

const popup = () => page.locator('.maplibregl-popup');
const item = (id: string) => page.getByRole('list', { name: 'Events' }).locator(`button[data-event-id="${id}"]`);
describe('view controls', () => {
  it('filters by actor and by country, with counts, kept in the URL hash', T, async () => {
    await open();
    const actor = page.getByLabel('Actor', { exact: true });
    const country = page.getByLabel('Country', { exact: true });
    const actorOptions = await actor.locator('option').allTextContents();
    expect(actorOptions[0]).toBe('All actors');
    expect(actorOptions).toContain('Police Forces of Iraq (1)');
    expect(await country.locator('option').allTextContents()).toEqual([
      'All countries',
      'Iraq (3)',
      'Syria (2)',
      'Yemen (1)',
    ]);

    await country.selectOption('Iraq');
    await expect.poll(() => listedIds(page)).toEqual(['evt-0003', 'evt-0004', 'evt-0005']);
    expect(await renderedIds(page)).toEqual(['evt-0003', 'evt-0004', 'evt-0005']);
    // An actor counts in either role: the police are actor2 of the riot.
    await actor.selectOption('Police Forces of Iraq');
    await expect.poll(() => listedIds(page)).toEqual(['evt-0005']);
    expect(await renderedIds(page)).toEqual(['evt-0005']);
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('actor=Police');
    const hash = await page.evaluate(() => window.location.hash);
    expect(hash).toContain('country=Iraq');
    expect(hash).toContain('actor=Police+Forces+of+Iraq');

    await page.reload();
    await waitForReady(page);
    expect(await listedIds(page)).toEqual(['evt-0005']);
    expect(await page.getByLabel('Actor', { exact: true }).inputValue()).toBe('Police Forces of Iraq');
    await page.getByLabel('Country', { exact: true }).selectOption('');
    await page.getByLabel('Actor', { exact: true }).selectOption('');
    await expect.poll(() => listedIds(page)).toHaveLength(6);
  });

  it('plays cumulatively: From stays on the first day while To advances', T, async () => {
    await open();
    const from = page.getByRole('slider', { name: 'From' });
    const to = page.getByRole('slider', { name: 'To' });
    const first = Number(await from.getAttribute('min'));
    await page.getByLabel('Play mode').selectOption('cumulative');
    await page.getByLabel('Speed').selectOption({ label: 'Fast' });
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(async () => Number(await to.inputValue()), { timeout: 30_000 }).toBeGreaterThan(first + 9);
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(Number(await from.inputValue())).toBe(first);
    const end = Number(await to.inputValue());
    // Events from the first day up to To are all shown: the cumulative window only grows.
    const expected = ['evt-0001', 'evt-0002', 'evt-0003', 'evt-0004', 'evt-0005'].filter(
      (_, i) => [0, 3, 8, 13, 16][i] <= end - first,
    );
    expect(await listedIds(page)).toEqual(expected);
    expect(await renderedIds(page)).toEqual(expected);
  });

  it('moves a pin by dragging, keeps it across a reload and in exports, and resets it', T, async () => {
    await open();
    const original = await renderedPoint(page, 'evt-0004');
    if (!original) throw new Error('evt-0004 not drawn');
    await item('evt-0004').click();
    await popup().getByText('Correct this event').click();
    await popup().getByRole('button', { name: 'Move the pin' }).click();
    await expect.poll(() => popup().count()).toBe(0);
    const pin = page.getByRole('button', { name: /^Pin of / });
    const box = await pin.boundingBox();
    if (!box) throw new Error('no pin');
    const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(start.x + 10 * i, start.y + 5 * i);
    await page.mouse.up();
    const canvas = await page.locator('#map canvas').boundingBox();
    if (!canvas) throw new Error('no map canvas');
    const [lng, lat] = await page.evaluate(
      ([x, y]) => {
        const p = (window as unknown as AppWindow).map.unproject([x, y]);
        return [p.lng, p.lat];
      },
      [start.x + 80 - canvas.x, start.y + 40 - canvas.y],
    );
    const t = { lng, lat };
    await page.getByRole('button', { name: 'Save position' }).click();
    const near = (p: number[] | null, lon: number, lat: number, tol = 0.05) =>
      !!p && Math.abs(p[0] - lon) < tol && Math.abs(p[1] - lat) < tol;
    await expect
      .poll(async () => near(await renderedPoint(page, 'evt-0004'), t.lng, t.lat), { timeout: 30_000 })
      .toBe(true);
    expect(near(await renderedPoint(page, 'evt-0004'), original[0], original[1], 0.01)).toBe(false);
    expect(await item('evt-0004').textContent()).toContain('corrected');

    await page.reload();
    await waitForReady(page);
    expect(near(await renderedPoint(page, 'evt-0004'), t.lng, t.lat)).toBe(true);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export GeoJSON', exact: true }).click(),
    ]);
    const fc = JSON.parse(readFileSync(await download.path(), 'utf8'));
    const f = fc.features.find((x: { properties: { event_id: string } }) => x.properties.event_id === 'evt-0004');
    expect(near(f.geometry.coordinates, t.lng, t.lat)).toBe(true);
    expect(f.properties.geonameid).toBeNull();
    expect(f.properties.corrections.at(-1)).toMatchObject({ field: 'position', to: { name: 'set by hand' } });

    await item('evt-0004').click();
    await popup().getByText('Correct this event').click();
    expect(await popup().locator('.ge-audit').textContent()).toContain('position');
    await popup().getByRole('button', { name: 'Reset' }).click();
    await expect
      .poll(async () => near(await renderedPoint(page, 'evt-0004'), original[0], original[1], 0.01), {
        timeout: 30_000,
      })
      .toBe(true);
  });

  it('moves a pin with the keyboard; Escape leaves it where it was', T, async () => {
    await open();
    const original = await renderedPoint(page, 'evt-0002');
    if (!original) throw new Error('evt-0002 not drawn');

    await item('evt-0002').click();
    await popup().getByText('Correct this event').click();
    await popup().getByRole('button', { name: 'Move the pin' }).click();
    const pin = page.getByRole('button', { name: /^Pin of / });
    await expect.poll(() => pin.evaluate((n) => n === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => pin.count()).toBe(0);
    await waitForIdle(page);
    const kept = await renderedPoint(page, 'evt-0002');
    expect(kept?.[0]).toBeCloseTo(original[0], 2);
    expect(kept?.[1]).toBeCloseTo(original[1], 2);

    await item('evt-0002').click();
    await waitForIdle(page); // the map flies to the event: the pin would move with it
    await popup().getByText('Correct this event').click();
    await popup().getByRole('button', { name: 'Move the pin' }).click();
    const at = await page.getByRole('button', { name: /^Pin of / }).boundingBox();
    if (!at) throw new Error('no pin');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft'); // 30 px west
    await page.keyboard.press('Shift+ArrowUp'); // 50 px north
    const moved = await page.getByRole('button', { name: /^Pin of / }).boundingBox();
    if (!moved) throw new Error('no pin');
    // Markers sit on whole pixels: each key step can round by one.
    expect(Math.abs(moved.x - at.x + 30)).toBeLessThanOrEqual(2);
    expect(Math.abs(moved.y - at.y + 50)).toBeLessThanOrEqual(2);
    await page.keyboard.press('Enter');
    await expect.poll(() => item('evt-0002').textContent(), { timeout: 30_000 }).toContain('corrected');
    const now = await renderedPoint(page, 'evt-0002');
    expect(now?.[0]).toBeLessThan(original[0]);
    expect(now?.[1]).toBeGreaterThan(original[1]);
  });
});
