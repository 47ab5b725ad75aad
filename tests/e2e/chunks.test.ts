/**
 * Browser test of the time-chunked event layers (src/app/event-chunks.ts) on 9,000 synthetic events (three chunks):
 * a narrow window draws only the chunks it covers, the map draws exactly the events in the window, and an event of
 * any chunk can be clicked and is outlined.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { syntheticEvents } from '../../scripts/synthetic-events.js';
import { type AppWindow, appSuite, DIST, drawnFeatures, waitForIdle } from './helpers.js';

const T = { timeout: 120_000 };
const DIR = 'e2e-chunks';
const FILE = 'chunks.geojson';
const N = 9000;

const data = syntheticEvents(N, 7);

const app = appSuite(DIR, FILE);
let page: Page;
beforeAll(() => {
  mkdirSync(join(DIST, 'data', DIR), { recursive: true });
  writeFileSync(join(DIST, 'data', DIR, FILE), JSON.stringify(data));
});
beforeEach(() => {
  page = app.page;
});

/** Event ids in the data whose dates overlap [from, to] (ISO days, inclusive). */
function inWindow(from: string, to: string): string[] {
  return data.features
    .filter((f) => f.properties.date_start <= to && f.properties.date_end >= from)
    .map((f) => f.properties.event_id)
    .sort();
}

/** Opens the app afresh (a hash change alone would not reload it). */
async function open(hash: string): Promise<void> {
  await page.goto('about:blank');
  await app.open(hash);
}

const drawnChunks = () => page.evaluate(() => (window as unknown as AppWindow).__geoevents?.drawnChunks?.() ?? []);
const drawnIds = async () => [...new Set((await drawnFeatures(page)).map((f) => String(f.properties.event_id)))].sort();
const selectedIds = () =>
  page.evaluate(() => {
    const w = window as unknown as AppWindow;
    return w.map.queryRenderedFeatures({ layers: ['events-selected'] }).map((f) => w.__geoevents?.eventIdOf?.(f.id));
  });

describe('time-chunked event layers', () => {
  it('draws only the chunks a window covers, and exactly the events in it', T, async () => {
    // Zoom 4.5 over the synthetic events' box (lon 34–48, lat 29–38): every event is in view, none clustered.
    await open('#map=4.5/33.5/41');
    const layers = await page.evaluate(() => (window as unknown as AppWindow).__geoevents?.eventLayers?.() ?? []);
    expect(layers).toEqual(['events-0', 'events-1', 'events-2']);
    expect(await drawnChunks()).toEqual([0, 1, 2]);
    expect((await drawnIds()).length).toBe(N);

    await open('#map=4.5/33.5/41&from=2024-01-01&to=2024-01-30');
    expect(await drawnChunks()).toEqual([0]);
    expect(await drawnIds()).toEqual(inWindow('2024-01-01', '2024-01-30'));

    // The last days of 2025 are in the last chunk only.
    await open('#map=4.5/33.5/41&from=2025-12-01&to=2025-12-31');
    expect(await drawnChunks()).toEqual([2]);
    const late = inWindow('2025-12-01', '2025-12-31');
    expect(await drawnIds()).toEqual(late);

    // Clicking a drawn event of the last chunk selects and outlines it.
    const f = (await drawnFeatures(page)).find((x) => x.properties.event_id === late[0]);
    expect(f).toBeDefined();
    const at = await page.evaluate(
      (c) => (window as unknown as AppWindow).map.project(c as [number, number]),
      f?.coordinates ?? [],
    );
    const box = await page.locator('#map').boundingBox();
    await page.mouse.click((box?.x ?? 0) + at.x, (box?.y ?? 0) + at.y);
    await expect.poll(() => page.locator('.maplibregl-popup').count()).toBe(1);
    const sel = async () => new URLSearchParams((await page.evaluate(() => window.location.hash)).slice(1)).get('sel');
    await expect.poll(sel).not.toBeNull();
    const id = String(await sel());
    expect(late).toContain(id);
    await expect.poll(selectedIds).toEqual([id]);

    // A window without the selected event drops its outline (the outline never shows a hidden event).
    await page.locator('#from').focus();
    await page.keyboard.press('End');
    await waitForIdle(page);
    expect(await drawnIds()).toEqual(inWindow('2025-12-31', '2025-12-31'));
    await expect.poll(selectedIds).toEqual(inWindow('2025-12-31', '2025-12-31').includes(id) ? [id] : []);
  });
});
