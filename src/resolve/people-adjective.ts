/**
 * A people's adjective read as a loose spelling (applied after ranking): "thousands of Kurdish refugees", "Yazidi
 * families", "Alawite fighters". A people with no country of its own is in no demonym list, so its adjective reaches
 * the gazetteer and meets some village or hill through a transliteration spelling ("Kurdish" → Khrâdich, Lebanon).
 * One word matched only loosely right before a noun naming a people's members or its armed groups names the people,
 * and gets no pin; a place written exactly keeps it ("Bannu police", "Gaza residents" are not touched).
 */
import type { ResolvedMention } from '../types.js';

const PEOPLE =
  /^ (?:refugees|fighters|militants|rebels|militias?|tribesmen|tribes|minority|minorities|communit(?:y|ies)|separatists|insurgents|nationalists|activists)\b/i;

export function applyPeopleAdjective(text: string, mentions: ResolvedMention[]): ResolvedMention[] {
  let out: ResolvedMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.role !== 'place' || m.place?.match !== 'loose' || m.text.includes(' ')) continue;
    if (!PEOPLE.test(text.slice(m.end, m.end + 16))) continue;
    out ??= mentions.slice();
    out[i] = { ...m, place: null, alternatives: [m.place, ...m.alternatives] };
  }
  return out ?? mentions;
}
