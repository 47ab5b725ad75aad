/**
 * Loads the built gazetteer index from disk (Node). The browser worker uses decodeIndex() on a fetched buffer instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeIndex, IndexFormatError } from './format.js';
import { Gazetteer } from './gazetteer.js';
import { defaultIndexDir } from './paths.js';

export class GazetteerMissingError extends Error {}

const cache = new Map<string, Gazetteer>();

/** Load (once per process and folder) the index in `dir` (default data/index). Throws a message that says how to rebuild. */
export function loadGazetteer(dir: string = defaultIndexDir()): Gazetteer {
  const hit = cache.get(dir);
  if (hit) return hit;
  const bin = join(dir, 'gazetteer.bin');
  if (!existsSync(bin)) {
    throw new GazetteerMissingError(
      `No gazetteer index at ${bin}. Build it with \`npx geoevents gazetteer build\` (npm ci does this).`,
    );
  }
  const file = readFileSync(bin);
  const buf = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
  const { header, cols } = decodeIndex(buf);
  const readJson = (name: string) => {
    try {
      return JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch {
      throw new IndexFormatError(
        `The gazetteer file ${join(dir, name)} is missing or corrupt. Rebuild it with \`npx geoevents gazetteer build\`.`,
      );
    }
  };
  const gaz = new Gazetteer(header, cols, {
    geometries: () => readJson('geometries.json'),
    countries: () => readJson('countries.json'),
  });
  cache.set(dir, gaz);
  return gaz;
}
