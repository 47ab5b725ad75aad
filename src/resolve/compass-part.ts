/**
 * "central Gaza", "in northern Gaza" when the text also writes "Gaza City" (applied after ranking). A story that
 * names the city "X City" uses the bare name for the territory around it, so a side of it ("northern X") is a part of
 * that territory, not the city's own quarter as "central Baghdad" is. The part is the area so named ("Northern Gaza":
 * North Gaza governorate), else the territory the text writes with the name ("the Gaza Strip") or the city's own
 * province when its name begins with the city's, else no pin: the city would put the event at the wrong end of the
 * territory.
 */
import type { ResolvedMention, ScoredCandidate } from '../types.js';
import type { CandidateSource } from './options.js';

const SIDE = /(?:^|[^\p{L}])(northern|southern|eastern|western|central) $/u;

export function applyCompassPart(text: string, mentions: ResolvedMention[], gaz: CandidateSource): ResolvedMention[] {
  let out: ResolvedMention[] | null = null;
  let cityNames: Set<string> | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.role !== 'place' || m.place?.featureClass !== 'P' || m.start < 2) continue;
    const side = SIDE.exec(text.slice(Math.max(0, m.start - 10), m.start))?.[1];
    if (!side) continue;
    // Built once, only for a text that has a side before a city: the names written "X City" there.
    cityNames ??= new Set(mentions.filter((x) => x.text.endsWith(' City')).map((x) => x.text.slice(0, -5)));
    if (!cityNames.has(m.text)) continue;
    const cc = m.place.countryCode;
    const named = `${side[0].toUpperCase()}${side.slice(1)} ${m.text}`;
    const part = gaz
      .lookup(named, { limit: 5, loose: false })
      .find((c) => c.featureClass === 'A' && c.countryCode === cc);
    const whole =
      mentions.find(
        (x) => x.text.startsWith(`${m.text} `) && x.place?.featureClass === 'A' && x.place.countryCode === cc,
      )?.place ?? territory(m.place, m.text, gaz);
    const place: ScoredCandidate | null = part
      ? { ...part, score: m.place.score, reasons: [`the ${side} part of the territory the text calls ${m.text}`] }
      : whole
        ? { ...whole, reasons: [`a part of ${whole.name}, which the text names`] }
        : null;
    out ??= mentions.slice();
    out[i] = { ...m, place, alternatives: [m.place, ...m.alternatives] };
  }
  return out ?? mentions;
}

/** The city's province when its name is the city's name and more ("Gaza" in "Gaza Strip"). */
function territory(city: ScoredCandidate, name: string, gaz: CandidateSource): ScoredCandidate | undefined {
  const admin1 = city.admin1Name;
  if (!admin1?.startsWith(`${name} `)) return undefined;
  const c = gaz
    .lookup(admin1, { limit: 5, loose: false })
    .find((x) => x.featureCode === 'ADM1' && x.countryCode === city.countryCode);
  return c && { ...c, score: city.score, reasons: [] };
}
