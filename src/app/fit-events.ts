import { type FitBoundsOptions, LngLatBounds, type Map as MlMap } from 'maplibre-gl';
import type { AppEvent } from './model.js';

/** Frames the map on the events' points; nothing happens for none. */
export function fitToEvents(map: MlMap, events: AppEvent[], options: FitBoundsOptions): void {
  if (!events.length) return;
  const b = new LngLatBounds();
  for (const e of events) b.extend(e.geometry.coordinates as [number, number]);
  map.fitBounds(b, options);
}
