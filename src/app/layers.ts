/**
 * Event sources and layers on the map. Each event is a feature whose id is its index in the app's event array; the
 * view (time window, types, actor, country, search) hides the others through feature state (`hidden`), which zeroes
 * their radius, stroke and opacity on the GPU side. A step of the timeline changes the state of the few events that
 * enter or leave the window and redraws: no source reload, no re-tiling (see docs/performance.md). setData runs only
 * when the events themselves change, and on the two derived sources (clusters, heatmap) while they are drawn.
 */
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { CircleLayerSpecification, ExpressionSpecification, GeoJSONSource, Map as MlMap } from 'maplibre-gl';
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
/** The heatmap's own copy of the visible events: heatmap-weight cannot read feature state. */
export const HEAT_SOURCE = 'events-heat';
/**
 * Below this zoom the clusters replace the individual event layers. Low enough that the views the app opens at
 * (fitBounds over the events of a region) still draw the individual events.
 */
export const CLUSTER_MAX_ZOOM = 3;

/**
 * What the map's worker gets of each event: only what styling needs. No event_id: 100,000 unique strings cost the
 * worker more than all other properties together (serialising, tiling, writing tile buffers); the feature id (the
 * event's index in the app's array) names the event instead.
 */
interface MapProps {
  event_type: string;
  geo_precision: number;
  /** Base circle radius in px: 5 + √fatalities (at most 12), plus 3 for an uncertain place; scaled by zoom. */
  size: number;
  day_start: number;
  day_end: number;
}

/** The derived sources' properties: their features are a subset, so they carry the event id and fatalities. */
interface DerivedProps extends MapProps {
  event_id: string;
  fatalities: number;
}

function mapProps(e: AppEvent): MapProps {
  const p = e.properties;
  return {
    event_type: p.event_type,
    geo_precision: p.geo_precision,
    size: 5 + Math.min(7, Math.sqrt(p.fatalities)) + (p.geo_precision >= 2 ? 3 : 0),
    day_start: p.day_start,
    day_end: p.day_end,
  };
}

export function eventsCollection(events: AppEvent[]): FeatureCollection<Point, MapProps> {
  return {
    type: 'FeatureCollection',
    features: events.map((e, i) => ({ type: 'Feature', id: i, geometry: e.geometry, properties: mapProps(e) })),
  };
}

function derivedCollection(events: AppEvent[]): FeatureCollection<Point, DerivedProps> {
  return {
    type: 'FeatureCollection',
    features: events.map((e, i) => ({
      type: 'Feature',
      id: i,
      geometry: e.geometry,
      properties: { ...mapProps(e), event_id: e.properties.event_id, fatalities: e.properties.fatalities },
    })),
  };
}

export function areasCollection(events: AppEvent[]): FeatureCollection<Polygon | MultiPolygon, MapProps> {
  return {
    type: 'FeatureCollection',
    features: events.flatMap((e, i) =>
      e.properties.area
        ? [
            {
              type: 'Feature' as const,
              id: i,
              geometry: e.properties.area as Polygon | MultiPolygon,
              properties: mapProps(e),
            },
          ]
        : [],
    ),
  };
}

function colorExpr(): ExpressionSpecification {
  const pairs = Object.entries(TYPE_COLORS).flat();
  return ['match', ['get', 'event_type'], ...pairs, OTHER_COLOR] as unknown as ExpressionSpecification;
}

const uncertain: ExpressionSpecification = ['>=', ['get', 'geo_precision'], 2];

/** True for features the current view hides. */
const hidden: ExpressionSpecification = ['boolean', ['feature-state', 'hidden'], false];
const unlessHidden = (v: ExpressionSpecification | number): ExpressionSpecification => ['case', hidden, 0, v];

/** Circle paint of an individual event, shared by the events layer and the unclustered points of the clusters. */
function eventCirclePaint(color: ExpressionSpecification): CircleLayerSpecification['paint'] {
  return {
    'circle-radius': [
      'interpolate',
      ['linear'],
      ['zoom'],
      2,
      unlessHidden(['*', 0.8, ['get', 'size']]),
      9,
      unlessHidden(['*', 1.4, ['get', 'size']]),
    ],
    'circle-color': color,
    // Certain places are solid; "near"/regional places (precision 2/3) are faint discs with a coloured ring.
    'circle-opacity': ['match', ['get', 'geo_precision'], 1, 0.9, 2, 0.3, 0.15],
    'circle-stroke-color': ['case', uncertain, color, '#ffffff'],
    'circle-stroke-width': unlessHidden(['case', uncertain, 2, 1.2]),
    'circle-stroke-opacity': ['match', ['get', 'geo_precision'], 3, 0.7, 1],
  };
}

/**
 * Adds the event sources and layers (again after a style change). The cluster and heatmap sources start empty: they
 * are filled (DerivedSources) only when drawn, so a load at a regional zoom does not index every event three times.
 */
export function addEventLayers(map: MlMap, events: AppEvent[], heatmap = false): void {
  map.addSource(AREAS_SOURCE, { type: 'geojson', data: areasCollection(events) });
  map.addSource(EVENTS_SOURCE, { type: 'geojson', data: eventsCollection(events) });
  map.addSource(HEAT_SOURCE, { type: 'geojson', data: derivedCollection([]) });
  const color = colorExpr();
  map.addLayer({
    id: AREA_FILL_LAYER,
    type: 'fill',
    source: AREAS_SOURCE,
    paint: { 'fill-color': color, 'fill-opacity': unlessHidden(0.16) },
  });
  map.addLayer({
    id: AREA_LINE_LAYER,
    type: 'line',
    source: AREAS_SOURCE,
    paint: { 'line-color': color, 'line-width': 1.5, 'line-opacity': unlessHidden(0.8), 'line-dasharray': [2, 2] },
  });
  map.addLayer({
    id: SELECTED_LAYER,
    type: 'circle',
    source: EVENTS_SOURCE,
    filter: ['==', ['id'], -1],
    paint: {
      'circle-radius': [
        'interpolate',
        ['linear'],
        ['zoom'],
        2,
        unlessHidden(['+', 7, ['*', 0.8, ['get', 'size']]]),
        9,
        unlessHidden(['+', 7, ['*', 1.4, ['get', 'size']]]),
      ],
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-color': '#111111',
      'circle-stroke-width': unlessHidden(2.5),
    },
  });
  map.addLayer({
    id: HEATMAP_LAYER,
    type: 'heatmap',
    source: HEAT_SOURCE,
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
    data: derivedCollection([]),
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
  (map.getSource(CLUSTER_SOURCE) as GeoJSONSource | undefined)?.setData(derivedCollection(shown));
}

/** Gives the heatmap source the events passing the filters (called only while the heatmap is on). */
export function updateHeatData(map: MlMap, shown: AppEvent[]): void {
  (map.getSource(HEAT_SOURCE) as GeoJSONSource | undefined)?.setData(derivedCollection(shown));
}

export function setHeatmap(map: MlMap, on: boolean): void {
  if (map.getLayer(HEATMAP_LAYER)) map.setLayoutProperty(HEATMAP_LAYER, 'visibility', on ? 'visible' : 'none');
}

/** Outlines the selected event: a filter on its feature id (its index), changed only when the selection is. */
export function setSelected(map: MlMap, selectedIndex: number | null): void {
  if (map.getLayer(SELECTED_LAYER)) map.setFilter(SELECTED_LAYER, ['==', ['id'], selectedIndex ?? -1]);
}

/** Called only when events change (a correction, an added article), never on a timeline step. */
export function updateEventData(map: MlMap, events: AppEvent[]): void {
  (map.getSource(EVENTS_SOURCE) as GeoJSONSource | undefined)?.setData(eventsCollection(events));
  (map.getSource(AREAS_SOURCE) as GeoJSONSource | undefined)?.setData(areasCollection(events));
}
