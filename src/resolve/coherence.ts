/**
 * Spatial coherence: the places of one story lie together. Score terms for a candidate against the other names' places
 * (their first-pass picks) and, for names whose pick is in doubt, their near-best senses:
 * - inNamedProvince: a place in a province the story names ("Queensland" … "Edmonton, just outside Cairns");
 * - containsNamed: the converse, a province holding another place of the story ("Quebec" beside Montreal's suburbs);
 * - coherenceNear / coherenceRegion: close to another name's pick (full within 50 km, two thirds at 150 km; 500 km);
 * - nearSense: next to (within 15 km) a sense of another name that scored nearly as well as that name's pick, when no
 *   pick lies within 50 km: "Edmonton" and "Enfield" in one story are the two north London districts 3 km apart,
 *   though each alone would be the better-known Edmonton, Alberta and Enfield, Connecticut.
 */
import { haversineKm } from '../gazetteer/gazetteer.js';
import type { Candidate } from '../types.js';

export interface CoherenceWeights {
  inNamedProvince: number;
  containsNamed: number;
  coherenceNear: number;
  coherenceRegion: number;
  nearSense: number;
}

/** How far below its name's pick (first-pass score) a sense may be and still count as a place the story may mean. */
const SENSE_MARGIN = 0.5;
/** Within this distance a candidate is "next to" another name's sense. */
const SENSE_KM = 15;
const SENSE_DEG = SENSE_KM / 111;

/** Another name's sense: the name (its group key) and the candidate. */
export interface Sense {
  key: string;
  name: string;
  place: Candidate;
}

/** Whether a first-pass candidate scored near enough to its name's pick to be one of its senses. */
export function closeToPick(score: number, pickScore: number): boolean {
  return score >= pickScore - SENSE_MARGIN;
}

/** The senses of each name worth counting (towns within SENSE_MARGIN of its pick, exact matches only), by latitude. */
export function likelySenses(
  ranked: Map<string, (Candidate & { score: number })[]>,
  names: Map<string, string>,
): Sense[] {
  const out: Sense[] = [];
  for (const [key, list] of ranked) {
    const top = list[0];
    if (!top) continue;
    for (const c of list)
      if (c.featureClass === 'P' && c.kind === 'point' && c.match !== 'loose' && closeToPick(c.score, top.score))
        out.push({ key, name: names.get(key) ?? key, place: c });
  }
  return out.sort((a, b) => a.place.lat - b.place.lat);
}

/** Index of the first sense at or north of `lat` (senses are sorted by latitude). */
function firstAtOrAbove(senses: Sense[], lat: number): number {
  let lo = 0;
  let hi = senses.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (senses[mid].place.lat < lat) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A district (ADM2) whose point lies this close to another name's town holds it or borders it. */
const DISTRICT_KM = 40;

/** "In Birmingham, Alabama … schools in Jefferson County": a district next to a town of its province that the story
 * names is that town's (Jefferson County, Alabama, not the more populous one in Kentucky that the story names
 * later). */
function countyNear(c: Candidate, picked: Candidate[], w: CoherenceWeights, reasons: string[] | null): number {
  for (const p of picked) {
    if (p.featureClass !== 'P' || p.kind !== 'point' || p.countryCode !== c.countryCode) continue;
    // A town of another province is no town of the district's: "the Bekaa" beside Baalbek (Baalbek-Hermel) is not
    // Zahle's district of the Béqaa governorate, 33 km away.
    if (p.admin1 && c.admin1 && p.admin1 !== c.admin1) continue;
    if (haversineKm(c.lat, c.lon, p.lat, p.lon) > DISTRICT_KM) continue;
    reasons?.push(`around ${p.name}, also named`);
    return w.coherenceNear;
  }
  return 0;
}

/** The coherence terms for candidate `c` of the name `key`; `picked` holds the other names' picks. */
export function coherenceScore(
  key: string,
  c: Candidate,
  picked: Candidate[],
  senses: Sense[],
  w: CoherenceWeights,
  reasons: string[] | null,
): number {
  let s = 0;
  if (
    c.admin1 &&
    c.featureCode !== 'ADM1' &&
    !c.featureCode.startsWith('PCL') &&
    picked.some((p) => p.featureCode === 'ADM1' && p.admin1 === c.admin1)
  ) {
    s += w.inNamedProvince;
    reasons?.push(`in ${c.admin1Name}, named in the text`);
  }
  if (c.featureCode === 'ADM1' && c.admin1) {
    const inner = picked.find((p) => p.admin1 === c.admin1 && p.featureClass === 'P' && p.geonameid !== c.geonameid);
    if (inner) {
      s += w.containsNamed;
      reasons?.push(`contains ${inner.name}, also named`);
    }
  }
  if (picked.length === 0) return s;
  if (c.featureClass === 'A') return c.featureCode === 'ADM2' ? s + countyNear(c, picked, w, reasons) : s;
  let best = Infinity;
  let near: Candidate | null = null;
  for (const p of picked) {
    if (p.geonameid === c.geonameid || p.featureCode === 'ADM1' || p.featureCode.startsWith('PCL')) continue;
    if (p.featureClass === 'A' ? p.featureCode !== 'ADM2' : p.kind !== 'point') continue;
    const d = haversineKm(c.lat, c.lon, p.lat, p.lon);
    if (d < best) {
      best = d;
      near = p;
    }
  }
  if (near && best < 150) {
    // Closer is likelier: namesakes 45 and 130 km from the story's other place are not equally likely.
    s += w.coherenceNear * (best <= 50 ? 1 : 1 - (best - 50) / 300);
    reasons?.push(`${Math.round(best)} km from ${near.name}, also named`);
  } else if (near && best < 500) s += w.coherenceRegion;
  if (best > 50 && c.kind === 'point') {
    for (let k = firstAtOrAbove(senses, c.lat - SENSE_DEG); k < senses.length; k++) {
      const o = senses[k];
      if (o.place.lat > c.lat + SENSE_DEG) break;
      // Another entry of the same name nearby is the gazetteer's duplicate, not a second place of the story.
      if (o.key === key || o.place.geonameid === c.geonameid || o.place.name === c.name) continue;
      if (haversineKm(c.lat, c.lon, o.place.lat, o.place.lon) > SENSE_KM) continue;
      s += w.nearSense;
      reasons?.push(`next to ${o.place.name}, a place the story's "${o.name}" may name`);
      break;
    }
  }
  return s;
}
