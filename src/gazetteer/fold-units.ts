/**
 * foldExact (fold.ts) in one pass over the name's UTF-16 units, for names in ASCII and the Latin, Cyrillic and
 * punctuation blocks, or null for any other unit (the caller then takes the Unicode path: NFD, combining marks
 * dropped, lower case, the special letters, the apostrophe marks dropped, each run of other characters one space).
 * GeoNames' accented names ("Roşia", "Es Sîyâr") took that path's six passes each time a loose lookup read them
 * (twenty-fourth session, docs/performance.md).
 *
 * Each non-ASCII unit of those blocks is classified once, by running the Unicode path's steps on it alone: it is
 * dropped (a combining or apostrophe mark), a separator (no letter or digit), or its letters. The path folds a name
 * unit by unit but for two things, neither of which reaches these blocks: NFD reorders combining marks (all of them
 * are dropped here, and a unit whose steps leave a mark is not in the table), and lower case depends on context for
 * the Greek capital sigma only (Greek is not in the table). A unit whose steps leave letters and separators mixed is
 * not in the table either.
 */

/** Table values: a dropped unit, a separator, or (a string) the unit's letters; null: not in the table. */
const DROPPED = 0;
const SEPARATOR = 1;
type Fold = typeof DROPPED | typeof SEPARATOR | string | null;

/** Units at or above this are not in the table. */
const END = 0x2070;
/** The blocks read by the table: Latin-1 to the combining marks, Cyrillic, Latin Extended Additional, punctuation. */
const BLOCKS: [number, number][] = [
  [0x80, 0x370],
  [0x400, 0x530],
  [0x1e00, 0x1f00],
  [0x2000, END],
];

let table: Fold[] | null = null;

function buildTable(steps: (s: string) => string): Fold[] {
  const t: Fold[] = new Array(END).fill(null);
  for (const [from, to] of BLOCKS)
    for (let u = from; u < to; u++) {
      const r = steps(String.fromCharCode(u));
      if (r === '') t[u] = DROPPED;
      else if (/^[\p{L}\p{N}]+$/u.test(r)) t[u] = r;
      else if (/^[^\p{L}\p{N}\p{M}]+$/u.test(r)) t[u] = SEPARATOR;
    }
  return t;
}

/**
 * foldExact(name), or null when the name holds a unit the table does not read. `steps` is the Unicode path before the
 * runs of separators become spaces (used once, to build the table). ASCII: lower case, ' and ` dropped (they split
 * nothing), other non-alphanumerics separators; separators before the first letter and after the last are dropped.
 */
export function foldUnits(name: string, steps: (s: string) => string): string | null {
  let out = '';
  let gap = false;
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i);
    if (c < 128) {
      if (c === 39 || c === 96) continue;
      if (c >= 65 && c <= 90) c += 32;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        if (gap && out.length > 0) out += ' ';
        gap = false;
        out += String.fromCharCode(c);
      } else gap = true;
      continue;
    }
    if (c >= END) return null;
    table ??= buildTable(steps);
    const f = table[c];
    if (f === null) return null;
    if (f === DROPPED) continue;
    if (f === SEPARATOR) gap = true;
    else {
      if (gap && out.length > 0) out += ' ';
      gap = false;
      out += f;
    }
  }
  return out;
}
