/** Entry point: creates the map, loads events, and wires timeline, filters, list, popup, corrections and exports. */
import 'maplibre-gl/dist/maplibre-gl.css';
import './app.css';
import { LngLatBounds, Map as MlMap, type MapMouseEvent, NavigationControl, Popup, ScaleControl } from 'maplibre-gl';
import { CorrectionStore } from './corrections.js';
import { byId } from './dom.js';
import { bindExports } from './exports.js';
import { Filters } from './filters.js';
import { parseHash, writeHash } from './hash.js';
import {
  AREA_FILL_LAYER,
  addEventLayers,
  applyFilter,
  EVENTS_LAYER,
  updateEventData,
  type ViewFilter,
  visibleEvents,
} from './layers.js';
import { type AppEvent, eventsUrl, loadEvents } from './model.js';
import { EventList } from './panel.js';
import { popupContent } from './popup.js';
import { buildStyle } from './style.js';
import { Timeline } from './timeline.js';

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

  const originals = await loadEvents(eventsUrl(window.location));
  await mapLoaded;

  const store = new CorrectionStore();
  let current = store.apply(originals);
  let byEventId = new Map(current.map((e) => [e.properties.event_id, e]));
  const originalById = new Map(originals.map((e) => [e.properties.event_id, e]));
  let selectedId: string | null = null;
  let popup: Popup | null = null;
  let searchCache: { q: string; events: AppEvent[]; ids: string[] | null } | null = null;

  addEventLayers(map, current);
  const timeline = new Timeline(current, () => refresh());
  const filters = new Filters(current, () => refresh());
  const list = new EventList((id) => select(id, true));
  if (initial.from !== undefined || initial.to !== undefined) {
    timeline.setWindow(initial.from ?? timeline.min, initial.to ?? timeline.max);
  }
  filters.setState({ types: initial.types, q: initial.q });

  function viewFilter(): ViewFilter {
    const { from, to } = timeline.window;
    const { types, q } = filters.state;
    if (!searchCache || searchCache.q !== q || searchCache.events !== current) {
      searchCache = { q, events: current, ids: filters.searchIds(current) };
    }
    return { from, to, types, ids: searchCache.ids };
  }

  function currentView(): AppEvent[] {
    return visibleEvents(current, viewFilter());
  }

  function updateHash(): void {
    const c = map.getCenter();
    const { from, to } = timeline.window;
    const { types, q } = filters.state;
    const sel = selectedId ?? undefined;
    writeHash({ center: [c.lng, c.lat], zoom: map.getZoom(), from, to, types, q, sel }, filters.allTypes);
  }

  function refresh(): void {
    const f = viewFilter();
    applyFilter(map, f, selectedId);
    filters.setCounts(visibleEvents(current, { ...f, types: filters.allTypes }));
    list.render(visibleEvents(current, f), current.length, selectedId, (id) => store.has(id));
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
    current = store.apply(originals);
    byEventId = new Map(current.map((e) => [e.properties.event_id, e]));
    updateEventData(map, current);
    timeline.setEvents(current);
    select(id, true);
  }

  function onMapClick(ev: MapMouseEvent): void {
    const { x, y } = ev.point;
    const box: [[number, number], [number, number]] = [
      [x - 6, y - 6],
      [x + 6, y + 6],
    ];
    const hit =
      map.queryRenderedFeatures(box, { layers: [EVENTS_LAYER] })[0] ??
      map.queryRenderedFeatures(ev.point, { layers: [AREA_FILL_LAYER] })[0];
    const id = hit?.properties?.event_id;
    if (typeof id === 'string') select(id, false);
  }

  map.on('click', onMapClick);
  map.on('mouseenter', EVENTS_LAYER, () => {
    map.getCanvas().style.cursor = 'pointer';
  });
  map.on('mouseleave', EVENTS_LAYER, () => {
    map.getCanvas().style.cursor = '';
  });
  map.on('moveend', updateHash);
  bindExports(byId('exports'), currentView);

  if (!initial.center && current.length) {
    const b = new LngLatBounds();
    for (const e of current) b.extend(e.geometry.coordinates as [number, number]);
    map.fitBounds(b, { padding: 60, maxZoom: 7, duration: 0 });
  }
  refresh();
  if (initial.sel && byEventId.has(initial.sel)) select(initial.sel, false);
  setStatus(`${current.length} events loaded`);
  window.__geoevents = { ready: true };
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  window.__geoevents = { ready: false, error: message };
  setStatus(`Error: ${message}`);
  console.error(err);
});
