/**
 * The offline basemap style: Natural Earth vector tiles from data/basemap/tiles/ (written by
 * scripts/build-basemap.js) and glyphs from fonts/. Every URL is absolute and built from the page URL: no network URLs at all.
 */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';

export const FONT_REGULAR = ['Noto Sans Regular'];
export const FONT_MEDIUM = ['Noto Sans Medium'];
export const FONT_ITALIC = ['Noto Sans Italic'];

const SEA = '#c6dae6';
const LAND = '#f3f0e8';
const BORDER = '#8e8597';
const WATER_LINE = '#8fb6cf';
const HALO = 'rgba(255,255,255,0.85)';
const BORDER_WIDTH: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 1, 0.4, 6, 1.2, 10, 2];

/** Base URL of the app directory (page URL without file, query or hash), ending in '/'. */
export function appBase(href: string): string {
  return new URL('./', href).href;
}

/** The glyph URL template: built by concatenation so the {fontstack}/{range} tokens are not percent-encoded. */
export function glyphsUrl(href: string): string {
  return `${appBase(href)}fonts/{fontstack}/{range}.pbf`;
}

/** The basemap's one source: Natural Earth cut into vector tiles by scripts/build-basemap.js. */
const BASEMAP_SOURCE = 'basemap';
/** Deepest zoom of the tile pyramid (TILE_MAX_ZOOM in scripts/build-basemap.js); the map overzooms beyond it. */
const BASEMAP_MAX_ZOOM = 6;

/** A basemap layer's source: one layer of the vector tiles. */
const tiles = (layer: string) => ({ source: BASEMAP_SOURCE, 'source-layer': layer });

/** Shows a feature from the zoom in its `min` property on. */
const fromMinZoom = (offset = 0): ExpressionSpecification => ['>=', ['zoom'], ['+', ['get', 'min'], offset]];

function layers(): LayerSpecification[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': SEA } },
    { id: 'land', type: 'fill', ...tiles('land'), paint: { 'fill-color': LAND, 'fill-antialias': false } },
    {
      id: 'country-fill',
      type: 'fill',
      ...tiles('countries'),
      paint: {
        'fill-color': [
          'match',
          ['get', 'c'],
          1,
          '#f1ece0',
          2,
          '#eee8e4',
          3,
          '#ebeadf',
          4,
          '#f2ebe1',
          5,
          '#ece6da',
          6,
          '#efeee4',
          '#f0ebe3',
        ],
        'fill-antialias': false,
      },
    },
    {
      id: 'lakes',
      type: 'fill',
      ...tiles('lakes'),
      filter: ['>=', ['zoom'], ['-', ['get', 'min'], 2]],
      paint: { 'fill-color': SEA },
    },
    {
      id: 'rivers',
      type: 'line',
      ...tiles('rivers'),
      filter: ['>=', ['zoom'], ['-', ['get', 'min'], ['case', ['==', ['get', 'd'], 1], 0, 1]]],
      paint: {
        'line-color': WATER_LINE,
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 8, 1.4, 12, 2.5],
      },
    },
    {
      id: 'boundaries',
      type: 'line',
      ...tiles('boundaries'),
      filter: ['!=', ['get', 'disputed'], 1],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': BORDER, 'line-width': BORDER_WIDTH },
    },
    {
      id: 'boundaries-disputed',
      type: 'line',
      ...tiles('boundaries'),
      filter: ['==', ['get', 'disputed'], 1],
      paint: { 'line-color': BORDER, 'line-width': BORDER_WIDTH, 'line-dasharray': [3, 2] },
    },
    {
      id: 'marine-labels',
      type: 'symbol',
      ...tiles('marine-labels'),
      filter: fromMinZoom(-1),
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_ITALIC,
        'text-size': ['interpolate', ['linear'], ['zoom'], 1, 10, 6, 13],
        'text-max-width': 7,
        'text-letter-spacing': 0.08,
      },
      paint: { 'text-color': '#4d7797', 'text-halo-color': 'rgba(198,218,230,0.7)', 'text-halo-width': 1 },
    },
    {
      id: 'region-labels',
      type: 'symbol',
      ...tiles('region-labels'),
      filter: fromMinZoom(-1),
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_ITALIC,
        'text-size': 11,
        'text-max-width': 7,
        'text-optional': true,
      },
      paint: { 'text-color': '#8a7a5c', 'text-halo-color': HALO, 'text-halo-width': 1 },
    },
    {
      id: 'country-labels',
      type: 'symbol',
      ...tiles('country-labels'),
      filter: fromMinZoom(-1.5),
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_MEDIUM,
        'text-size': ['interpolate', ['linear'], ['zoom'], 2, ['-', 12, ['*', 0.5, ['get', 'rank']]], 6, 15],
        'text-max-width': 8,
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.06,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': '#5b5660', 'text-halo-color': HALO, 'text-halo-width': 1.2 },
    },
    {
      id: 'places-dot',
      type: 'circle',
      ...tiles('places'),
      filter: fromMinZoom(-1),
      paint: {
        'circle-radius': ['case', ['==', ['get', 'cap'], 2], 3.5, 2.5],
        'circle-color': '#55505a',
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1,
      },
    },
    {
      id: 'places-label',
      type: 'symbol',
      ...tiles('places'),
      filter: fromMinZoom(-1),
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_REGULAR,
        'text-size': ['case', ['==', ['get', 'cap'], 2], 13, 11.5],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.5,
        'text-justify': 'auto',
        'symbol-sort-key': ['-', 20, ['get', 'rank']],
      },
      paint: { 'text-color': '#333036', 'text-halo-color': HALO, 'text-halo-width': 1.2 },
    },
  ];
}

export function buildStyle(href: string): StyleSpecification {
  const base = appBase(href);
  const sources: StyleSpecification['sources'] = {
    [BASEMAP_SOURCE]: {
      type: 'vector',
      tiles: [`${base}data/basemap/tiles/{z}/{x}/{y}.pbf`],
      minzoom: 0,
      maxzoom: BASEMAP_MAX_ZOOM,
    },
  };
  return { version: 8, name: 'GeoEvents offline', glyphs: glyphsUrl(href), sources, layers: layers() };
}
