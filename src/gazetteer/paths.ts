/** Where the data lives: the data/ folder of the GeoEvents package this file belongs to (src/ or dist/src/). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

export function repoRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'geoevents') {
      root = dir;
      return dir;
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('Cannot find the geoevents package folder above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}

export function dataDir(): string {
  return join(repoRoot(), 'data');
}

/** The built index folder; GEOEVENTS_INDEX_DIR overrides it (tests, users with several builds). */
export function defaultIndexDir(): string {
  return process.env.GEOEVENTS_INDEX_DIR || join(dataDir(), 'index');
}
