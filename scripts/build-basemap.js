#!/usr/bin/env node
/**
 * Builds the offline basemap of the web app from Natural Earth (data/naturalearth/*.geojson.gz) into vector tiles,
 * public/data/basemap/tiles/{z}/{x}/{y}.pbf (scripts/basemap-tiles.js), one tile layer per layer below: properties
 * trimmed to what src/app/style.ts uses, coordinates rounded, polygon label layers reduced to one label point each.
 * Output is deterministic (same input → same bytes).
 */
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { simplify } from '@turf/turf';
import { writeTiles } from './basemap-tiles.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'data', 'naturalearth');
const out = join(root, 'public', 'data', 'basemap');
/** Middle East bbox for the detailed 10m rivers: [west, south, east, north]. */
const ME_BBOX = [24, 12, 64, 43];
/** Deepest zoom cut into tiles; src/app/style.ts declares the same maxzoom and the map overzooms beyond it. */
const TILE_MAX_ZOOM = 6;

function read(name) {
  return JSON.parse(gunzipSync(readFileSync(join(src, `${name}.geojson.gz`))).toString('utf8'));
}

function roundCoords(coords, factor) {
  if (typeof coords[0] === 'number') return coords.map((c) => Math.round(c * factor) / factor);
  return coords.map((c) => roundCoords(c, factor));
}

/** Drops consecutive duplicate positions created by rounding, and degenerate rings/lines. */
function dedupe(coords, minLen) {
  const outCoords = [];
  for (const p of coords) {
    const last = outCoords[outCoords.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) outCoords.push(p);
  }
  return outCoords.length >= minLen ? outCoords : null;
}

function cleanGeometry(geom, decimals) {
  if (!geom) return null;
  const f = 10 ** decimals;
  const c = roundCoords(geom.coordinates, f);
  switch (geom.type) {
    case 'Point':
      return { type: 'Point', coordinates: c };
    case 'LineString': {
      const l = dedupe(c, 2);
      return l ? { type: 'LineString', coordinates: l } : null;
    }
    case 'MultiLineString': {
      const ls = c.map((l) => dedupe(l, 2)).filter(Boolean);
      return ls.length ? { type: 'MultiLineString', coordinates: ls } : null;
    }
    case 'Polygon': {
      const rings = c.map((r) => dedupe(r, 4));
      return rings[0] ? { type: 'Polygon', coordinates: rings.filter(Boolean) } : null;
    }
    case 'MultiPolygon': {
      const polys = c
        .map((p) => p.map((r) => dedupe(r, 4)))
        .filter((p) => p[0])
        .map((p) => p.filter(Boolean));
      return polys.length ? { type: 'MultiPolygon', coordinates: polys } : null;
    }
    default:
      return null;
  }
}

function ringArea(ring) {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return Math.abs(a / 2);
}

function largestPolygon(geom) {
  if (geom.type === 'Polygon') return geom.coordinates;
  let best = null;
  let bestArea = -1;
  for (const p of geom.coordinates) {
    const a = ringArea(p[0]);
    if (a > bestArea) {
      bestArea = a;
      best = p;
    }
  }
  return best;
}

/** Signed distance from (x, y) to the polygon outline: positive inside. */
function pointToPolygonDist(x, y, polygon) {
  let inside = false;
  let minDistSq = Infinity;
  for (const ring of polygon) {
    for (let i = 0, len = ring.length, j = len - 1; i < len; j = i++) {
      const a = ring[i];
      const b = ring[j];
      if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
      let px = b[0];
      let py = b[1];
      let dx = a[0] - px;
      let dy = a[1] - py;
      if (dx !== 0 || dy !== 0) {
        const t = ((x - px) * dx + (y - py) * dy) / (dx * dx + dy * dy);
        if (t > 1) {
          px = a[0];
          py = a[1];
        } else if (t > 0) {
          px += dx * t;
          py += dy * t;
        }
      }
      dx = x - px;
      dy = y - py;
      minDistSq = Math.min(minDistSq, dx * dx + dy * dy);
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(minDistSq);
}

/** Pole of inaccessibility by a coarse-to-fine grid search: a label point well inside the polygon. */
function labelPoint(geom) {
  const poly = largestPolygon(
    simplify({ type: 'Feature', properties: {}, geometry: geom }, { tolerance: 0.02 }).geometry,
  );
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of poly[0]) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  let best = [(minX + maxX) / 2, (minY + maxY) / 2];
  let bestD = pointToPolygonDist(best[0], best[1], poly);
  let w = maxX - minX;
  let h = maxY - minY;
  let cx = best[0];
  let cy = best[1];
  const n = 12;
  for (let pass = 0; pass < 4; pass++) {
    for (let i = 0; i <= n; i++) {
      for (let j = 0; j <= n; j++) {
        const x = cx - w / 2 + (w * i) / n;
        const y = cy - h / 2 + (h * j) / n;
        const d = pointToPolygonDist(x, y, poly);
        if (d > bestD) {
          bestD = d;
          best = [x, y];
        }
      }
    }
    [cx, cy] = best;
    w /= 4;
    h /= 4;
  }
  return { type: 'Point', coordinates: best };
}

function inBbox(geom, [w, s, e, n]) {
  const lines = geom.type === 'LineString' ? [geom.coordinates] : geom.coordinates;
  return lines.some((l) => l.some(([x, y]) => x >= w && x <= e && y >= s && y <= n));
}

/** The layers, by tile layer name, in the order they are added. */
const layersOut = {};

function write(name, features) {
  const fc = { type: 'FeatureCollection', features: features.filter((f) => f.geometry) };
  layersOut[name] = fc;
  return { name, features: fc.features.length };
}

/** Names with characters outside the shipped Latin glyph ranges fall back to the ASCII name. */
function latinName(name, ascii) {
  if (!name) return ascii || '';
  for (const ch of name) {
    const c = ch.codePointAt(0);
    if (c > 1023 && !(c >= 7680 && c <= 8447)) return ascii || '';
  }
  return name;
}

const num = (v, d = 0) => (typeof v === 'number' && Number.isFinite(v) ? v : d);
const feat = (properties, geometry) => ({ type: 'Feature', properties, geometry });

function main() {
  const report = [];

  report.push(
    write(
      'land',
      read('ne_50m_land').features.map((f) => feat({}, cleanGeometry(simplify(f, { tolerance: 0.01 }).geometry, 4))),
    ),
  );

  const countries = read('ne_50m_admin_0_countries').features;
  report.push(
    write(
      'countries',
      countries.map((f) =>
        feat({ c: num(f.properties.MAPCOLOR7, 1) }, cleanGeometry(simplify(f, { tolerance: 0.01 }).geometry, 4)),
      ),
    ),
  );
  report.push(
    write(
      'country-labels',
      countries
        .filter((f) => f.geometry)
        .map((f) =>
          feat(
            {
              name: latinName(f.properties.NAME, f.properties.NAME_SORT),
              min: num(f.properties.MIN_LABEL, 3),
              rank: num(f.properties.LABELRANK, 5),
            },
            cleanGeometry(labelPoint(f.geometry), 3),
          ),
        ),
    ),
  );

  report.push(
    write(
      'boundaries',
      read('ne_10m_admin_0_boundary_lines_land').features.map((f) =>
        feat(
          { disputed: /Disputed|Indefinite|claim/i.test(f.properties.featurecla ?? '') ? 1 : 0 },
          cleanGeometry(simplify(f, { tolerance: 0.005 }).geometry, 4),
        ),
      ),
    ),
  );

  report.push(
    write(
      'lakes',
      read('ne_50m_lakes').features.map((f) =>
        feat(
          { name: latinName(f.properties.name, ''), min: num(f.properties.min_label, 5) },
          cleanGeometry(simplify(f, { tolerance: 0.003 }).geometry, 4),
        ),
      ),
    ),
  );

  const rivers50 = read('ne_50m_rivers_lake_centerlines').features.map((f) =>
    feat(
      { name: latinName(f.properties.name_en ?? f.properties.name, ''), min: num(f.properties.min_zoom, 4), d: 0 },
      cleanGeometry(f.geometry, 4),
    ),
  );
  const rivers10 = read('ne_10m_rivers_lake_centerlines')
    .features.filter((f) => f.geometry && inBbox(f.geometry, ME_BBOX))
    .map((f) =>
      feat(
        { name: latinName(f.properties.name_en ?? f.properties.name, ''), min: num(f.properties.min_zoom, 5), d: 1 },
        cleanGeometry(simplify(f, { tolerance: 0.001 }).geometry, 4),
      ),
    );
  report.push(write('rivers', [...rivers50, ...rivers10]));

  report.push(
    write(
      'marine-labels',
      read('ne_10m_geography_marine_polys')
        .features.filter((f) => f.geometry && f.properties.name)
        .map((f) =>
          feat(
            {
              name: latinName(f.properties.name, ''),
              cls: f.properties.featurecla,
              min: num(f.properties.min_label, 4),
            },
            cleanGeometry(labelPoint(f.geometry), 3),
          ),
        ),
    ),
  );

  report.push(
    write(
      'region-labels',
      read('ne_10m_geography_regions_polys')
        .features.filter((f) => f.geometry && f.properties.name && f.properties.featurecla !== 'Dragons-be-here')
        .map((f) =>
          feat(
            {
              name: latinName(f.properties.name, ''),
              cls: f.properties.featurecla,
              min: num(f.properties.min_label, 5),
            },
            cleanGeometry(labelPoint(f.geometry), 3),
          ),
        ),
    ),
  );

  report.push(
    write(
      'places',
      read('ne_10m_populated_places_simple').features.map((f) => {
        const p = f.properties;
        const capital = /Admin-0 capital/.test(p.featurecla ?? '') ? 2 : /Admin-1/.test(p.featurecla ?? '') ? 1 : 0;
        return feat(
          {
            name: latinName(p.name, p.nameascii),
            min: num(p.min_zoom, 7),
            rank: num(p.rank_max, 0),
            cap: capital,
          },
          cleanGeometry(f.geometry, 4),
        );
      }),
    ),
  );

  for (const r of report) console.log(`${r.name.padEnd(15)} ${String(r.features).padStart(5)} features`);
  // The whole folder is replaced: earlier builds wrote GeoJSON files here.
  rmSync(out, { recursive: true, force: true });
  const { tiles, empty, bytes } = writeTiles(layersOut, join(out, 'tiles'), { maxZoom: TILE_MAX_ZOOM });
  console.log(
    `basemap: ${tiles} tiles (zoom 0-${TILE_MAX_ZOOM}, ${empty} empty), ${(bytes / 1024 / 1024).toFixed(2)} MiB in ${out}`,
  );
}

main();
