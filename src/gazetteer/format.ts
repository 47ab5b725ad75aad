/**
 * The compact gazetteer index: one binary file, column arrays plus a sorted key table.
 * Works on an ArrayBuffer, so Node (fs) and the browser worker (fetch) load it the same way.
 *
 * Layout: "GEVX" | u32 header length | header JSON | sections, each 8-byte aligned, in SECTIONS order.
 */

import { keyStarts } from './key-table.js';

/** Bumped whenever the layout or the name keys change (src/gazetteer/fold.ts): an older index then rebuilds. */
export const FORMAT_VERSION = 13;
const MAGIC = 'GEVX';

export interface IndexHeader {
  version: number;
  count: number;
  keyCount: number;
  postingCount: number;
  codes: string[];
  countries: string[];
  admin1Keys: string[];
  admin1Names: string[];
  sources: string[];
  kinds: string[];
  sections: Record<string, [offset: number, byteLength: number]>;
  /** Free-form provenance (inputs and their sizes) written by the build. */
  provenance: Record<string, string | number>;
}

export interface IndexColumns {
  ids: Int32Array;
  lat: Float32Array;
  lon: Float32Array;
  population: Uint32Array;
  prior: Float32Array;
  code: Uint16Array;
  country: Uint16Array;
  admin1: Uint16Array;
  kind: Uint8Array;
  source: Uint8Array;
  /** keyHash of each entry's finer loose key (foldLoose(name, true)): lookup ranks loose matches without folding names. */
  fine: Uint32Array;
  /** Display names joined by \u001f. */
  names: string[];
  /** Sorted unique keys: exact keys as they are, loose keys prefixed by "~", twin villages' stems by "^"
   * (twin-stems.ts). */
  keys: string[];
  /** A decoded index's keys as stored (joined by "\n") and where each starts (keyStarts): the key table searches
   * them in place, and `keys` is split only when read. */
  keyText?: string;
  keyStarts?: Uint32Array;
  /** The keys' bit filter (key-filter.ts): find() skips its bisection for most keys that are not there. */
  keyFilter: Uint32Array;
  /** postings[keyOffsets[k] .. keyOffsets[k+1]) are record indices for keys[k], best prior first. */
  keyOffsets: Uint32Array;
  postings: Uint32Array;
}

export class IndexFormatError extends Error {}

type TypedCtor =
  | Int32ArrayConstructor
  | Float32ArrayConstructor
  | Uint32ArrayConstructor
  | Uint16ArrayConstructor
  | Uint8ArrayConstructor;

const ARRAYS: [keyof IndexColumns, TypedCtor][] = [
  ['ids', Int32Array],
  ['lat', Float32Array],
  ['lon', Float32Array],
  ['population', Uint32Array],
  ['prior', Float32Array],
  ['code', Uint16Array],
  ['country', Uint16Array],
  ['admin1', Uint16Array],
  ['kind', Uint8Array],
  ['source', Uint8Array],
  ['fine', Uint32Array],
  ['keyOffsets', Uint32Array],
  ['postings', Uint32Array],
  ['keyFilter', Uint32Array],
];

const align8 = (n: number) => (n + 7) & ~7;

export function encodeIndex(header: Omit<IndexHeader, 'sections' | 'version'>, cols: IndexColumns): Uint8Array {
  const enc = new TextEncoder();
  const blobs: [string, Uint8Array][] = ARRAYS.map(([k]) => {
    const a = cols[k] as unknown as ArrayBufferView;
    return [k, new Uint8Array(a.buffer, a.byteOffset, a.byteLength)];
  });
  blobs.push(['names', enc.encode(cols.names.join('\u001f'))]);
  blobs.push(['keys', enc.encode(cols.keys.join('\n'))]);
  const sections: IndexHeader['sections'] = {};
  let offset = 0;
  for (const [k, b] of blobs) {
    sections[k] = [offset, b.byteLength];
    offset = align8(offset + b.byteLength);
  }
  const headerBytes = enc.encode(JSON.stringify({ ...header, version: FORMAT_VERSION, sections }));
  const dataStart = align8(8 + headerBytes.byteLength);
  const out = new Uint8Array(dataStart + offset);
  out.set(enc.encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, headerBytes.byteLength, true);
  out.set(headerBytes, 8);
  for (const [k, b] of blobs) out.set(b, dataStart + sections[k][0]);
  return out;
}

const REBUILD = 'Rebuild it with `npx geoevents gazetteer build`.';

export function decodeIndex(buf: ArrayBuffer): { header: IndexHeader; cols: IndexColumns } {
  if (buf.byteLength < 8) throw new IndexFormatError(`The gazetteer index is empty or truncated. ${REBUILD}`);
  const bytes = new Uint8Array(buf);
  const dec = new TextDecoder();
  if (dec.decode(bytes.subarray(0, 4)) !== MAGIC) {
    throw new IndexFormatError(`The gazetteer index is not a GeoEvents index (bad magic). ${REBUILD}`);
  }
  const headerLen = new DataView(buf).getUint32(4, true);
  if (8 + headerLen > buf.byteLength) throw new IndexFormatError(`The gazetteer index is truncated. ${REBUILD}`);
  let header: IndexHeader;
  try {
    header = JSON.parse(dec.decode(bytes.subarray(8, 8 + headerLen)));
  } catch {
    throw new IndexFormatError(`The gazetteer index header is corrupt. ${REBUILD}`);
  }
  if (header.version !== FORMAT_VERSION) {
    throw new IndexFormatError(
      `The gazetteer index is format ${header.version}; this version reads ${FORMAT_VERSION}. ${REBUILD}`,
    );
  }
  const dataStart = align8(8 + headerLen);
  const section = (k: string) => {
    const s = header.sections[k];
    if (!s || dataStart + s[0] + s[1] > buf.byteLength)
      throw new IndexFormatError(`The gazetteer index is truncated (${k}). ${REBUILD}`);
    return s;
  };
  const cols = {} as Record<string, unknown>;
  for (const [k, Ctor] of ARRAYS) {
    const [off, len] = section(k);
    cols[k] = new Ctor(buf, dataStart + off, len / Ctor.BYTES_PER_ELEMENT);
  }
  const text = (k: string) => {
    const [off, len] = section(k);
    return dec.decode(bytes.subarray(dataStart + off, dataStart + off + len));
  };
  cols.names = text('names').split('\u001f');
  const keyText = text('keys');
  let keys: string[] | null = null;
  Object.defineProperty(cols, 'keys', { enumerable: true, get: () => (keys ??= keyText.split('\n')) });
  cols.keyText = keyText;
  cols.keyStarts = keyStarts(keyText);
  const c = cols as unknown as IndexColumns;
  const keyCount = (c.keyStarts?.length ?? 0) - 1;
  if (c.ids.length !== header.count || keyCount !== header.keyCount || c.postings.length !== header.postingCount) {
    throw new IndexFormatError(`The gazetteer index is inconsistent (counts differ). ${REBUILD}`);
  }
  return { header, cols: c };
}
