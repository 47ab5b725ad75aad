/**
 * Clicks on the map: a cluster zooms in to where it breaks apart; an event (or the area of one) is selected. The
 * pointer becomes a hand over clickable features.
 */
import type { GeoJSONSource, MapMouseEvent, Map as MlMap } from 'maplibre-gl';
import { AREA_FILL_LAYER, CLUSTER_LAYER, CLUSTER_MAX_ZOOM, CLUSTER_POINT_LAYER, CLUSTER_SOURCE } from './layers.js';

export interface ClickOptions {
  /** False while clicks must be ignored (a style loading, a pin being moved). */
  enabled(): boolean;
  /** Whether the event feature with this id is drawn in the current view. */
  isShown(featureId: unknown): boolean;
  /** The event id of a feature of the events or areas layer (their features carry only an id). */
  eventIdOf(featureId: unknown): string | undefined;
  /** The layers that draw the individual events (one per chunk; they change when the events do). */
  eventLayers(): string[];
  onSelect(eventId: string): void;
}

export function bindMapClicks(map: MlMap, opts: ClickOptions): void {
  // Hidden events keep their features (with zero size): a hit test still finds those right under the cursor.
  const drawn = (f: { id?: unknown; layer: { id: string } }) =>
    f.layer.id === CLUSTER_POINT_LAYER || f.layer.id === CLUSTER_LAYER || opts.isShown(f.id);
  map.on('click', (ev: MapMouseEvent) => {
    if (!opts.enabled()) return;
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
    const hit =
      map.queryRenderedFeatures(box, { layers: [...opts.eventLayers(), CLUSTER_POINT_LAYER] }).find(drawn) ??
      map.queryRenderedFeatures(ev.point, { layers: [AREA_FILL_LAYER] }).find(drawn);
    // The clusters' points carry their event id; the events and areas layers only a feature id.
    const id = hit?.layer.id === CLUSTER_POINT_LAYER ? hit.properties?.event_id : opts.eventIdOf(hit?.id);
    if (typeof id === 'string') opts.onSelect(id);
  });
  // One handler, not mouseenter per layer: the event layers change with the events (one per chunk).
  map.on('mousemove', (ev: MapMouseEvent) => {
    if (!opts.enabled()) return;
    const layers = [...opts.eventLayers(), CLUSTER_LAYER, CLUSTER_POINT_LAYER].filter((id) => map.getLayer(id));
    const over = map.queryRenderedFeatures(ev.point, { layers }).some(drawn);
    map.getCanvas().style.cursor = over ? 'pointer' : '';
  });
}
