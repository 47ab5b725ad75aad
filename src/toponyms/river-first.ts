/**
 * "the River Severn", "the River Wye": British and Irish news write the word River before the name. GeoNames names the
 * river without it ("Severn"), and recognition, which follows capitalised runs, found no entry for the run and let
 * it go. A capitalised "River" followed by a capitalised name is one mention when the gazetteer reads it as water
 * (gazetteer/written-forms.ts gives "River X" the water entries named X); any mention inside the span gives way.
 */
import type { Mention } from '../types.js';
import type { NameIndex } from './people.js';

/** "River", then one or two capitalised words; a match starts only at a word's start. */
const RIVER_NAME = /(?<![\p{L}'’-])River (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)/gu;

export function joinRiverFirst(text: string, gaz: NameIndex, mentions: Mention[]): void {
  if (!text.includes('River ')) return;
  const added: Mention[] = [];
  for (const x of text.matchAll(RIVER_NAME)) {
    const start = x.index ?? 0;
    // The longer name first ("River Great Ouse"), then the first word alone ("River Severn Trust" stays "Severn").
    const words = x[1].split(' ');
    for (let k = words.length; k > 0; k--) {
      const span = `River ${words.slice(0, k).join(' ')}`;
      const end = start + span.length;
      if (gaz.lookup(span, { limit: 1, loose: false })[0]?.featureClass !== 'H') continue;
      const inside = mentions.filter((m) => m.start < end && m.end > start);
      if (inside.some((m) => m.role !== 'place')) break;
      for (const m of inside) mentions.splice(mentions.indexOf(m), 1);
      added.push({ start, end, text: span, role: 'place', classHint: 'H' });
      break;
    }
  }
  if (!added.length) return;
  mentions.push(...added);
  mentions.sort((a, b) => a.start - b.start);
}
