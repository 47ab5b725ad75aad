/**
 * The product path end to end: the seed articles went through the real pipeline at build time (npm run build writes
 * dist-app/data/events.geojson with `geoevents ingest data/articles`); the default page must draw those events.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appSuite, DIST, drawnFeatures, ROOT, waitForReady } from './helpers.js';

// No fixture folder: the build's own events, as a user's `npm start` shows them.
const app = appSuite(null);

describe('seed events on the default page', () => {
  it('draws the events at Naqura and Dumayr and quotes the article in the popup', { timeout: 90_000 }, async () => {
    const events = JSON.parse(readFileSync(join(DIST, 'data', 'events.geojson'), 'utf8'));
    const naqura = events.features.find(
      (f: { properties: { geonameid: number } }) => f.properties.geonameid === 278832,
    );
    const dumayr = events.features.find(
      (f: { properties: { geonameid: number } }) => f.properties.geonameid === 170589,
    );
    expect(naqura, 'an event at Naqura in the built events').toBeTruthy();
    expect(dumayr, 'an event at Dumayr in the built events').toBeTruthy();

    const page = app.page;
    await app.open();
    const rendered = (await drawnFeatures(page)).map((f) => f.properties.event_id);
    expect(rendered).toContain(naqura.properties.event_id);
    expect(rendered).toContain(dumayr.properties.event_id);

    await page
      .getByRole('list', { name: 'Events' })
      .getByRole('button')
      .filter({ hasText: /N[aâ]q/ })
      .first()
      .click();
    const popup = page.locator('.maplibregl-popup');
    await expect.poll(() => popup.count()).toBe(1);
    await expect.poll(() => popup.textContent()).toContain(naqura.properties.evidence.text.slice(0, 40));
    if (process.env.SCREENSHOTS) {
      await page.screenshot({ path: join(ROOT, 'docs', 'img', 'seed-popup.png') });
      await page.keyboard.press('Escape');
      await page.goto(app.url);
      await waitForReady(page);
      await page.screenshot({ path: join(ROOT, 'docs', 'img', 'seed-map.png') });
    }
  });

  it('draws the offline basemap from its vector tiles: land, borders and labels, every tile request answered', {
    timeout: 90_000,
  }, async () => {
    const page = app.page;
    const tiles: { url: string; status: number }[] = [];
    page.on('response', (res) => {
      if (res.url().includes('/data/basemap/')) tiles.push({ url: res.url(), status: res.status() });
    });
    await app.open();
    const drawn = await page.evaluate(() => {
      const map = (
        window as unknown as { map: { queryRenderedFeatures(o: object): { properties: { name?: string } }[] } }
      ).map;
      const names = (layer: string) =>
        map.queryRenderedFeatures({ layers: [layer] }).map((f) => f.properties.name ?? '');
      return { land: names('land').length, borders: names('boundaries').length, countries: names('country-labels') };
    });
    expect(drawn.land).toBeGreaterThan(0);
    expect(drawn.borders).toBeGreaterThan(0);
    expect(drawn.countries).toEqual(expect.arrayContaining(['Lebanon', 'Syria']));
    expect(tiles.length).toBeGreaterThan(0);
    expect(tiles.filter((t) => !/\/data\/basemap\/tiles\/\d+\/\d+\/\d+\.pbf$/.test(t.url) || t.status !== 200)).toEqual(
      [],
    );
  });
});
