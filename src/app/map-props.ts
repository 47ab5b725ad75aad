/**
 * What the map's worker gets of each event: only what styling needs. No event_id: 100,000 unique strings cost the
 * worker more than all other properties together (serialising, tiling, writing tile buffers); the feature id (the
 * event's index in the app's array) names the event instead.
 */
import type { AppEvent } from './model.js';

export interface MapProps {
  event_type: string;
  geo_precision: number;
  /** Base circle radius in px: 5 + √fatalities (at most 12), plus 3 for an uncertain place; scaled by zoom. */
  size: number;
  day_start: number;
  day_end: number;
}

export function mapProps(e: AppEvent): MapProps {
  const p = e.properties;
  return {
    event_type: p.event_type,
    geo_precision: p.geo_precision,
    size: 5 + Math.min(7, Math.sqrt(p.fatalities)) + (p.geo_precision >= 2 ? 3 : 0),
    day_start: p.day_start,
    day_end: p.day_end,
  };
}
