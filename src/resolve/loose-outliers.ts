/**
 * A loose spelling far outside a local story's area is another place (applied after ranking). A loose match is a
 * guess that the name is written otherwise in the gazetteer; when the story's exactly matched towns lie close together
 * and the guess lies well away from them, the name is far more likely a village or quarter the index lacks than a
 * namesake elsewhere: "the seafront in Rimal" in a Gaza City story is not Ramallah, 70 km off; "the Wazzani river"
 * beside Khiam and Marjayoun is not a Bekaa wadi. The pick yields to the best alternative inside the area that is no
 * guess itself, else the name gets no pin (the guess stays first among the alternatives, to be chosen by hand). A pick
 * spelled as written up to transliteration conventions ("the Bekaa town of Nabi Chit" in a south Lebanon story) is no
 * guess and is kept anywhere, as is an entry that holds the written name whole beside its unit words ("the Hermel
 * district" is Caza du Hermel).
 */
import { haversineKm } from '../gazetteer/distance.js';
import { spellingSkeleton } from '../gazetteer/skeleton.js';
import type { ResolvedMention, ScoredCandidate } from '../types.js';
import { copyWith } from './copy-with.js';

/** Exactly matched towns and sites needed to tell the story's area. */
const MIN_ANCHORS = 3;
/** A pick nearer the area's middle than this is never an outlier… */
const MIN_KM = 50;
/** …nor nearer than this many times the anchors' median distance from the middle. */
const SPREAD_TIMES = 4;
/** Only a local story has an area: half its towns within this of their middle. A story across a country or a region
 * (Idlib and Aleppo's east, Somalia from Mogadishu to Puntland) names far towns by loose spellings as often as near
 * ones ("Kobani", "Ras Kamboni near the Kenyan border"). */
const MAX_SPREAD_KM = 25;
/** A guess this near another town the story names exactly is borne out by it ("In the Bekaa, strikes hit Baalbek,
 * Brital, Taraya, Shmustar" in a story of south Lebanon's villages). */
const NEIGHBOUR_KM = 25;

interface Area {
  lat: number;
  lon: number;
  reach: number;
  countries: Set<string>;
  towns: ScoredCandidate[];
}

const isAnchor = (c: ScoredCandidate | null): c is ScoredCandidate =>
  !!c && c.match !== 'loose' && (c.featureClass === 'P' || c.featureClass === 'S');

function median(xs: number[]): number {
  xs.sort((a, b) => a - b);
  return xs[xs.length >> 1];
}

function storyArea(mentions: ResolvedMention[]): Area | null {
  const seen = new Map<number, ScoredCandidate>();
  for (const m of mentions) if (m.role === 'place' && isAnchor(m.place)) seen.set(m.place.geonameid, m.place);
  if (seen.size < MIN_ANCHORS) return null;
  const pts = [...seen.values()];
  // The middle by medians, so that one far capital (a "Cairo talks" line in a Gaza story) does not move it.
  const lat = median(pts.map((p) => p.lat));
  const lon = median(pts.map((p) => p.lon));
  const spread = median(pts.map((p) => haversineKm(lat, lon, p.lat, p.lon)));
  if (spread > MAX_SPREAD_KM) return null;
  const countries = new Set(pts.map((p) => p.countryCode));
  return { lat, lon, reach: Math.max(MIN_KM, SPREAD_TIMES * spread), countries, towns: pts };
}

const outside = (c: ScoredCandidate, a: Area) =>
  haversineKm(a.lat, a.lon, c.lat, c.lon) > a.reach &&
  !a.towns.some((t) => haversineKm(t.lat, t.lon, c.lat, c.lon) <= NEIGHBOUR_KM);

const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The written name whole inside the entry's, which adds only its unit words: "Hermel" is "Caza du Hermel" (the
 * district), no guess. */
function wordsWithin(written: string, name: string): boolean {
  const w = plain(written);
  return (
    w.length > 3 && name.length > written.length && ` ${plain(name).replace(/[^\p{L}]+/gu, ' ')} `.includes(` ${w} `)
  );
}

export function applyLooseOutliers(mentions: ResolvedMention[]): ResolvedMention[] {
  // Cheap first: most stories pick no loose spelling at all.
  if (!mentions.some((m) => m.place?.match === 'loose')) return mentions;
  const area = storyArea(mentions);
  if (!area) return mentions;
  let out: ResolvedMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const p = m.place;
    if (m.role !== 'place' || !p || p.match !== 'loose' || !outside(p, area)) continue;
    // Spelled as written but for transliteration conventions ("Nabi Chit" / En Nabi Chît) is no guess.
    const skeleton = spellingSkeleton(m.text);
    const asWritten = (c: ScoredCandidate) =>
      c.match !== 'loose' || spellingSkeleton(c.name) === skeleton || wordsWithin(m.text, c.name);
    if (asWritten(p)) continue;
    const inside = m.alternatives.find((c) => asWritten(c) && area.countries.has(c.countryCode) && !outside(c, area));
    const reason = `a loose spelling ${Math.round(haversineKm(area.lat, area.lon, p.lat, p.lon))} km from the story's area`;
    const place = inside ? copyWith(inside, { reasons: [...inside.reasons, `${p.name} is ${reason}`] }) : null;
    const alternatives = [
      copyWith(p, { reasons: [...p.reasons, reason] }),
      ...m.alternatives.filter((c) => c !== inside),
    ];
    out ??= mentions.slice();
    out[i] = copyWith(m, { place, alternatives });
  }
  return out ?? mentions;
}
