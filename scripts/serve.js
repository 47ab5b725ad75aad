#!/usr/bin/env node
/**
 * Tiny static server for the built web app (dist-app), no dependencies: 127.0.0.1, port from PORT (default 5173;
 * the next free port when busy; PORT=0 picks any free port). 404 for missing files (no SPA fallback).
 * Usage: node scripts/serve.js [root]   (root defaults to dist-app)
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json',
  '.geojsons': 'application/geo+json-seq',
  '.pbf': 'application/x-protobuf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.kml': 'application/vnd.google-earth.kml+xml',
  '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream',
};

/** Maps a request URL path to a file under root, or null when it escapes root or is malformed. */
function resolvePath(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(new URL(urlPath, 'http://x').pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  return file === root || file.startsWith(root + sep) ? file : null;
}

export function createStaticServer(rootDir) {
  const root = resolve(rootDir);
  return createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const file = resolvePath(root, req.url ?? '/');
    let stat = null;
    try {
      stat = file ? statSync(file) : null;
    } catch {
      stat = null;
    }
    if (!file || !stat?.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    res.writeHead(200, {
      'content-type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': stat.size,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  });
}

/** Listens on host:port, trying the next ports when busy; resolves with the URL. */
export function listen(server, port, host = '127.0.0.1', tries = 20) {
  return new Promise((resolveUrl, reject) => {
    const attempt = (p, left) => {
      const onError = (err) => {
        server.off('listening', onListening);
        if (err.code === 'EADDRINUSE' && left > 0) attempt(p === 0 ? 0 : p + 1, left - 1);
        else reject(err);
      };
      const onListening = () => {
        server.off('error', onError);
        resolveUrl(`http://${host}:${server.address().port}/`);
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(p, host);
    };
    attempt(port, tries);
  });
}

async function main() {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const root = resolve(process.argv[2] ?? join(here, '..', 'dist-app'));
  try {
    if (!statSync(join(root, 'index.html')).isFile()) throw new Error('no index.html');
  } catch {
    console.error(`${root}/index.html not found: run npm run build first`);
    process.exit(1);
  }
  const envPort = process.env.PORT === undefined || process.env.PORT === '' ? 5173 : Number(process.env.PORT);
  const port = Number.isInteger(envPort) && envPort >= 0 && envPort < 65536 ? envPort : 5173;
  const server = createStaticServer(root);
  const url = await listen(server, port);
  console.log(`GeoEvents app: ${url}`);
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
