/**
 * A part of a city written as such: "in the Tierra Blanca neighbourhood" of a Culiacán story, "the Karte Seh
 * neighbourhood". The name is a quarter of a city the story is about; when the gazetteer lacks the quarter, ranking picks a
 * town of that name elsewhere (Tierra Blanca, Veracruz, 900 km away). Applied after ranking: a name before a
 * lower-case "neighbourhood" keeps a pick that is a section of a town (PPLX), a city's own (a capital, a seat of a
 * province) or no town at all, or that lies within NEAR_KM of another place of the story; else an alternative so near
 * replaces it, else the name gets no pin. "the Rio de Janeiro favela of Mare" names the city first: the quarter lies
 * near that city, whatever its pick's rank (Mare is also another name of Malé, a capital).
 */
import { haversineKm } from '../gazetteer/gazetteer.js';
import type { Mention, ResolvedMention, ScoredCandidate } from '../types.js';

/** One quarter: "neighbourhood" in the singular ("Aleppo neighborhoods" are the city's own; a suburb is often a town
 * of its own, "the Cincinnati suburb of West Chester"). */
const QUARTER_AFTER = /^ neighbou?rhood\b/;
/** After ranking, a favela or a slum too, one or several: "the Alemao and Penha favela complexes" of a Rio story are
 * not Penha, Santa Catarina, 600 km off. While ranking such a namesake still votes for its country (often the
 * story's: it is the town that is wrong), which keeps the story's focus for the other names ("Mare": no Malé). */
const PART_AFTER = /^ (?:neighbou?rhood|favelas?|slums?)\b/;
/** A city's own name (a capital, a province's seat) before the word is the city: "the Aleppo neighbourhood". */
const CITY = new Set(['PPLC', 'PPLA']);
/** A quarter lies in or next to the city the story names. */
const NEAR_KM = 40;

/** " favela of ", " neighborhood of ": a quarter word between a city and the quarter's name. */
const QUARTER_OF = /^ (?:favela|slum|shanty-?town|township|neighbou?rhood|quarter) of (?:the )?$/;

/** The mention at `i` is written as a quarter of a city ("the Tierra Blanca neighbourhood", "the Rio de Janeiro favela
 * of Mare"): while ranking, its namesakes elsewhere are no places of the story for the other names to lie near. */
export function writtenAsQuarter(text: string, mentions: Mention[], i: number): boolean {
  const m = mentions[i];
  if (QUARTER_AFTER.test(text.slice(m.end, m.end + 16))) return true;
  const prev = mentions[i - 1];
  return !!prev && prev.role === 'place' && QUARTER_OF.test(text.slice(prev.end, m.start));
}

export function applyNeighbourhoods(text: string, mentions: ResolvedMention[]): ResolvedMention[] {
  let out: ResolvedMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const city = mentions[i - 1]?.place;
    if (m.role === 'place' && m.place && city?.featureClass === 'P' && city.kind === 'point') {
      if (QUARTER_OF.test(text.slice(mentions[i - 1].end, m.start))) {
        const near = (c: ScoredCandidate) => haversineKm(c.lat, c.lon, city.lat, city.lon) <= NEAR_KM;
        if (near(m.place)) continue;
        const alt = m.alternatives.find((c) => c.kind === 'point' && near(c));
        out ??= mentions.slice();
        out[i] = {
          ...m,
          place: alt ? { ...alt, reasons: [...alt.reasons, `a quarter of ${city.name}`] } : null,
          alternatives: [m.place, ...m.alternatives].filter((c) => c !== alt),
        };
        continue;
      }
    }
    if (m.role !== 'place' || !m.place || m.place.featureClass !== 'P' || m.place.featureCode === 'PPLX') continue;
    if (CITY.has(m.place.featureCode) || !PART_AFTER.test(text.slice(m.end, m.end + 16))) continue;
    const others = mentions.filter(
      (x) => x !== m && x.text !== m.text && x.place && x.place.featureClass === 'P' && x.place.kind === 'point',
    );
    const near = (c: ScoredCandidate) =>
      others.some((x) => haversineKm(c.lat, c.lon, x.place!.lat, x.place!.lon) <= NEAR_KM);
    if (near(m.place)) continue;
    const alt = m.alternatives.find((c) => c.kind === 'point' && near(c));
    out ??= mentions.slice();
    out[i] = {
      ...m,
      place: alt ? { ...alt, reasons: [...alt.reasons, 'a quarter near a place of the story'] } : null,
      alternatives: [m.place, ...m.alternatives].filter((c) => c !== alt),
    };
  }
  return out ?? mentions;
}
