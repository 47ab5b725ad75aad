/**
 * Relative phrases that tie one name to another (issue #4): "Dumayr, a town east of Damascus", "Mbau near Beni",
 * "Tel Nour, 12 km north of Homs", "Kherson's Dniprovskyi district", "the city's Dniprovskyi district". The text
 * says where the first place lies, so its sense must lie there: a sense that does is kept (with the reason), an
 * alternative that does replaces a sense that does not, and when no sense does, the name gets no pin (the gazetteer
 * lacks the village; a namesake hundreds of kilometres away is worse than none). Applied after ranking, on the text.
 */
import { BEARING, bearingDeg } from '../gazetteer/compass.js';
import { haversineKm } from '../gazetteer/gazetteer.js';
import type { ResolvedMention, ScoredCandidate } from '../types.js';

/** Between the first name and the second: ", a town 12 km north of", " near", ", on the outskirts of the city of". */
const RELATION = new RegExp(
  String.raw`^\s*,?\s*(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:town|village|city|district|area|suburb|neighbou?rhood|camp|hamlet|settlement|locality|base|crossing)\s+)?` +
    String.raw`(?:(?:located|situated|lying)\s+)?(?:(?:about|some|around|roughly|nearly|almost|just)\s+)?` +
    String.raw`(?:(\d+(?:\.\d+)?)\s*-?\s*(km|kilometers|kilometres|kilometer|kilometre|miles?)\s+(?:\([^)]{0,20}\)\s*)?)?` +
    String.raw`(north|south|east|west|north-?east|north-?west|south-?east|south-?west|near|outside|close\s+to|on\s+the\s+outskirts\s+of|in\s+the\s+outskirts\s+of)` +
    String.raw`(?:ern)?(?:\s+of)?\s+(?:the\s+)?(?:(?:city|town|village|capital)\s+(?:of\s+)?)?$`,
  'i',
);
/** "Kherson's Dniprovskyi district", "Gaza City's Shejaiya and Zeitoun neighbourhoods": between the city and the part
 * (other parts of a list may come first). */
const POSSESSIVE = /^['’]s\s+(?:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?(?:,\s(?:and\s)?|\sand\s))*(?:[a-z]+\s+)?$/;
/** Longest text between a city and its part that POSSESSIVE reads. */
const POSSESSIVE_MAX = 80;
/** "the city's Dniprovskyi district": the part, with the city named before. */
const CITY_POSSESSIVE = /\bthe\s+(?:city|town)['’]s\s+(?:[a-z]+\s+)?$/i;
/** After the part: the word that makes it a part of a town. */
const PART_NOUN = /^\s+(?:districts?|neighbou?rhoods?|suburbs?|quarters?|areas?|camps?)\b/i;
/** How far before a "the city's" phrase the city may be named. */
const CITY_BACK = 400;
/** A part of a town lies within this distance of it. */
const PART_KM = 40;
/** "near", "outside", "on the outskirts of" without a distance. */
const NEAR_KM = 80;
/** "east of X" without a distance. */
const DIRECTION_KM = 200;
/** A stated direction allows this much either side. */
const DIRECTION_SLACK = 70;
/** A sense the ranking scored below this (a spelling guess in a country the story is not about) is no reading a
 * relative phrase can lift: the phrase says where the place lies, not that the gazetteer has it ("Snobar, south of
 * Jableh": a loose Lebanese Es Snoûbar lies south of Jableh too). */
const MIN_LIFTED = 0;

interface Relation {
  anchor: ResolvedMention;
  maxKm: number;
  /** Compass bearing from the anchor, or null for "near". */
  bearing: number | null;
  words: string;
  /** "Zaporizhzhia's Polohy district": the province of the anchor's name (its ADM1 sense), which holds the part too. */
  area?: ScoredCandidate;
}

const isPoint = (p: ScoredCandidate | null): p is ScoredCandidate =>
  !!p && (p.featureClass === 'P' || (p.featureClass === 'A' && /^ADM[3-5]/.test(p.featureCode)));
/** Names a relation can constrain: towns, villages, districts and sites, not countries, provinces or rivers. */
const isLocal = (c: ScoredCandidate) =>
  c.featureClass === 'P' ||
  c.featureClass === 'S' ||
  c.featureClass === 'L' ||
  (c.featureClass === 'A' && /^ADM[2-5]/.test(c.featureCode));

function relationOf(text: string, mentions: ResolvedMention[], i: number): Relation | null {
  const m = mentions[i];
  const next = mentions[i + 1];
  if (next && isPoint(next.place) && next.start - m.end <= 120) {
    const r = RELATION.exec(text.slice(m.end, next.start));
    if (r) {
      const word = r[3].toLowerCase().replace('-', '');
      const bearing = BEARING[word] ?? null;
      const stated = r[1] ? Number(r[1]) * (/^mile/i.test(r[2]) ? 1.609 : 1) : null;
      const maxKm = stated !== null ? stated * 1.5 + 30 : bearing === null ? NEAR_KM : DIRECTION_KM;
      const distance = r[1] ? `${r[1]} ${r[2]} ` : '';
      const of = bearing !== null || /outskirts/i.test(r[3]) ? ' of' : '';
      return { anchor: next, maxKm, bearing, words: `${distance}${r[3].toLowerCase()}${of}` };
    }
  }
  if (!PART_NOUN.test(text.slice(m.end, m.end + 20))) return null;
  const prev = mentions[i - 1];
  if (prev?.place && m.start - prev.end <= POSSESSIVE_MAX && POSSESSIVE.test(text.slice(prev.end, m.start))) {
    const area = [prev.place, ...prev.alternatives].find((c) => c.featureCode === 'ADM1');
    if (isPoint(prev.place) || area)
      return { anchor: prev, maxKm: PART_KM, bearing: null, words: `${prev.text}'s`, area };
  }
  if (CITY_POSSESSIVE.test(text.slice(Math.max(0, m.start - 30), m.start))) {
    for (let k = i - 1; k >= 0 && m.start - mentions[k].end <= CITY_BACK; k--) {
      const p = mentions[k].place;
      if (p?.featureClass === 'P') return { anchor: mentions[k], maxKm: PART_KM, bearing: null, words: "the city's" };
    }
  }
  return null;
}

function fits(c: ScoredCandidate, r: Relation): boolean {
  if (r.area && c.countryCode === r.area.countryCode && c.admin1 === r.area.admin1 && c !== r.area) return true;
  const a = r.anchor.place as ScoredCandidate;
  if (!isPoint(a)) return false;
  const km = haversineKm(a.lat, a.lon, c.lat, c.lon);
  if (km > r.maxKm) return false;
  if (r.bearing === null || km < 5) return true;
  const off = Math.abs(((bearingDeg(a.lat, a.lon, c.lat, c.lon) - r.bearing + 540) % 360) - 180);
  return off <= DIRECTION_SLACK;
}

const withReason = (c: ScoredCandidate, reason: string): ScoredCandidate => ({ ...c, reasons: [...c.reasons, reason] });

/** "Zaporizhzhia's Polohy district", the part beyond the city's reach: the first name is the province holding it. */
function provinceAnchor(anchor: ResolvedMention, area: ScoredCandidate, part: ScoredCandidate, name: string) {
  const a = anchor.place;
  if (!a || a === area || (isPoint(a) && haversineKm(a.lat, a.lon, part.lat, part.lon) <= PART_KM)) return anchor;
  const rest = [a, ...anchor.alternatives].filter((c) => c.geonameid !== area.geonameid);
  return { ...anchor, place: withReason(area, `holds ${name}, as written`), alternatives: rest };
}

/** The mentions with the relative phrases of `text` applied (a new array; mentions are not changed in place). */
export function applyRelativePhrases(text: string, mentions: ResolvedMention[]): ResolvedMention[] {
  const out = mentions.slice();
  // A name's new sense, for its other mentions (one sense per name per document).
  const renamed = new Map<string, { from: number | null; to: ResolvedMention }>();
  for (let i = 0; i < out.length; i++) {
    const m = out[i];
    if (m.role !== 'place') continue;
    const senses = [m.place, ...m.alternatives].filter((c): c is ScoredCandidate => !!c);
    if (senses.length === 0) continue;
    const r = relationOf(text, out, i);
    if (!r) continue;
    const why = `lies ${r.words} ${r.anchor.text}, as written`;
    let next: ResolvedMention;
    if (m.place && fits(m.place, r)) next = { ...m, place: withReason(m.place, why) };
    else {
      const alt = m.alternatives.find((c) => isLocal(c) && c.score >= MIN_LIFTED && fits(c, r));
      // A province or country that does not fit stays when no town of the name does (the phrase may be loose).
      if (!alt && m.place && !isLocal(m.place)) continue;
      const rest = senses.filter((c) => c !== alt);
      next = { ...m, place: alt ? withReason(alt, why) : null, alternatives: rest };
    }
    out[i] = next;
    if (r.area && next.place) out[i - 1] = provinceAnchor(r.anchor, r.area, next.place, m.text);
    if (next.place?.geonameid !== m.place?.geonameid)
      renamed.set(m.text.toLowerCase(), { from: m.place?.geonameid ?? null, to: next });
  }
  if (renamed.size === 0) return out;
  return out.map((m) => {
    const r = renamed.get(m.text.toLowerCase());
    if (!r || r.to === m || (m.place?.geonameid ?? null) !== r.from) return m;
    return { ...m, place: r.to.place, alternatives: r.to.alternatives };
  });
}
