/**
 * "Gunmen raided Léré": a name written with its accents names the namesake that bears them. Folding drops diacritics
 * for lookup, so "Léré" met Lere, Nigeria (the larger prior) as well as Léré, Chad, and with nothing else in the text
 * the larger won. The writer's accents are evidence of the local spelling (French, Spanish, Portuguese ...): when the
 * pick lacks them and an alternative of the same kind is spelled exactly as written, the alternative is taken (after
 * ranking). Not when the text places another name in the pick's country: there the story's country decides.
 */
import type { ResolvedMention } from '../types.js';

const ACCENTED = /[\u00C0-\u024F]/;
const spelled = (s: string) => s.normalize('NFC').toLocaleLowerCase();

export function applyWrittenDiacritics(mentions: ResolvedMention[]): ResolvedMention[] {
  let out: ResolvedMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const p = m.place;
    if (m.role !== 'place' || !p || !ACCENTED.test(m.text)) continue;
    const written = spelled(m.text);
    if (spelled(p.name) === written || p.featureCode.startsWith('PCL')) continue;
    const alt = m.alternatives.find(
      (a) => a.match === 'exact' && a.featureClass === p.featureClass && spelled(a.name) === written,
    );
    if (!alt) continue;
    const home = mentions.some((o) => o !== m && spelled(o.text) !== written && o.place?.countryCode === p.countryCode);
    if (home) continue;
    out ??= mentions.slice();
    out[i] = {
      ...m,
      place: { ...alt, reasons: [...alt.reasons, 'spelled with its accents, as written'] },
      alternatives: [p, ...m.alternatives.filter((c) => c !== alt)],
    };
  }
  return out ?? mentions;
}
