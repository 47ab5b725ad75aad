/**
 * The XSS corpus (tests/fixtures/security/xss-payloads.json) in every text field an event has, in the built app
 * (dist-app; run `npm run build` first) and in every export format.
 *
 * Browser: one event per payload, the payload in location, title, actors, notes, source, source_url, evidence,
 * alternatives (names and reasons), event and sub-event type, admin1, country and the ids. Each event's popup is
 * opened from the "Events" list with its candidates and correction form; nothing may run (window.__xss stays unset,
 * no dialog, no CSP report), no script/iframe/object or on* attribute may appear in the list or popup, every link
 * must be http(s) or relative, and the payload must be shown as text.
 * Exports: KML has no data '<' outside escapes, CSV neutralises formula starts, GeoJSON round-trips every string.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMULA_START } from '../../src/export/csv.js';
import { exportAs } from '../../src/export/formats.js';
import type { ConflictEvent, EventCollection } from '../../src/types.js';
import { checkXml, KML_ELEMENTS } from '../export/helpers.js';
import { assertBuilt, DIST, launch, ROOT, type Served, serve, waitForIdle, waitForReady } from './helpers.js';

interface Payload {
  n: number;
  name: string;
  payload: string;
}
const CORPUS = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'security', 'xss-payloads.json'), 'utf8')) as {
  payloads: Payload[];
  formulas: string[];
};
const PAYLOADS = CORPUS.payloads;

const XSS_DIR = join(DIST, 'data', 'e2e-xss');
const DATA_URL = 'data/e2e-xss/events.geojson';

/** One event with `payload` in every text field; n picks the date, the point and whether a title is set. */
function eventFor(n: number, payload: string): ConflictEvent {
  const day = new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);
  const lon = 35 + (n % 10) * 0.3;
  const lat = 32 + Math.floor(n / 10) * 0.3;
  const before = `Fighting ${payload} broke out in `;
  const text = `${before}Homs ${payload}.`;
  const reasons = [payload, `near ${payload}`];
  const props = {
    event_id: `xss-${n}-${payload}`,
    event_date: day,
    date_start: day,
    date_end: day,
    time_precision: 1,
    event_type: payload,
    sub_event_type: payload,
    actor1: payload,
    actor2: payload,
    location: payload,
    admin1: payload,
    country: payload,
    iso: 'SYR',
    geo_precision: 1,
    fatalities: n,
    notes: payload,
    source: payload,
    // Odd events: the payload as the URL itself (never a link); even ones: an https URL carrying it (a safe link).
    source_url: n % 2 ? payload : `https://news.example/a?q=${encodeURIComponent(payload)}`,
    article_id: `a-${payload}`,
    evidence: { text, start: 0, end: text.length, place_start: before.length, place_end: before.length + 4 },
    geonameid: 169577,
    latitude: lat,
    longitude: lon,
    confidence: 0.9,
    alternatives: [
      { geonameid: -n, name: payload, countryCode: 'SY', featureCode: 'PPL', lat: lat + 0.1, lon, score: 0.5, reasons },
      {
        geonameid: -100 - n,
        name: `${payload}2`,
        countryCode: payload,
        featureCode: payload,
        lat,
        lon: lon + 0.1,
        score: 0.2,
        reasons,
      },
    ],
    ...(n % 2 === 0 ? { title: payload } : {}),
  };
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: props } as ConflictEvent;
}

const collection = (items: { n: number; payload: string }[]): EventCollection => ({
  type: 'FeatureCollection',
  features: items.map(({ n, payload }) => eventFor(n, payload)),
});

describe('XSS corpus in the web app', () => {
  let server: Served;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    assertBuilt();
    mkdirSync(XSS_DIR, { recursive: true });
    writeFileSync(join(XSS_DIR, 'events.geojson'), JSON.stringify(collection(PAYLOADS)));
    server = await serve();
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Record every assignment to window.__xss (also from frames through parent.__xss); reads stay undefined.
    await context.addInitScript(() => {
      const hits: unknown[] = [];
      Object.defineProperty(window, '__xssHits', { value: hits });
      Object.defineProperty(window, '__xss', {
        configurable: false,
        get: () => undefined,
        set: (v: unknown) => {
          hits.push(v);
        },
      });
    });
    page = await context.newPage();
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    server?.stop();
    rmSync(XSS_DIR, { recursive: true, force: true });
  });

  const xssState = () =>
    page.evaluate(() => ({
      value: (window as unknown as { __xss?: unknown }).__xss,
      hits: (window as unknown as { __xssHits: unknown[] }).__xssHits,
    }));

  /** Injected markup under the list and the popup: dangerous elements, on* attributes, scriptable styles. */
  const injected = () =>
    page.evaluate(() => {
      const BAD = new Set(
        'script iframe frame frameset object embed applet base meta link style template noscript math svg img video audio source form:not(.ge-correct) input:not([type=date]) textarea'
          .split(' ')
          .map((s) => s.split(':')[0].toUpperCase()),
      );
      const roots = [document.querySelector('#event-list'), ...document.querySelectorAll('.maplibregl-popup')];
      const found: string[] = [];
      for (const root of roots) {
        if (!root) continue;
        for (const node of root.querySelectorAll('*')) {
          const tag = node.tagName;
          const isOurForm = tag === 'FORM' && node.classList.contains('ge-correct');
          const isOurInput = tag === 'INPUT' && node.getAttribute('type') === 'date';
          if (BAD.has(tag) && !isOurForm && !isOurInput) found.push(`<${tag.toLowerCase()}>`);
          for (const a of node.getAttributeNames()) {
            if (/^on/i.test(a)) found.push(`${tag.toLowerCase()}[${a}]`);
            if (/^(?:srcdoc|formaction|xlink:href|action)$/i.test(a)) found.push(`${tag.toLowerCase()}[${a}]`);
          }
          const style = node.getAttribute('style') ?? '';
          if (/expression|url\(|javascript:/i.test(style)) found.push(`${tag.toLowerCase()}[style=${style}]`);
        }
      }
      return found;
    });

  /** Links anywhere in the page whose href is not http(s) (relative links resolve to the page's http URL). */
  const badLinks = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('a[href], area[href]')]
        .map((a) => a.getAttribute('href') ?? '')
        .filter((href) => {
          try {
            return !['http:', 'https:'].includes(new URL(href, location.href).protocol);
          } catch {
            return true;
          }
        }),
    );

  const popup = () => page.locator('.maplibregl-popup');
  const listButtons = () => page.getByRole('list', { name: 'Events' }).getByRole('button');

  it('no payload runs from the list, the popups, the candidates or the correction form', {
    timeout: 300_000,
  }, async () => {
    await page.goto(`${server.url}?data=${encodeURIComponent(DATA_URL)}`);
    await waitForReady(page);
    await expect.poll(() => listButtons().count(), { timeout: 30_000 }).toBe(PAYLOADS.length);
    expect(await injected()).toEqual([]);

    const seen = new Set<string>();
    for (let i = 0; i < PAYLOADS.length; i++) {
      const button = listButtons().nth(i);
      const id = (await button.getAttribute('data-event-id')) ?? '';
      seen.add(id);
      const n = Number(/^xss-(\d+)-/.exec(id)?.[1]);
      const { payload, name } = PAYLOADS.find((p) => p.n === n)!;
      await button.click();
      await expect.poll(() => popup().count(), { message: name }).toBe(1);
      // Open every collapsible part of the popup (the correction form; candidates if collapsible).
      const summaries = popup().locator('summary');
      for (let k = 0; k < (await summaries.count()); k++) await summaries.nth(k).click();
      await waitForIdle(page);

      // The payload is shown as text, verbatim, where the notes and candidates are.
      expect(await popup().locator('.ge-notes').textContent(), name).toBe(payload);
      expect(await popup().locator('.ge-candidates').textContent(), name).toContain(`${payload}2`);
      expect(await popup().locator('.ge-evidence mark').textContent(), name).toBe('Homs');
      expect(await popup().locator('select option').allTextContents(), name).toContain(payload);
      // Odd events carry the payload as the URL: never a link. Even ones: the https link, as given.
      const hrefs = await popup()
        .locator('a[href]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      if (n % 2) expect(hrefs, name).toEqual([]);
      else expect(hrefs, name).toEqual([new URL(`https://news.example/a?q=${encodeURIComponent(payload)}`).href]);

      expect(await injected(), name).toEqual([]);
      expect(await badLinks(), name).toEqual([]);
      expect(await xssState(), name).toEqual({ value: undefined, hits: [] });
    }
    expect(seen.size).toBe(PAYLOADS.length);
    // Give anything deferred (onerror of a failed image, a timer, a frame load) time to fire.
    await page.waitForTimeout(1000);
    expect(await xssState()).toEqual({ value: undefined, hits: [] });
    expect(problems).toEqual([]);
  });

  it('payloads in the URL hash (search text and selected id) are never run', { timeout: 120_000 }, async () => {
    for (const { payload, name } of PAYLOADS.slice(0, 12)) {
      const hash = `#q=${encodeURIComponent(payload)}&sel=${encodeURIComponent(payload)}`;
      // A new document each time (a hash-only change would not reload the page).
      await page.goto('about:blank');
      await page.goto(`${server.url}?data=${encodeURIComponent(DATA_URL)}${hash}`);
      await waitForReady(page);
      expect(await page.getByLabel('Search places, actors, notes').inputValue(), name).toBe(payload);
      expect(await injected(), name).toEqual([]);
      expect(await badLinks(), name).toEqual([]);
    }
    await page.waitForTimeout(500);
    expect(await xssState()).toEqual({ value: undefined, hits: [] });
    expect(problems).toEqual([]);
  });

  it('self-check: the detectors see an injected node, a javascript: link and a run payload', {
    timeout: 60_000,
  }, async () => {
    await page.goto(`${server.url}?data=${encodeURIComponent(DATA_URL)}`);
    await waitForReady(page);
    await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.id = 'xss-probe';
      // No src: the image never loads, so the handler never fires (and the CSP never reports it).
      probe.innerHTML = '<img onerror="void 0"><a href="javascript:void 0">x</a>';
      document.querySelector('#event-list')?.append(probe);
      (window as unknown as { __xss: unknown }).__xss = 'probe';
    });
    expect(await injected()).toEqual(['<img>', 'img[onerror]']);
    expect(await badLinks()).toEqual(['javascript:void 0']);
    expect((await xssState()).hits).toEqual(['probe']);
    await page.evaluate(() => {
      document.querySelector('#xss-probe')?.remove();
      (window as unknown as { __xssHits: unknown[] }).__xssHits.length = 0;
    });
  });
});

describe('XSS corpus and formulas in the exports', () => {
  const strings = [...PAYLOADS.map((p) => p.payload), ...CORPUS.formulas];
  const fc = collection(strings.map((payload, i) => ({ n: i + 1, payload })));

  it('GeoJSON round-trips every string exactly', () => {
    const back = JSON.parse(exportAs(fc, 'geojson')) as EventCollection;
    back.features.forEach((f, i) => {
      const want = fc.features[i].properties;
      for (const key of ['location', 'actor1', 'notes', 'source', 'source_url', 'event_type', 'event_id'] as const)
        expect(f.properties[key]).toBe(want[key]);
      expect(f.properties.evidence.text).toBe(want.evidence.text);
      expect(f.properties.alternatives).toEqual(want.alternatives);
    });
    const seq = exportAs(fc, 'geojsonseq').split('\x1e').filter(Boolean);
    expect(seq.map((r) => JSON.parse(r).properties.notes)).toEqual(strings);
  });

  it('KML: no data "<" outside escapes, the description is HTML-escaped, values read back', () => {
    const kml = exportAs(fc, 'kml');
    // Every tag in the document is a KML element we write: a data '<' would show up as an unknown or broken tag.
    checkXml(kml, KML_ELEMENTS);
    // One pass, so that "&#x26;lt;" (an escaped "&lt;" in the data) decodes to "&lt;", not "<".
    const NAMED: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    const unescapeXml = (s: string) =>
      s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|quot|apos|amp);/gi, (_m, e: string) =>
        e[0] !== '#'
          ? NAMED[e.toLowerCase()]
          : String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1))),
      );
    const descriptions = [...kml.matchAll(/<description>([\s\S]*?)<\/description>/g)].map((m) => unescapeXml(m[1]));
    expect(descriptions).toHaveLength(strings.length);
    // Google Earth renders the description as HTML: after XML decoding it must still hold no markup at all.
    for (const d of descriptions) expect(d).not.toMatch(/[<>]/);
    // ExtendedData keeps the text (minus characters XML 1.0 forbids).
    const notes = [...kml.matchAll(/<Data name="notes"><value>([\s\S]*?)<\/value><\/Data>/g)].map((m) =>
      unescapeXml(m[1]),
    );
    expect(notes).toEqual(strings.map((s) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')));
  });

  it('CSV: every text cell that starts like a formula is neutralised; the rest read back unchanged', () => {
    const csv = exportAs(fc, 'csv');
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    expect(rows.data).toHaveLength(strings.length);
    rows.data.forEach((row, i) => {
      for (const key of ['notes', 'location', 'actor1', 'source', 'event_type', 'evidence_text'] as const) {
        const want = key === 'evidence_text' ? fc.features[i].properties.evidence.text : strings[i];
        const cell = row[key];
        if (FORMULA_START.test(want)) expect(cell, `${key} ${JSON.stringify(want)}`).toBe(`'${want}`);
        else expect(cell, key).toBe(want);
        // What a spreadsheet would evaluate: a cell starting with = + - @ (after the neutralising quote, never).
        expect(/^[=+\-@\t\r]/.test(cell), `${key} ${JSON.stringify(cell)}`).toBe(false);
      }
    });
  });
});
