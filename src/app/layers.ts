/**
 * Event sources and layers on the map. Time, type and search filtering all go through map.setFilter with
 * expressions on the numeric day_start/day_end properties; setData runs only when the events themselves change.
 */
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSource,
  Map as MlMap,
} from 'maplibre-gl';
import { type AppEvent, OTHER_COLOR, TYPE_COLORS } from './model.js';

export const EVENTS_SOURCE = 'events';
export const AREAS_SOURCE = 'event-areas';
export const EVENTS_LAYER = 'events';
export const SELECTED_LAYER = 'events-selected';
export const AREA_FILL_LAYER = 'event-areas-fill';
export const AREA_LINE_LAYER = 'event-areas-line';
export const HEATMAP_LAYER = 'events-heatmap';
/** The clustered copy of the events passing the filters (rebuilt with setData), drawn below CLUSTER_MAX_ZOOM. */
export const CLUSTER_SOURCE = 'event-clusters';
export const CLUSTER_LAYER = 'event-clusters';
export const CLUSTER_COUNT_LAYER = 'event-clusters-count';
export const CLUSTER_POINT_LAYER = 'event-clusters-point';
/**
 * Below this zoom the clusters replace the individual event layers. Low enough that the views the app opens at
 * (fitBounds over the events of a region) still draw the individual events.
 */
export const CLUSTER_MAX_ZOOM = 3;
const FILTERED_LAYERS = [AREA_FILL_LAYER, AREA_LINE_LAYER, EVENTS_LAYER, HEATMAP_LAYER];

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

/** The event types in each map's data, so filters can drop a type clause that excludes nothing. */
const presentTypes = new WeakMap<MlMap, Set<string>>();

/** Circle paint of an individual event, shared by the events layer and the unclustered points of the clusters. */
function eventCirclePaint(color: ExpressionSpecification): CircleLayerSpecification['paint'] {
  return {
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
  };
}

/**
 * Adds the event sources and layers (again after a style change). `clustered` is the data of the cluster source:
 * the events passing the current filters.
 */
export function addEventLayers(map: MlMap, events: AppEvent[], clustered: AppEvent[] = events, heatmap = false): void {
  presentTypes.set(map, new Set(events.map((e) => e.properties.event_type)));
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
    id: HEATMAP_LAYER,
    type: 'heatmap',
    source: EVENTS_SOURCE,
    maxzoom: 9,
    layout: { visibility: heatmap ? 'visible' : 'none' },
    paint: {
      // Gentle: every event counts, more fatalities count a little more (log-like, capped).
      'heatmap-weight': ['interpolate', ['linear'], ['get', 'fatalities'], 0, 0.4, 10, 0.7, 100, 1],
      'heatmap-intensity': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 9, 1.5],
      'heatmap-radius': ['interpolate', ['linear'], ['zoom'], 2, 14, 9, 30],
      'heatmap-opacity': ['interpolate', ['linear'], ['zoom'], 6, 0.75, 9, 0],
      'heatmap-color': [
        'interpolate',
        ['linear'],
        ['heatmap-density'],
        0,
        'rgba(255,255,178,0)',
        0.2,
        'rgba(254,217,118,0.6)',
        0.45,
        'rgb(254,178,76)',
        0.7,
        'rgb(253,141,60)',
        1,
        'rgb(227,26,28)',
      ],
    },
  });
  map.addLayer({
    id: EVENTS_LAYER,
    type: 'circle',
    source: EVENTS_SOURCE,
    minzoom: CLUSTER_MAX_ZOOM,
    paint: eventCirclePaint(color),
  });
  map.addSource(CLUSTER_SOURCE, {
    type: 'geojson',
    data: eventsCollection(clustered),
    cluster: true,
    clusterRadius: 50,
    clusterMaxZoom: Math.ceil(CLUSTER_MAX_ZOOM),
  });
  map.addLayer({
    id: CLUSTER_POINT_LAYER,
    type: 'circle',
    source: CLUSTER_SOURCE,
    maxzoom: CLUSTER_MAX_ZOOM,
    filter: ['!', ['has', 'point_count']],
    paint: eventCirclePaint(color),
  });
  map.addLayer({
    id: CLUSTER_LAYER,
    type: 'circle',
    source: CLUSTER_SOURCE,
    maxzoom: CLUSTER_MAX_ZOOM,
    filter: ['has', 'point_count'],
    paint: {
      'circle-color': '#4b4453',
      'circle-opacity': 0.82,
      'circle-radius': ['interpolate', ['linear'], ['get', 'point_count'], 2, 12, 50, 20, 500, 28],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.5,
    },
  });
  map.addLayer({
    id: CLUSTER_COUNT_LAYER,
    type: 'symbol',
    source: CLUSTER_SOURCE,
    maxzoom: CLUSTER_MAX_ZOOM,
    filter: ['has', 'point_count'],
    layout: {
      'text-field': ['get', 'point_count_abbreviated'],
      'text-font': ['Noto Sans Medium'],
      'text-size': 12,
      'text-allow-overlap': true,
    },
    paint: { 'text-color': '#ffffff' },
  });
}

/** Gives the cluster source the events passing the filters. */
export function updateClusterData(map: MlMap, shown: AppEvent[]): void {
  (map.getSource(CLUSTER_SOURCE) as GeoJSONSource | undefined)?.setData(eventsCollection(shown));
}

export function setHeatmap(map: MlMap, on: boolean): void {
  if (map.getLayer(HEATMAP_LAYER)) map.setLayoutProperty(HEATMAP_LAYER, 'visibility', on ? 'visible' : 'none');
}

/**
 * `value` is one of `set`, as a `match` (a hash lookup in the worker; `in` on a literal array is a linear scan per
 * feature, which with a search matching thousands of ids made every timeline step crawl). Empty set: false.
 */
function oneOf(prop: string, set: string[]): ExpressionSpecification {
  const labels = [...new Set(set)];
  return (labels.length ? ['match', ['get', prop], labels, true, false] : false) as ExpressionSpecification;
}

/**
 * The MapLibre filter expression for a view: shown when [day_start, day_end] overlaps [from, to]. The worker evaluates
 * it for every feature of every tile on each change, so a type clause is left out when `present` (the types in the
 * data) are all ticked: it could not exclude anything.
 */
export function filterExpression(f: ViewFilter, present?: ReadonlySet<string>): FilterSpecification {
  const parts: ExpressionSpecification[] = [
    ['<=', ['get', 'day_start'], f.to],
    ['>=', ['get', 'day_end'], f.from],
  ];
  const ticked = new Set(f.types);
  if (!present || [...present].some((t) => !ticked.has(t))) parts.push(oneOf('event_type', f.types));
  if (f.ids) parts.push(oneOf('event_id', f.ids));
  return ['all', ...parts];
}

export function applyFilter(map: MlMap, f: ViewFilter, selectedId: string | null): void {
  const expr = filterExpression(f, presentTypes.get(map));
  for (const id of FILTERED_LAYERS) map.setFilter(id, expr);
  // The id test first: it rejects all but one feature before the window test runs.
  map.setFilter(SELECTED_LAYER, ['all', ['==', ['get', 'event_id'], selectedId ?? ''], expr] as FilterSpecification);
}

/** Called only when events change (a correction or reset), never on a timeline step. */
export function updateEventData(map: MlMap, events: AppEvent[]): void {
  presentTypes.set(map, new Set(events.map((e) => e.properties.event_type)));
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
