/**
 * "the Gulf" (recognised by src/toponyms/the-gulf.ts), applied after ranking: the gulf the story's places lie by.
 * Among the gulfs of Natural Earth's marine layer named "… Gulf" or "Gulf of …", the one whose waters (the vertices of
 * its outline) lie nearest the story's places on average, when one of them lies within NEAR_KM of them: the Persian Gulf beside Dubai, Bahrain and
 * Bandar Abbas; the Gulf of Mexico beside Houston and New Orleans. With no story place near a gulf, no pin: "Gulf"
 * names no place of its own (the province of Papua New Guinea stays only in a story with a place of that country).
 */
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import { haversineKm } from '../gazetteer/distance.js';
import { LAYER_BASE } from '../gazetteer/natural-earth.js';
import type { Geometry, Position } from 'geojson';
import type { Candidate, ResolvedMention, ScoredCandidate } from '../types.js';

/** A gulf this far from every story place is no gulf of the story. */
const NEAR_KM = 1200;

const gulfsByGazetteer = new WeakMap<Gazetteer, Candidate[]>();

/** The marine layer's gulfs (its records have consecutive ids from the layer's base). */
function gulfs(gaz: Gazetteer): Candidate[] {
  let out = gulfsByGazetteer.get(gaz);
  if (out) return out;
  out = [];
  for (let k = 0; ; k++) {
    const c = gaz.byGeonameId(-(LAYER_BASE.marine + k));
    if (!c) break;
    if (c.featureCode === 'GULF' && /(?:^Gulf of | Gulf$)/.test(c.name)) out.push(c);
  }
  gulfsByGazetteer.set(gaz, out);
  return out;
}

/** A gulf whose point lies this far from every story place is not measured (its outline is not read). */
const FAR_KM = 3000;

function vertices(g: Geometry | null): Position[] {
  if (g?.type === 'Polygon') return g.coordinates.flat();
  if (g?.type === 'MultiPolygon') return g.coordinates.flat(2);
  return [];
}

/** The distance from a place to the gulf's outline (its point when it has none). */
function kmTo(gulf: Candidate, outline: Position[], q: { lat: number; lon: number }): number {
  if (!outline.length) return haversineKm(gulf.lat, gulf.lon, q.lat, q.lon);
  let best = Number.POSITIVE_INFINITY;
  for (const [lon, lat] of outline) best = Math.min(best, haversineKm(lat, lon, q.lat, q.lon));
  return best;
}

/** The gulf nearest the places on average, when one of them lies within NEAR_KM of it. */
function nearestGulf(pts: ScoredCandidate[], gaz: Gazetteer): Candidate | null {
  let best: Candidate | null = null;
  let bestMean = Number.POSITIVE_INFINITY;
  for (const g of pts.length ? gulfs(gaz) : []) {
    if (pts.every((q) => haversineKm(g.lat, g.lon, q.lat, q.lon) > FAR_KM)) continue;
    const outline = vertices(gaz.geometry(g.geonameid));
    const ds = pts.map((q) => kmTo(g, outline, q));
    const mean = ds.reduce((a, b) => a + b, 0) / ds.length;
    if (Math.min(...ds) <= NEAR_KM && mean < bestMean) {
      best = g;
      bestMean = mean;
    }
  }
  return best;
}

export function applyTheGulf(mentions: ResolvedMention[], gaz: Gazetteer): ResolvedMention[] {
  let out: ResolvedMention[] | null = null;
  // The story's places, each once, and their gulf: found on the first "Gulf" (a long text may write it many times).
  let pts: ScoredCandidate[] | null = null;
  let best: Candidate | null | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.text !== 'Gulf' || m.classHint !== 'H' || m.role !== 'place') continue;
    pts ??= [
      ...new Map(
        mentions
          .filter((o) => o.text !== 'Gulf' && o.place?.countryCode && o.place.featureCode !== 'CONT')
          .map((o) => [o.place?.geonameid, o.place as ScoredCandidate]),
      ).values(),
    ];
    const p = m.place;
    if (p && pts.some((q) => q.countryCode === p.countryCode)) continue;
    if (best === undefined) best = nearestGulf(pts, gaz);
    const place: ScoredCandidate | null = best
      ? { ...best, score: p?.score ?? 1, reasons: [`${best.name}: the gulf the story's places lie by`] }
      : null;
    if (!place && !p) continue;
    out ??= mentions.slice();
    out[i] = { ...m, place, alternatives: p ? [p, ...m.alternatives] : m.alternatives };
  }
  return out ?? mentions;
}
