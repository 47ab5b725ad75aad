/** Entry point: creates the map, loads events, and wires timeline, filters, list, popup, corrections and exports. */
import 'maplibre-gl/dist/maplibre-gl.css';
import './app.css';
import { Map as MlMap, NavigationControl, ScaleControl } from 'maplibre-gl';
import { AddArticlePanel, quoteTitle } from './add-article.js';
import { bindBasemapSwitch } from './basemap-switch.js';
import { CorrectionStore } from './corrections.js';
import { DerivedSources } from './derived-sources.js';
import { EventPopup } from './event-popup.js';
import { EventState } from './event-state.js';
import { mappedMessage } from './added-events.js';
import { byId } from './dom.js';
import { bindExports } from './exports.js';
import { Filters } from './filters.js';
import { fitToEvents } from './fit-events.js';
import { parseHash, writeHash } from './hash.js';
import { MapEvents } from './map-events.js';
import { Throttle } from './throttle.js';
import { bindMapClicks } from './map-clicks.js';
import { type AppEvent, eventsUrl, loadEvents, normalizeEvent } from './model.js';
import { PinMover } from './move-pin.js';
import { EventList } from './panel.js';
import { eventTitle, popupContent } from './popup.js';
import { buildStyle } from './style.js';
import { Timeline } from './timeline.js';
import { UserArticles } from './user-articles.js';
import { evaluateView, type ViewFilter, visibleEvents } from './view.js';
import type { ArticleResult } from './worker-protocol.js';

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
    fadeDuration: 0,
  });
  window.map = map;
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({}), 'bottom-left');
  const mapLoaded = map.once('load');

  // The loaded events, and the articles the user mapped earlier in this browser.
  const [base, added] = await Promise.all([loadEvents(eventsUrl(window.location)), UserArticles.open()]);
  await mapLoaded;

  const baseIds = new Set(base.map((e) => e.properties.event_id));
  const store = new CorrectionStore();
  const events = new EventState(() => added.combine(base), store);
  const { eventIdOf } = events;
  const pinMover = new PinMover(map);
  let selectedId: string | null = null;
  let searchCache: { q: string; events: AppEvent[]; ids: string[] | null } | null = null;

  const heatBox = byId<HTMLInputElement>('heatmap');
  const heatOn = initial.heat === true;
  heatBox.checked = heatOn;
  /** False while a new basemap style loads: the event layers are gone until 'style.load' re-adds them. */
  let styleReady = true;
  const mapEvents = new MapEvents(map);
  mapEvents.add(events.current, heatOn);
  const timeline = new Timeline(events.current, () => refresh());
  const filters = new Filters(events.current, () => refresh());
  const list = new EventList((id) => select(id, true));
  if (initial.from !== undefined || initial.to !== undefined) {
    timeline.setWindow(initial.from ?? timeline.min, initial.to ?? timeline.max);
  }
  filters.setState({ types: initial.types, q: initial.q, actor: initial.actor, country: initial.country });

  function viewFilter(): ViewFilter {
    const { from, to } = timeline.window;
    const { types, q, actor, country } = filters.state;
    if (!searchCache || searchCache.q !== q || searchCache.events !== events.current) {
      searchCache = { q, events: events.current, ids: filters.searchIds(events.current) };
    }
    return { from, to, types, ids: searchCache.ids, actor, country };
  }

  function currentView(): AppEvent[] {
    return visibleEvents(events.current, viewFilter());
  }

  // history.replaceState costs ~12 ms in Chromium (profiled at 100k events: the largest part of a timeline step's
  // JavaScript), so the hash is written after the frame the input asked for, at most four times a second during a
  // burst, and at once when the page is hidden.
  const hashWriter = new Throttle(writeCurrentHash, 250);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') hashWriter.flush();
  });
  function updateHash(): void {
    hashWriter.request();
  }

  function writeCurrentHash(): void {
    const c = map.getCenter();
    const { from, to } = timeline.window;
    const { types, q, actor, country } = filters.state;
    const sel = selectedId ?? undefined;
    const heat = derived.heatOn || undefined;
    writeHash(
      { center: [c.lng, c.lat], zoom: map.getZoom(), from, to, types, q, actor, country, sel, heat },
      filters.allTypes,
    );
  }

  const derived = new DerivedSources(map, currentView, () => styleReady, heatOn);
  heatBox.addEventListener('change', () => {
    derived.setHeat(heatBox.checked);
    updateHash();
  });

  function refresh(): void {
    const v = evaluateView(events.current, viewFilter());
    if (styleReady) {
      const selectedIndex = selectedId === null ? null : (events.indexOf(selectedId) ?? null);
      mapEvents.show(events.current, v.mask, selectedIndex);
    }
    derived.schedule();
    filters.setCounts(v.typeCounts);
    list.render(
      v.visible,
      events.current.length,
      selectedId,
      (id) => store.has(id),
      (id) => added.isAdded(id),
    );
    updateHash();
  }

  const popup = new EventPopup(map, () => {
    selectedId = null;
    refresh();
  });

  function openPopup(e: AppEvent): void {
    const id = e.properties.event_id;
    const content = popupContent(e, {
      correction: store.get(id),
      onChoosePlace: (alt) => correct(() => store.choosePlace(events.get(id) ?? e, events.original(id) ?? e, alt), id),
      onSetDate: (date) => correct(() => store.setDate(events.get(id) ?? e, date), id),
      onSetType: (type) => correct(() => store.setType(events.get(id) ?? e, type), id),
      onMovePin: () => {
        const ev = events.get(id) ?? e;
        popup.close();
        pinMover.start(ev.geometry.coordinates as [number, number], {
          label: eventTitle(ev),
          onSave: ([lon, lat]) => correct(() => store.movePin(events.get(id) ?? ev, lon, lat), id),
          onCancel: () => select(id, false),
        });
      },
      onReset: () => correct(() => store.reset(id), id),
    });
    popup.open(e.geometry.coordinates as [number, number], content);
  }

  function select(id: string, fly: boolean): void {
    const e = events.get(id);
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
    events.rebuild();
    if (styleReady) mapEvents.setEvents(events.current);
    timeline.setEvents(events.current, include);
    filters.setEvents(events.current);
  }

  /** After a rebuild: the selected event may be gone. */
  function dropGoneSelection(): void {
    if (selectedId && !events.has(selectedId)) {
      popup.close();
      selectedId = null;
    }
  }

  /** Maps and stores the articles the worker returned; the line it returns goes to the status region. */
  async function addArticles(results: ArticleResult[], origin: string): Promise<string> {
    const { n, replaced, saved } = await added.add(results, baseIds, origin, new Date().toISOString());
    if (!n.entries.length) return mappedMessage(n, results.length, false, 0, '');
    const days = n.fresh.map((e) => normalizeEvent(e, 0)).filter((e): e is AppEvent => !!e);
    rebuild({
      from: Math.min(...days.map((e) => e.properties.day_start)),
      to: Math.max(...days.map((e) => e.properties.day_end)),
    });
    dropGoneSelection();
    addPanel.renderList(added.summaries());
    const hidden = days.length - visibleEvents(days, viewFilter()).length;
    fitToEvents(map, days, { padding: 80, maxZoom: 8, duration: 600 });
    refresh();
    return mappedMessage(n, results.length, replaced, hidden, saved);
  }

  async function removeArticle(id: string): Promise<string> {
    const removed = await added.remove(id);
    if (!removed) return 'That article is already removed.';
    rebuild();
    dropGoneSelection();
    addPanel.renderList(added.summaries());
    refresh();
    return `Removed ${quoteTitle(removed.title)} and its events.${removed.problem}`;
  }

  const addPanel = new AddArticlePanel({ add: addArticles, remove: removeArticle });
  addPanel.renderList(added.summaries());

  bindMapClicks(map, {
    enabled: () => styleReady && !pinMover.active,
    isShown: (fid) => mapEvents.isShown(fid),
    eventIdOf,
    eventLayers: () => mapEvents.layerIds(),
    onSelect: (id) => select(id, false),
  });
  map.on('moveend', updateHash);
  bindExports(byId('exports'), currentView);

  if (!initial.center) fitToEvents(map, events.current, { padding: 60, maxZoom: 7, duration: 0 });
  refresh();
  derived.update();
  if (initial.sel && events.has(initial.sel)) select(initial.sel, false);
  setStatus(`${events.current.length} events loaded`);
  if (added.count) {
    addPanel.say(
      `${added.count} article${added.count === 1 ? '' : 's'} you added ${added.count === 1 ? 'is' : 'are'} on the map.`,
    );
  }
  if (added.problem) {
    addPanel.say(`Articles you add cannot be stored in this browser (${added.problem}); they last until a reload.`);
  }
  bindBasemapSwitch(map, {
    offlineStyle: () => buildStyle(window.location.href),
    onLeave: () => {
      styleReady = false;
    },
    onLoaded: () => {
      mapEvents.add(events.current, derived.heatOn);
      styleReady = true;
      refresh();
      derived.update();
    },
  });
  window.__geoevents = {
    ready: true,
    eventIdOf,
    eventLayers: () => mapEvents.layerIds(),
    drawnChunks: () => mapEvents.drawnChunks(),
  };
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  window.__geoevents = { ready: false, error: message };
  setStatus(`Error: ${message}`);
  console.error(err);
});
