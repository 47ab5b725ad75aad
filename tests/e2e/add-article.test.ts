/**
 * "Add an article" in the built app (dist-app; run `npm run build` first): pasted text and article files go through the
 * real pipeline in a Web Worker (with the real gazetteer), the events join the map, the list and the timeline, they
 * survive a reload (IndexedDB) and can be removed. Bad files give one line in the status region and lose nothing.
 * Uses the default page (the seed events), so it shares no files with the other browser tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type AppWindow,
  DIST,
  listedIds,
  ROOT,
  renderedIds,
  waitForIdle,
  waitForReady,
  drawnFeatures,
  appSuite,
} from './helpers.js';

const T = { timeout: 120_000 };
const ARTICLES = join(ROOT, 'tests', 'fixtures', 'app', 'articles');
/** Mapping waits for the gazetteer (~45 MB) the first time in each page. */
const MAPPED = { timeout: 90_000 };

const SARAQEB_TITLE = 'Clashes in Saraqeb leave four fighters dead';
/** Published Friday 2024-03-15: "on Tuesday" is 2024-03-12. */
const SARAQEB_TEXT = [
  'Heavy clashes broke out on Tuesday between government forces and armed opposition fighters in the town of Saraqeb',
  'in Idlib province, a war monitor said. Four fighters were killed and several others wounded in the fighting on the',
  'eastern edge of the town. Residents said shelling continued into the night. The fighting was the heaviest in the',
  'area in weeks.',
].join(' ');

const app = appSuite(null);
let page: Page;
let seedIds: string[];

beforeAll(() => {
  const seed = JSON.parse(readFileSync(join(DIST, 'data', 'events.geojson'), 'utf8'));
  seedIds = seed.features.map((f: { properties: { event_id: string } }) => f.properties.event_id).sort();
});

beforeEach(() => {
  page = app.page;
});

const open = () => app.open();

const status = () => page.locator('#add-status');
const statusText = async () => (await status().textContent()) ?? '';
const eventsList = () => page.getByRole('list', { name: 'Events' });
const yourArticles = () => page.getByRole('list', { name: 'Your articles' });

/** Waits until the add in progress is over (the status region is no longer busy); returns its line. */
async function settled(): Promise<string> {
  await expect.poll(() => status().getAttribute('data-kind'), MAPPED).not.toBe('busy');
  return statusText();
}

/** Waits for a successful add, and returns its status line. */
async function mapped(): Promise<string> {
  const text = await settled();
  expect(text).toMatch(/^Mapped \d+ events? from /);
  await waitForIdle(page);
  return text;
}

/** The id and list text of the one listed event whose title matches. */
async function listedEvent(name: RegExp): Promise<{ id: string; text: string }> {
  const btn = eventsList().getByRole('button').filter({ hasText: name }).first();
  await expect.poll(() => btn.count(), MAPPED).toBe(1);
  return { id: (await btn.getAttribute('data-event-id')) ?? '', text: (await btn.textContent()) ?? '' };
}

/** Day number (as the app's day_start) of an ISO date. */
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** Properties of a rendered feature of the events layer. */
async function rendered(id: string): Promise<{ props: Record<string, unknown>; coords: number[] } | null> {
  await waitForIdle(page);
  const f = (await drawnFeatures(page)).find((x) => x.properties.event_id === id);
  return f ? { props: f.properties, coords: f.coordinates } : null;
}

async function dropFile(name: string, text: string, type = 'application/json'): Promise<void> {
  await page.evaluate(
    ([n, t, mime]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], n, { type: mime }));
      const zone = document.getElementById('add-article');
      if (!zone) throw new Error('no drop zone');
      for (const type of ['dragenter', 'dragover', 'drop'])
        zone.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    [name, text, type],
  );
}

describe('Add an article', () => {
  it('maps pasted text, keeps it across a reload and removes it', T, async () => {
    await open();
    expect(await listedIds(page)).toEqual(seedIds);

    // No date: a clear message, nothing sent to the worker.
    await page.getByLabel('Article text').fill(SARAQEB_TEXT);
    await page.getByLabel('Title (optional)').fill(SARAQEB_TITLE);
    await page.getByRole('button', { name: 'Map this article' }).click();
    expect(await settled()).toBe("Enter the article's publication date.");
    expect(await page.getByLabel('Publication date').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('article-date');

    await page.getByLabel('Publication date').fill('2024-03-15');
    await page.getByRole('button', { name: 'Map this article' }).click();
    expect(await mapped()).toContain(SARAQEB_TITLE);

    const ev = await listedEvent(/Saraq/);
    expect(ev.text).toContain('2024-03-12');
    expect(ev.text).toContain('added');
    const f = await rendered(ev.id);
    expect(f, 'the new event is drawn on the map').not.toBeNull();
    expect(f?.props.day_start).toBe(day('2024-03-12'));
    expect(f?.coords[0]).toBeCloseTo(36.8, 0);
    expect(f?.coords[1]).toBeCloseTo(35.86, 0);
    expect(await listedIds(page)).toEqual([...seedIds, ev.id].sort());
    expect(await yourArticles().getByRole('listitem').count()).toBe(1);
    expect(await yourArticles().textContent()).toContain(SARAQEB_TITLE);
    expect(await page.getByLabel('Article text').inputValue()).toBe('');

    // The timeline widened to the new date: both the seed events and the new one are in the window.
    const from = await page.getByRole('slider', { name: 'From' }).getAttribute('aria-valuetext');
    expect(from && from <= '2024-03-12').toBe(true);

    await page.reload();
    await waitForReady(page);
    expect(await listedIds(page)).toContain(ev.id);
    expect(await rendered(ev.id)).not.toBeNull();
    expect(await yourArticles().textContent()).toContain(SARAQEB_TITLE);

    await yourArticles()
      .getByRole('button', { name: /^Remove/ })
      .click();
    await expect.poll(() => listedIds(page)).toEqual(seedIds);
    expect(await renderedIds(page)).not.toContain(ev.id);
    expect(await statusText()).toContain('Removed');
    expect(await page.locator('#added').isHidden()).toBe(true);

    await page.reload();
    await waitForReady(page);
    expect(await listedIds(page)).toEqual(seedIds);
  });

  it('maps a dropped .json file; corrections and exports work for its events; bad files lose nothing', T, async () => {
    await open();
    await dropFile('bint-jbeil-strike.json', readFileSync(join(ARTICLES, 'bint-jbeil-strike.json'), 'utf8'));
    expect(await mapped()).toContain('Drone strike on a car in Bint Jbeil kills two');
    const ev = await listedEvent(/B[ei]n?t Jba?[iï]?l|Jbeil/);
    expect(ev.text).toContain('2024-05-19');
    const f = await rendered(ev.id);
    expect(f?.props.day_start).toBe(day('2024-05-19'));
    expect(f?.coords[0]).toBeCloseTo(35.43, 0);
    expect(f?.coords[1]).toBeCloseTo(33.12, 0);

    // A correction on the added event (kept in localStorage, like every correction).
    const item = eventsList().locator(`button[data-event-id="${ev.id}"]`);
    await item.click();
    const popup = page.locator('.maplibregl-popup');
    await expect.poll(() => popup.count()).toBe(1);
    await popup.getByText('Correct this event').click();
    await popup.getByLabel('Event type', { exact: true }).selectOption('Riots');
    await popup.getByRole('button', { name: 'Save correction' }).click();
    await expect.poll(() => item.textContent()).toContain('corrected');
    const corrections = await page.evaluate(() => localStorage.getItem('geoevents.corrections.v1'));
    expect(corrections).toContain(ev.id);

    // A binary file and a malformed JSON file: one line each in the status region; nothing shown or stored is lost.
    const shown = await listedIds(page);
    const input = page.getByLabel('Or choose or drop a .txt, .json or .html file');
    await input.setInputFiles({
      name: 'photo.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    });
    expect(await settled()).toMatch(/^photo\.txt: .*binary/);
    expect(await status().getAttribute('data-kind')).toBe('error');
    expect(await statusText()).not.toContain('\n');

    await input.setInputFiles(join(ARTICLES, 'bad', 'malformed.json'));
    expect(await settled()).toMatch(/^malformed\.json(:\d+)?: malformed JSON/);
    expect(await statusText()).not.toContain('\n');

    await input.setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
    expect(await settled()).toMatch(/^notes\.pdf: not an article file/);

    expect(await listedIds(page)).toEqual(shown);
    expect((await renderedIds(page)).filter((id) => id === ev.id)).toEqual([ev.id]);
    expect(await page.evaluate(() => localStorage.getItem('geoevents.corrections.v1'))).toBe(corrections);

    // Export: the added event, corrected.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export GeoJSON', exact: true }).click(),
    ]);
    const fc = JSON.parse(readFileSync(await download.path(), 'utf8'));
    const exported = fc.features.find((x: { properties: { event_id: string } }) => x.properties.event_id === ev.id);
    expect(exported.properties.event_type).toBe('Riots');
    expect(exported.properties.source).toBe('Levant Test Wire');

    await page.reload();
    await waitForReady(page);
    expect(await listedIds(page)).toEqual(shown);
    expect(await eventsList().locator(`button[data-event-id="${ev.id}"]`).textContent()).toContain('Riots');
  });

  it('never runs script payloads from an added article', T, async () => {
    await open();
    await page
      .getByLabel('Article text')
      .fill(
        'Clashes broke out on Tuesday in the town of Saraqeb in Idlib province <img src=x onerror="window.__xss=1">, a ' +
          'monitor said. <script>window.__xss=1</script> Two fighters were killed.',
      );
    await page
      .getByLabel('Title (optional)')
      .fill('<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>');
    await page.getByLabel('Publication date').fill('2024-03-15');
    await page.getByRole('button', { name: 'Map this article' }).click();
    await mapped();
    expect(await yourArticles().textContent()).toContain('<img src=x onerror="window.__xss=1">');

    await page
      .getByLabel('Or choose or drop a .txt, .json or .html file')
      .setInputFiles(join(ARTICLES, 'xss-article.json'));
    expect(await settled()).toMatch(/^Mapped|^No events/);
    for (const btn of await eventsList().getByRole('button').filter({ hasText: 'added' }).all()) {
      await btn.click();
      await expect.poll(() => page.locator('.maplibregl-popup').count()).toBe(1);
      await waitForIdle(page);
    }
    expect(await page.locator('img[src="x"], #side script, .maplibregl-popup script').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as AppWindow).__xss)).toBeUndefined();
  });

  it('works with the keyboard on a 390×844 phone screen', T, async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open();
    await page.getByLabel('Article text').focus();
    await page.keyboard.insertText(SARAQEB_TEXT);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('article-title');
    await page.keyboard.insertText(SARAQEB_TITLE);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('article-date');
    await page.getByLabel('Publication date').fill('2024-03-15');
    await page.getByLabel('Title (optional)').focus();
    await page.keyboard.press('Enter');
    await mapped();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const remove = yourArticles().getByRole('button', { name: /^Remove/ });
    await remove.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => listedIds(page)).toEqual(seedIds);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('article-text');
  });
});
