/**
 * Event sources and layers on the map. Time, type and search filtering all go through map.setFilter with
 * expressions on the numeric day_start/day_end properties; setData runs only when the events themselves change.
 */
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { ExpressionSpecification, FilterSpecification, GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import { type AppEvent, OTHER_COLOR, TYPE_COLORS } from './model.js';

export const EVENTS_SOURCE = 'events';
export const AREAS_SOURCE = 'event-areas';
export const EVENTS_LAYER = 'events';
export const SELECTED_LAYER = 'events-selected';
export const AREA_FILL_LAYER = 'event-areas-fill';
export const AREA_LINE_LAYER = 'event-areas-line';
const FILTERED_LAYERS = [AREA_FILL_LAYER, AREA_LINE_LAYER, EVENTS_LAYER];

/** What is visible: a day window [from, to], the ticked types, and (when searching) the matching event ids. */
export interface ViewFilter {
  from: number;
  to: number;
  types: string[];
  ids: string[] | null;
}

interface SlimProps {
  event_id: string;
  event_type: string;
  geo_precision: number;
  fatalities: number;
  day_start: number;
  day_end: number;
}

function slim(e: AppEvent): SlimProps {
  const p = e.properties;
  return {
    event_id: p.event_id,
    event_type: p.event_type,
    geo_precision: p.geo_precision,
    fatalities: p.fatalities,
    day_start: p.day_start,
    day_end: p.day_end,
  };
}

export function eventsCollection(events: AppEvent[]): FeatureCollection<Point, SlimProps> {
  return {
    type: 'FeatureCollection',
    features: events.map((e) => ({ type: 'Feature', geometry: e.geometry, properties: slim(e) })),
  };
}

export function areasCollection(events: AppEvent[]): FeatureCollection<Polygon | MultiPolygon, SlimProps> {
  return {
    type: 'FeatureCollection',
    features: events
      .filter((e) => e.properties.area)
      .map((e) => ({ type: 'Feature', geometry: e.properties.area as Polygon | MultiPolygon, properties: slim(e) })),
  };
}

function colorExpr(): ExpressionSpecification {
  const pairs = Object.entries(TYPE_COLORS).flat();
  return ['match', ['get', 'event_type'], ...pairs, OTHER_COLOR] as unknown as ExpressionSpecification;
}

const uncertain: ExpressionSpecification = ['>=', ['get', 'geo_precision'], 2];
const baseRadius: ExpressionSpecification = ['+', 5, ['min', 7, ['sqrt', ['get', 'fatalities']]]];

export function addEventLayers(map: MlMap, events: AppEvent[]): void {
  map.addSource(AREAS_SOURCE, { type: 'geojson', data: areasCollection(events) });
  map.addSource(EVENTS_SOURCE, { type: 'geojson', data: eventsCollection(events) });
  const color = colorExpr();
  map.addLayer({
    id: AREA_FILL_LAYER,
    type: 'fill',
    source: AREAS_SOURCE,
    paint: { 'fill-color': color, 'fill-opacity': 0.16 },
  });
  map.addLayer({
    id: AREA_LINE_LAYER,
    type: 'line',
    source: AREAS_SOURCE,
    paint: { 'line-color': color, 'line-width': 1.5, 'line-opacity': 0.8, 'line-dasharray': [2, 2] },
  });
  map.addLayer({
    id: SELECTED_LAYER,
    type: 'circle',
    source: EVENTS_SOURCE,
    filter: ['==', ['get', 'event_id'], ''],
    paint: {
      'circle-radius': [
        'interpolate',
        ['linear'],
        ['zoom'],
        2,
        ['+', 7, ['*', 0.8, baseRadius]],
        9,
        ['+', 7, ['*', 1.4, baseRadius]],
      ],
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-color': '#111111',
      'circle-stroke-width': 2.5,
    },
  });
  map.addLayer({
    id: EVENTS_LAYER,
    type: 'circle',
    source: EVENTS_SOURCE,
    paint: {
      'circle-radius': [
        'interpolate',
        ['linear'],
        ['zoom'],
        2,
        ['*', 0.8, ['case', uncertain, ['+', 3, baseRadius], baseRadius]],
        9,
        ['*', 1.4, ['case', uncertain, ['+', 3, baseRadius], baseRadius]],
      ],
      'circle-color': color,
      // Certain places are solid; "near"/regional places (precision 2/3) are faint discs with a coloured ring.
      'circle-opacity': ['match', ['get', 'geo_precision'], 1, 0.9, 2, 0.3, 0.15],
      'circle-stroke-color': ['case', uncertain, color, '#ffffff'],
      'circle-stroke-width': ['case', uncertain, 2, 1.2],
      'circle-stroke-opacity': ['match', ['get', 'geo_precision'], 3, 0.7, 1],
    },
  });
}

/** The MapLibre filter expression for a view: shown when [day_start, day_end] overlaps [from, to]. */
export function filterExpression(f: ViewFilter): FilterSpecification {
  const parts: ExpressionSpecification[] = [
    ['<=', ['get', 'day_start'], f.to],
    ['>=', ['get', 'day_end'], f.from],
    ['in', ['get', 'event_type'], ['literal', f.types]],
  ];
  if (f.ids) parts.push(['in', ['get', 'event_id'], ['literal', f.ids]]);
  return ['all', ...parts];
}

export function applyFilter(map: MlMap, f: ViewFilter, selectedId: string | null): void {
  const expr = filterExpression(f);
  for (const id of FILTERED_LAYERS) map.setFilter(id, expr);
  map.setFilter(SELECTED_LAYER, ['all', expr, ['==', ['get', 'event_id'], selectedId ?? '']] as FilterSpecification);
}

/** Called only when events change (a correction or reset), never on a timeline step. */
export function updateEventData(map: MlMap, events: AppEvent[]): void {
  (map.getSource(EVENTS_SOURCE) as GeoJSONSource | undefined)?.setData(eventsCollection(events));
  (map.getSource(AREAS_SOURCE) as GeoJSONSource | undefined)?.setData(areasCollection(events));
}

/** The same test as filterExpression, in JS: for the list, legend counts and exports. */
export function visibleEvents(events: AppEvent[], f: ViewFilter): AppEvent[] {
  const types = new Set(f.types);
  const ids = f.ids ? new Set(f.ids) : null;
  return events.filter((e) => {
    const p = e.properties;
    return p.day_start <= f.to && p.day_end >= f.from && types.has(p.event_type) && (!ids || ids.has(p.event_id));
  });
}
