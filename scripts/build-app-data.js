#!/usr/bin/env node
/**
 * Data for the web app, written into public/data/ (generated, gitignored):
 * the events of data/articles (through the real pipeline: `geoevents ingest`), the Natural Earth basemap layers, and
 * the gazetteer (index, geometries, country polygons) for "Add an article", which runs the pipeline in a Web Worker.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';

mkdirSync('public/data', { recursive: true });
const run = (args) => execFileSync(process.execPath, args, { stdio: 'inherit' });
run(['bin/geoevents.js', 'gazetteer', 'build', '--if-stale']);
mkdirSync('public/data/gazetteer', { recursive: true });
for (const f of ['gazetteer.bin', 'geometries.json', 'countries.json']) {
  copyFileSync(`data/index/${f}`, `public/data/gazetteer/${f}`);
}
run(['bin/geoevents.js', 'ingest', 'data/articles', '--out', 'public/data/events.geojson']);
run(['scripts/build-basemap.js']);
