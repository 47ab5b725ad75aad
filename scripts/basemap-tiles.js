/**
 * Cuts the basemap layers into a static pyramid of Mapbox Vector Tiles: `<dir>/{z}/{x}/{y}.pbf`, every tile of
 * zooms 0..maxZoom, one MVT layer per input layer. Tiles with nothing in them are written as empty files (a valid
 * empty tile), so the map never asks for a file that is not there. MapLibre then decodes only the tiles in view
 * instead of parsing and indexing all the GeoJSON in its worker before the first frame (docs/performance.md).
 * Deterministic: the same layers give the same bytes.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';

/**
 * @param {Record<string, import('geojson').FeatureCollection>} layers  MVT layer name → features
 * @param {string} dir  output directory (replaced)
 * @param {{ maxZoom?: number, tolerance?: number, buffer?: number }} [options]
 *   maxZoom: deepest zoom cut (the map overzooms beyond it), default 6; tolerance: simplification in tile pixels
 *   (of 256), default 1; buffer: pixels kept around each tile, default 64 (of 4096).
 * @returns {{ tiles: number, empty: number, bytes: number }}
 */
export function writeTiles(layers, dir, { maxZoom = 6, tolerance = 1, buffer = 64 } = {}) {
  const indexes = Object.entries(layers).map(([name, fc]) => [
    name,
    new GeoJSONVT(fc, { maxZoom, indexMaxZoom: maxZoom, indexMaxPoints: 0, tolerance, extent: 4096, buffer }),
  ]);
  rmSync(dir, { recursive: true, force: true });
  let tiles = 0;
  let empty = 0;
  let bytes = 0;
  for (let z = 0; z <= maxZoom; z++) {
    for (let x = 0; x < 2 ** z; x++) {
      mkdirSync(join(dir, String(z), String(x)), { recursive: true });
      for (let y = 0; y < 2 ** z; y++) {
        const inTile = {};
        for (const [name, index] of indexes) {
          const tile = index.getTile(z, x, y);
          if (tile?.features.length) inTile[name] = tile;
        }
        const pbf = Object.keys(inTile).length ? fromGeojsonVt(inTile, { version: 2 }) : new Uint8Array(0);
        writeFileSync(join(dir, String(z), String(x), `${y}.pbf`), pbf);
        tiles++;
        if (pbf.length === 0) empty++;
        bytes += pbf.length;
      }
    }
  }
  return { tiles, empty, bytes };
}
