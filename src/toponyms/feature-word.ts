/**
 * A mountain range written with its kind word in lower case: "the Nuba mountains", "the Atlas mountains", "the Golan
 * heights". GeoNames and Natural Earth name the range with the word ("Nuba Mountains", T.MTS), and recognition, which
 * follows capitalised runs, read only the name before it: "Nuba" met Nūbā, a West Bank village, "Atlas" a hamlet in
 * Pennsylvania, and "Zagros" (no entry alone) nothing. When the capitalised name and the lower-case kind word together
 * are an exact spelling of an entry, they are one mention, and any mention inside the span gives way to it.
 */
import { foldExact } from '../gazetteer/fold.js';
import type { Mention } from '../types.js';
import type { NameIndex } from './people.js';

/** Kind words of relief features that news writes in lower case after the name. */
const KIND = 'mountains|mountain range|range|hills|heights|highlands';
/** One to three capitalised words, then the kind word (a whole word). A match starts only at a word's start: from
 * inside a long run of letters the scan would restart at every letter (quadratic on "AAAA…"). */
const NAME_KIND = new RegExp(
  `(?<![\\p{L}'’-])((?:\\p{Lu}[\\p{L}'’-]*)(?: \\p{Lu}[\\p{L}'’-]*){0,2}) (${KIND})(?![\\p{L}])`,
  'gu',
);
const ANY_KIND = new RegExp(` (?:${KIND})(?![\\p{L}])`, 'u');

export function joinKindWords(text: string, gaz: NameIndex, mentions: Mention[]): void {
  if (!ANY_KIND.test(text)) return;
  const added: Mention[] = [];
  for (const x of text.matchAll(NAME_KIND)) {
    const words = x[1].split(' ');
    const kindStart = (x.index ?? 0) + x[1].length + 1;
    const end = kindStart + x[2].length;
    // The longest tail of the capitalised words that names the feature with the kind word ("the Sudanese Nuba
    // mountains": "Nuba mountains").
    for (let k = 0; k < words.length; k++) {
      const name = words.slice(k).join(' ');
      const start = kindStart - 1 - name.length;
      if (!gaz.hasExact(foldExact(`${name} ${x[2]}`))) continue;
      const inside = mentions.filter((m) => m.start < end && m.end > start);
      // A name inside an organisation's ("the Atlas Mountains Company") stays as it was read.
      if (inside.some((m) => m.role !== 'place' || m.start < start)) break;
      for (const m of inside) mentions.splice(mentions.indexOf(m), 1);
      added.push({ start, end, text: text.slice(start, end), role: 'place' });
      break;
    }
  }
  if (!added.length) return;
  mentions.push(...added);
  mentions.sort((a, b) => a.start - b.start);
}
