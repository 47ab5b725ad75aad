/** Reads article files and folders from disk (Node). */
import { existsSync, readdirSync, readFileSync, realpathSync, type Stats, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../types.js';
import { InputError } from './article.js';
import type { CaptureOptions } from './capture-text.js';
import { checkSize, decodeText } from './decode.js';
import { parseInput } from './parse-input.js';

const ARTICLE_EXT = /\.(txt|text|md|json|jsonl|ndjson|html?|rss|xml|atom)$/i;

function listFiles(path: string): string[] {
  if (!existsSync(path)) throw new InputError(`${path}: no such file or folder.`);
  const st = statSync(path);
  if (st.isFile()) return [path];
  if (!st.isDirectory()) throw new InputError(`${path}: not a file or folder.`);
  const out = articleFilesUnder(path, new Set());
  if (out.length === 0) throw new InputError(`${path}: the folder has no article files (.txt, .json, .html, .rss).`);
  return out;
}

/**
 * Article files in a folder and its sub-folders, in name order. Sub-folders without articles are skipped (only the
 * folder the user named must have some); a folder reached twice through symbolic links is read once.
 */
function articleFilesUnder(dir: string, seen: Set<string>): string[] {
  const real = realpathSync(dir);
  if (seen.has(real)) return [];
  seen.add(real);
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    let s: Stats;
    try {
      s = statSync(full);
    } catch (e) {
      // A dangling link: an error only if it looks like an article.
      if (!ARTICLE_EXT.test(name)) continue;
      throw new InputError(`${full}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
    }
    if (s.isDirectory()) for (const f of articleFilesUnder(full, seen)) out.push(f);
    else if (s.isFile() && ARTICLE_EXT.test(name)) out.push(full);
  }
  return out;
}

export function readArticleFile(file: string, opts: CaptureOptions = {}): Article[] {
  let bytes: Uint8Array;
  try {
    // Check the size first: a huge file is refused without reading it.
    checkSize(statSync(file).size, file);
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
  }
  return parseInput(decodeText(bytes, file), file, opts);
}

/** All articles in the given files and folders, in path order; duplicate ids keep the first. */
export function readArticles(paths: string[], opts: CaptureOptions = {}): Article[] {
  if (paths.length === 0) throw new InputError('no input files given.');
  const seen = new Set<string>();
  const out: Article[] = [];
  for (const p of paths) {
    for (const f of listFiles(p)) {
      for (const a of readArticleFile(f, opts)) {
        if (seen.has(a.id)) continue;
        seen.add(a.id);
        out.push(a);
      }
    }
  }
  return out;
}
