/**
 * "Petite Riviere de l'Artibonite", "San Jose del Guaviare": a French, Spanish or Portuguese place name joins its
 * words with a lower-case link (de, de la, de l', del, du, des, da, do, dos, das). Recognition follows capitalised runs,
 * so when the gazetteer lacks the whole name it reads only the words before the link, and those may name a place far
 * away (Petite Rivière, Mauritius). After ranking, a name followed by such a link and a capitalised word is the first
 * part of a longer name; when its pick lies in a country no other place of the text lies in, it is a wrong pin and
 * the mention gets none. A pick in the story's country stands (a coarse reading at worst). The same holds of the
 * last words after such a link when the first are not read with them ("Complexo da Mare").
 */
import type { ResolvedMention } from '../types.js';

const LINK_AFTER = /^ (?:de la |de l['’]|del |de |du |des |da |do |dos |das )\p{Lu}/u;
/** The last words of such a name: "Complexo da Mare", a Rio favela, is no Malé (one of whose other names is Mare). */
const LINK_BEFORE = /\p{Lu}[\p{L}'’-]* (?:de la |de l['’]|del |de |du |des |da |do |dos |das )$/u;

export function applyRomanceLinks(text: string, mentions: ResolvedMention[]): ResolvedMention[] {
  let out: ResolvedMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const p = m.place;
    if (m.role !== 'place' || !p || p.featureCode.startsWith('PCL')) continue;
    if (
      !LINK_AFTER.test(text.slice(m.end, m.end + 8)) &&
      !LINK_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))
    )
      continue;
    const elsewhere = mentions.some((o) => o !== m && o.text !== m.text && o.place?.countryCode === p.countryCode);
    if (elsewhere) continue;
    out ??= mentions.slice();
    out[i] = { ...m, place: null, alternatives: [p, ...m.alternatives] };
  }
  return out ?? mentions;
}
