/**
 * Event sources and layers on the map. Each event is a feature whose id is its index in the app's event array; the
 * view (time window, types, actor, country, search) hides the others through feature state (`hidden`), which zeroes
 * their radius and stroke on the GPU side, and a time-ordered chunk of events none of which is shown is not drawn at
 * all (EventChunks). A step of the timeline changes the state of the few events that enter or leave the window and
 * redraws: no source reload, no re-tiling (see docs/performance.md). setData runs only when the events themselves
 * change, on the selected-event source when the selection does, and on the two derived sources (clusters, heatmap)
 * while they are drawn.
 */
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { CircleLayerSpecification, ExpressionSpecification, GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import type { EventChunks } from './event-chunks.js';
import { type MapProps, mapProps } from './map-props.js';
import { type AppEvent, OTHER_COLOR, TYPE_COLORS } from './model.js';

export const AREAS_SOURCE = 'event-areas';
/** The selected event alone (setData on selection), outlined above the areas. */
export const SELECTED_SOURCE = 'event-selected';
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

/** The derived sources' properties: their features are a subset, so they carry the event id and fatalities. */
interface DerivedProps extends MapProps {
  event_id: string;
  fatalities: number;
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

function rgba(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${n >> 16},${(n >> 8) & 255},${n & 255},${alpha})`;
}

/** The event type's colour at this opacity. */
function colorExpr(alpha = 1): ExpressionSpecification {
  const pairs = Object.entries(TYPE_COLORS).flatMap(([type, c]) => [type, rgba(c, alpha)]);
  return ['match', ['get', 'event_type'], ...pairs, rgba(OTHER_COLOR, alpha)] as unknown as ExpressionSpecification;
}

const precision: ExpressionSpecification = ['get', 'geo_precision'];

/** True for features the current view hides. */
const hidden: ExpressionSpecification = ['boolean', ['feature-state', 'hidden'], false];
const unlessHidden = (v: ExpressionSpecification | number): ExpressionSpecification => ['case', hidden, 0, v];

/**
 * Circle paint of an individual event, shared by the event chunks' layers and the unclustered points of the clusters.
 * The opacities are in the colours, so that the layers' own opacities stay constants that EventChunks can zero.
 */
function eventCirclePaint(): NonNullable<CircleLayerSpecification['paint']> {
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
    // Certain places are solid; "near"/regional places (precision 2/3) are faint discs with a coloured ring.
    'circle-color': [
      'case',
      ['==', precision, 1],
      colorExpr(0.9),
      ['==', precision, 2],
      colorExpr(0.3),
      colorExpr(0.15),
    ],
    'circle-stroke-color': ['case', ['<', precision, 2], '#ffffff', ['==', precision, 3], colorExpr(0.7), colorExpr(1)],
    'circle-stroke-width': unlessHidden(['case', ['<', precision, 2], 1.2, 2]),
  };
}

/**
 * Adds the event sources and layers (again after a style change). The cluster and heatmap sources start empty: they
 * are filled (DerivedSources) only when drawn, so a load at a regional zoom does not index every event three times.
 */
export function addEventLayers(map: MlMap, events: AppEvent[], chunks: EventChunks, heatmap = false): void {
  map.addSource(AREAS_SOURCE, { type: 'geojson', data: areasCollection(events) });
  map.addSource(SELECTED_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
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
    source: SELECTED_SOURCE,
    paint: {
      'circle-radius': [
        'interpolate',
        ['linear'],
        ['zoom'],
        2,
        ['+', 7, ['*', 0.8, ['get', 'size']]],
        9,
        ['+', 7, ['*', 1.4, ['get', 'size']]],
      ],
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-color': '#111111',
      'circle-stroke-width': 2.5,
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
  chunks.add(map, events, eventCirclePaint(), CLUSTER_MAX_ZOOM);
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
    paint: eventCirclePaint(),
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

/** Outlines the selected event (its feature id is its index), or nothing; called only when that changes. */
export function setSelected(map: MlMap, event: AppEvent | null, index: number | null): void {
  const features =
    event && index !== null
      ? [{ type: 'Feature' as const, id: index, geometry: event.geometry, properties: mapProps(event) }]
      : [];
  (map.getSource(SELECTED_SOURCE) as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features });
}

/**
 * Called only when events change (a correction, an added article), never on a timeline step. Returns true when the
 * event chunks were rebuilt, so that no feature has state any more.
 */
export function updateEventData(map: MlMap, events: AppEvent[], chunks: EventChunks): boolean {
  (map.getSource(AREAS_SOURCE) as GeoJSONSource | undefined)?.setData(areasCollection(events));
  return chunks.update(map, events, eventCirclePaint(), CLUSTER_MAX_ZOOM, CLUSTER_POINT_LAYER);
}
