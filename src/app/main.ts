/** Entry point: creates the map, loads events, and wires timeline, filters, list, popup, corrections and exports. */
import 'maplibre-gl/dist/maplibre-gl.css';
import './app.css';
import {
  type GeoJSONSource,
  LngLatBounds,
  Map as MlMap,
  type MapMouseEvent,
  NavigationControl,
  Popup,
  ScaleControl,
} from 'maplibre-gl';
import type { ConflictEvent } from '../types.js';
import { type AddedSummary, AddArticlePanel, quoteTitle } from './add-article.js';
import { basemapProblem, bindBasemapSettings, checkBasemapUrl, probeStyle, storedBasemapUrl } from './basemap.js';
import { CorrectionStore } from './corrections.js';
import { byId } from './dom.js';
import { bindExports } from './exports.js';
import { Filters } from './filters.js';
import { parseHash, writeHash } from './hash.js';
import {
  AREA_FILL_LAYER,
  addEventLayers,
  CLUSTER_LAYER,
  CLUSTER_MAX_ZOOM,
  CLUSTER_POINT_LAYER,
  CLUSTER_SOURCE,
  EVENTS_LAYER,
  setHeatmap,
  setSelected,
  updateClusterData,
  updateEventData,
  updateHeatData,
} from './layers.js';
import { type AppEvent, eventsUrl, loadEvents, normalizeEvent } from './model.js';
import { PinMover } from './move-pin.js';
import { EventList } from './panel.js';
import { eventTitle, popupContent } from './popup.js';
import { ArticleStore, type StoredArticle } from './storage.js';
import { buildStyle } from './style.js';
import { Timeline } from './timeline.js';
import { evaluateView, type ViewFilter, visibleEvents } from './view.js';
import { MapVisibility } from './visibility.js';
import type { ArticleResult } from './worker-protocol.js';

declare global {
  interface Window {
    map: MlMap;
    __geoevents: { ready: boolean; error?: string };
  }
}

function setStatus(text: string): void {
  byId('status').textContent = text;
}

async function main(): Promise<void> {
  window.__geoevents = { ready: false };
  const initial = parseHash(window.location.hash);
  const map = new MlMap({
    container: 'map',
    style: buildStyle(window.location.href),
    center: initial.center ?? [42, 30],
    zoom: initial.zoom ?? 3,
    attributionControl: { compact: true, customAttribution: 'Basemap: Natural Earth' },
    dragRotate: false,
    pitchWithRotate: false,
  });
  window.map = map;
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({}), 'bottom-left');
  const mapLoaded = map.once('load');

  const [base, opened] = await Promise.all([loadEvents(eventsUrl(window.location)), ArticleStore.open()]);
  const articleStore = opened.store;
  let storageProblem = opened.error ?? '';
  // Articles the user mapped earlier in this browser; a storage that cannot be read leaves the app working without.
  let added: StoredArticle[] = await articleStore.all().catch((e: unknown) => {
    storageProblem = (e as Error).message || String(e);
    return [];
  });
  await mapLoaded;

  const baseIds = new Set(base.map((e) => e.properties.event_id));
  let addedIds = new Set<string>();
  /** The pristine events: the loaded ones, then each added article's (events already shown are skipped). */
  function combine(): AppEvent[] {
    const out = [...base];
    const seen = new Set(baseIds);
    const ids = new Set<string>();
    for (const a of added) {
      for (const raw of a.events) {
        const e = normalizeEvent(raw, out.length);
        if (!e || seen.has(e.properties.event_id)) continue;
        seen.add(e.properties.event_id);
        ids.add(e.properties.event_id);
        out.push(e);
      }
    }
    addedIds = ids;
    return out;
  }

  let originals = combine();
  const store = new CorrectionStore();
  const pinMover = new PinMover(map);
  let current = store.apply(originals);
  let byEventId = new Map(current.map((e) => [e.properties.event_id, e]));
  let originalById = new Map(originals.map((e) => [e.properties.event_id, e]));
  let selectedId: string | null = null;
  let popup: Popup | null = null;
  let searchCache: { q: string; events: AppEvent[]; ids: string[] | null } | null = null;

  const heatBox = byId<HTMLInputElement>('heatmap');
  let heatOn = initial.heat === true;
  heatBox.checked = heatOn;
  /** False while a new basemap style loads: the event layers are gone until 'style.load' re-adds them. */
  let styleReady = true;
  const visibility = new MapVisibility();
  /** The selection the selected-event layer's filter shows (undefined: not set since the layers were added). */
  let outlined: string | null | undefined;
  addEventLayers(map, current, current, heatOn);
  const timeline = new Timeline(current, () => refresh());
  const filters = new Filters(current, () => refresh());
  const list = new EventList((id) => select(id, true));
  if (initial.from !== undefined || initial.to !== undefined) {
    timeline.setWindow(initial.from ?? timeline.min, initial.to ?? timeline.max);
  }
  filters.setState({ types: initial.types, q: initial.q, actor: initial.actor, country: initial.country });

  function viewFilter(): ViewFilter {
    const { from, to } = timeline.window;
    const { types, q, actor, country } = filters.state;
    if (!searchCache || searchCache.q !== q || searchCache.events !== current) {
      searchCache = { q, events: current, ids: filters.searchIds(current) };
    }
    return { from, to, types, ids: searchCache.ids, actor, country };
  }

  function currentView(): AppEvent[] {
    return visibleEvents(current, viewFilter());
  }

  function updateHash(): void {
    const c = map.getCenter();
    const { from, to } = timeline.window;
    const { types, q, actor, country } = filters.state;
    const sel = selectedId ?? undefined;
    const heat = heatOn || undefined;
    writeHash(
      { center: [c.lng, c.lat], zoom: map.getZoom(), from, to, types, q, actor, country, sel, heat },
      filters.allTypes,
    );
  }

  // The cluster and heatmap sources hold copies of the events passing the filters: rebuilt (debounced) only while
  // they are drawn, and when they come into view.
  let derivedTimer: ReturnType<typeof setTimeout> | undefined;
  let clustersStale = false;
  let heatStale = false;
  function updateDerived(): void {
    clearTimeout(derivedTimer);
    if (!styleReady) return;
    const shown = map.getZoom() < CLUSTER_MAX_ZOOM || heatOn ? currentView() : [];
    if (map.getZoom() < CLUSTER_MAX_ZOOM) {
      clustersStale = false;
      updateClusterData(map, shown);
    }
    if (heatOn) {
      heatStale = false;
      updateHeatData(map, shown);
    }
  }
  function scheduleDerived(): void {
    clustersStale = true;
    heatStale = true;
    clearTimeout(derivedTimer);
    if (map.getZoom() < CLUSTER_MAX_ZOOM || heatOn) derivedTimer = setTimeout(updateDerived, 200);
  }
  map.on('zoomend', () => {
    if (clustersStale && map.getZoom() < CLUSTER_MAX_ZOOM) updateDerived();
  });

  heatBox.addEventListener('change', () => {
    heatOn = heatBox.checked;
    if (styleReady) setHeatmap(map, heatOn);
    if (heatOn && heatStale) updateDerived();
    updateHash();
  });

  function refresh(): void {
    const v = evaluateView(current, viewFilter());
    if (styleReady) {
      visibility.apply(map, current, v.mask);
      if (outlined !== selectedId) setSelected(map, selectedId);
      outlined = selectedId;
    }
    scheduleDerived();
    filters.setCounts(v.typeCounts);
    list.render(
      v.visible,
      current.length,
      selectedId,
      (id) => store.has(id),
      (id) => addedIds.has(id),
    );
    updateHash();
  }

  function closePopup(): void {
    const p = popup;
    popup = null;
    p?.remove();
  }

  function openPopup(e: AppEvent): void {
    closePopup();
    const id = e.properties.event_id;
    const content = popupContent(e, {
      correction: store.get(id),
      onChoosePlace: (alt) =>
        correct(() => store.choosePlace(byEventId.get(id) ?? e, originalById.get(id) ?? e, alt), id),
      onSetDate: (date) => correct(() => store.setDate(byEventId.get(id) ?? e, date), id),
      onSetType: (type) => correct(() => store.setType(byEventId.get(id) ?? e, type), id),
      onMovePin: () => {
        const ev = byEventId.get(id) ?? e;
        closePopup();
        pinMover.start(ev.geometry.coordinates as [number, number], {
          label: eventTitle(ev),
          onSave: ([lon, lat]) => correct(() => store.movePin(byEventId.get(id) ?? ev, lon, lat), id),
          onCancel: () => select(id, false),
        });
      },
      onReset: () => correct(() => store.reset(id), id),
    });
    const p = new Popup({ maxWidth: '360px', focusAfterOpen: false, className: 'ge-popup-wrap' })
      .setLngLat(e.geometry.coordinates as [number, number])
      .setDOMContent(content)
      .addTo(map);
    p.on('close', () => {
      if (popup !== p) return;
      popup = null;
      selectedId = null;
      refresh();
    });
    popup = p;
  }

  function select(id: string, fly: boolean): void {
    const e = byEventId.get(id);
    if (!e) return;
    pinMover.stop();
    selectedId = id;
    if (fly) {
      // Put the event in the lower part of the map so the popup opens above it with room to spare.
      const h = map.getContainer().clientHeight;
      const offset: [number, number] = [0, Math.round(h * (h < 600 ? 0.32 : 0.22))];
      map.flyTo({ center: e.geometry.coordinates as [number, number], zoom: Math.max(map.getZoom(), 6), offset });
      // On phones the list sits below the map: bring the map back into view.
      const r = map.getContainer().getBoundingClientRect();
      if (r.bottom < 80 || r.top > window.innerHeight - 80) map.getContainer().scrollIntoView({ block: 'start' });
    }
    openPopup(e);
    refresh();
  }

  /** Applies a correction, rebuilds the corrected events, and reopens the popup at the (maybe moved) event. */
  function correct(change: () => void, id: string): void {
    change();
    rebuild();
    select(id, true);
  }

  /** The events changed (a correction, an added or removed article): rebuild them and give them to the views. */
  function rebuild(include?: { from: number; to: number }): void {
    originals = combine();
    originalById = new Map(originals.map((e) => [e.properties.event_id, e]));
    current = store.apply(originals);
    byEventId = new Map(current.map((e) => [e.properties.event_id, e]));
    if (styleReady) updateEventData(map, current);
    timeline.setEvents(current, include);
    filters.setEvents(current);
  }

  function addedSummaries(): AddedSummary[] {
    return added.map((a) => ({
      id: a.id,
      title: a.title,
      published: a.published,
      events: a.events.filter((e) => addedIds.has(e.properties.event_id)).length,
    }));
  }

  /** Maps and stores the articles the worker returned; the line it returns goes to the status region. */
  async function addArticles(results: ArticleResult[], origin: string): Promise<string> {
    const at = new Date().toISOString();
    const known = new Set(baseIds);
    const shown: ConflictEvent[] = [];
    const entries: StoredArticle[] = [];
    let already = 0;
    for (const r of results) {
      const fresh = r.events.filter((e) => !known.has(e.properties.event_id));
      already += r.events.length - fresh.length;
      if (!fresh.length) continue;
      for (const e of fresh) known.add(e.properties.event_id);
      shown.push(...fresh);
      entries.push({ ...r, events: fresh, origin, added_at: at });
    }
    const none = results.filter((r) => r.events.length === 0);
    const what =
      results.length === 1 ? quoteTitle(results[0].title) : `${results.length} articles in ${quoteTitle(origin)}`;
    if (!entries.length) {
      return already
        ? `The events of ${what} are already on the map.`
        : `No events found in ${what}: no conflict events at places the gazetteer knows.`;
    }
    let saved = '';
    try {
      await articleStore.put(entries);
      if (!articleStore.persistent) saved = ` They cannot be stored in this browser (${storageProblem}).`;
    } catch (e) {
      saved = ` They could not be stored in this browser (${(e as Error).message}) and will be gone after a reload.`;
    }
    const newIds = new Set(entries.map((a) => a.id));
    const replaced = added.some((a) => newIds.has(a.id));
    added = [...added.filter((a) => !newIds.has(a.id)), ...entries];
    const days = shown.map((e) => normalizeEvent(e, 0)).filter((e): e is AppEvent => !!e);
    rebuild({
      from: Math.min(...days.map((e) => e.properties.day_start)),
      to: Math.max(...days.map((e) => e.properties.day_end)),
    });
    if (selectedId && !byEventId.has(selectedId)) {
      closePopup();
      selectedId = null;
    }
    addPanel.renderList(addedSummaries());
    const f = viewFilter();
    const hidden = days.length - visibleEvents(days, f).length;
    if (days.length) {
      const b = new LngLatBounds();
      for (const e of days) b.extend(e.geometry.coordinates as [number, number]);
      map.fitBounds(b, { padding: 80, maxZoom: 8, duration: 600 });
    }
    refresh();
    const n = shown.length;
    return (
      `Mapped ${n} event${n === 1 ? '' : 's'} from ${what}.` +
      (replaced ? ' It replaces the earlier copy.' : '') +
      (none.length && results.length > 1 ? ` ${none.length} article(s) had no events.` : '') +
      (already ? ` ${already} already on the map.` : '') +
      (hidden ? ` ${hidden} hidden by the type or search filters.` : '') +
      saved
    );
  }

  async function removeArticle(id: string): Promise<string> {
    const a = added.find((x) => x.id === id);
    if (!a) return 'That article is already removed.';
    let problem = '';
    try {
      await articleStore.delete(id);
    } catch (e) {
      problem = ` It could not be deleted from this browser's storage (${(e as Error).message}) and will be back after a reload.`;
    }
    added = added.filter((x) => x !== a);
    rebuild();
    if (selectedId && !byEventId.has(selectedId)) {
      closePopup();
      selectedId = null;
    }
    addPanel.renderList(addedSummaries());
    refresh();
    return `Removed ${quoteTitle(a.title)} and its events.${problem}`;
  }

  const addPanel = new AddArticlePanel({ add: addArticles, remove: removeArticle });
  addPanel.renderList(addedSummaries());

  function onMapClick(ev: MapMouseEvent): void {
    if (!styleReady || pinMover.active) return;
    const { x, y } = ev.point;
    const box: [[number, number], [number, number]] = [
      [x - 6, y - 6],
      [x + 6, y + 6],
    ];
    const cluster = map.queryRenderedFeatures(ev.point, { layers: [CLUSTER_LAYER] })[0];
    const clusterId = cluster?.properties?.cluster_id;
    if (cluster && typeof clusterId === 'number' && cluster.geometry.type === 'Point') {
      const center = cluster.geometry.coordinates as [number, number];
      const source = map.getSource(CLUSTER_SOURCE) as GeoJSONSource | undefined;
      source
        ?.getClusterExpansionZoom(clusterId)
        .then((z) => map.easeTo({ center, zoom: Math.max(z, CLUSTER_MAX_ZOOM) }))
        .catch(() => map.easeTo({ center, zoom: CLUSTER_MAX_ZOOM }));
      return;
    }
    // Hidden events keep their features (with zero size): a hit test still finds those right under the cursor.
    const drawn = (f: { id?: unknown; layer: { id: string } }) =>
      f.layer.id === CLUSTER_POINT_LAYER || visibility.isShown(f.id);
    const hit =
      map.queryRenderedFeatures(box, { layers: [EVENTS_LAYER, CLUSTER_POINT_LAYER] }).find(drawn) ??
      map.queryRenderedFeatures(ev.point, { layers: [AREA_FILL_LAYER] }).find(drawn);
    const id = hit?.properties?.event_id;
    if (typeof id === 'string') select(id, false);
  }

  map.on('click', onMapClick);
  for (const layer of [EVENTS_LAYER, CLUSTER_LAYER, CLUSTER_POINT_LAYER]) {
    map.on('mouseenter', layer, () => {
      map.getCanvas().style.cursor = 'pointer';
    });
    map.on('mouseleave', layer, () => {
      map.getCanvas().style.cursor = '';
    });
  }
  map.on('moveend', updateHash);
  bindExports(byId('exports'), currentView);

  if (!initial.center && current.length) {
    const b = new LngLatBounds();
    for (const e of current) b.extend(e.geometry.coordinates as [number, number]);
    map.fitBounds(b, { padding: 60, maxZoom: 7, duration: 0 });
  }
  refresh();
  updateDerived();
  if (initial.sel && byEventId.has(initial.sel)) select(initial.sel, false);
  setStatus(`${current.length} events loaded`);
  if (added.length) {
    addPanel.say(
      `${added.length} article${added.length === 1 ? '' : 's'} you added ${added.length === 1 ? 'is' : 'are'} on the map.`,
    );
  }
  if (storageProblem) {
    addPanel.say(`Articles you add cannot be stored in this browser (${storageProblem}); they last until a reload.`);
  }
  /** Switches the basemap ('' = the offline one) and re-adds the event layers once the new style has loaded. */
  let basemapUrl = '';
  let onStyleLoad: (() => void) | null = null;
  async function applyBasemap(url: string): Promise<string | null> {
    if (url === basemapUrl) return null;
    if (url) {
      const problem = await probeStyle(url);
      if (problem) return problem;
    }
    basemapUrl = url;
    styleReady = false;
    if (onStyleLoad) map.off('style.load', onStyleLoad);
    onStyleLoad = () => {
      onStyleLoad = null;
      addEventLayers(map, current, currentView(), heatOn);
      visibility.reset();
      outlined = undefined;
      styleReady = true;
      refresh();
      updateDerived();
    };
    map.once('style.load', onStyleLoad);
    map.setStyle(url || buildStyle(window.location.href), { diff: false });
    return null;
  }
  bindBasemapSettings(applyBasemap);
  // Tiles, sprites or glyphs of an online style refused by the CSP: say so once and go back to the offline basemap.
  document.addEventListener('securitypolicyviolation', () => {
    if (!basemapUrl) return;
    basemapProblem("The page's Content-Security-Policy blocked part of the online basemap; using the offline basemap.");
    void applyBasemap('');
  });
  const storedUrl = checkBasemapUrl(storedBasemapUrl());
  if (storedUrl) {
    void applyBasemap(storedUrl).then((problem) => {
      if (problem) basemapProblem(problem);
    });
  }
  window.__geoevents = { ready: true };
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  window.__geoevents = { ready: false, error: message };
  setStatus(`Error: ${message}`);
  console.error(err);
});
