#!/usr/bin/env node
/**
 * Data for the web app, written into public/data/ (generated, gitignored):
 * the events of data/articles (through the real pipeline: `geoevents ingest`) and the Natural Earth basemap layers.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

mkdirSync('public/data', { recursive: true });
const run = (args) => execFileSync(process.execPath, args, { stdio: 'inherit' });
run(['bin/geoevents.js', 'gazetteer', 'build', '--if-stale']);
run(['bin/geoevents.js', 'ingest', 'data/articles', '--out', 'public/data/events.geojson']);
run(['scripts/build-basemap.js']);
