/**
 * Relative areas built with Turf from geometry supplied by the GeoContext (never typed-in coordinates):
 * "south of the Litani" (country ∩ the side of the river line), "in the south" / "southern Syria" (a third of the
 * country's bounding box ∩ the country), "near the border with Israel" (country ∩ 10 km buffer of the neighbour),
 * "east of Damascus" (a 25 km sector), "12 km north of X" (an offset point). Area events keep the polygon in
 * `area` and a representative point (its centre of mass, or turf.pointOnFeature when that falls outside) as geometry.
 */
import * as turf from '@turf/turf';
import { homePart } from './home-part.js';
import { borderBetween } from './border-between.js';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { ResolvedMention } from '../types.js';
import { countryName } from './actors.js';
import { capitalOf, choiceFor, isCountry, mentionsIn } from './context.js';
import { exclusionReason } from './exclusion.js';
import type { ArticleContext, PlaceChoice } from './model.js';
import { sideOfLine } from './line-side.js';
import { BEARING } from '../gazetteer/compass.js';
import type { Span } from './sentences.js';

type Area = Polygon | MultiPolygon;
const DIR =
  '(north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)';
const norm = (d: string) => d.toLowerCase().replace('-', '').replace(/ern$/, '');
const title = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function usable(a: Feature<Area> | null | undefined): Area | null {
  if (!a?.geometry) return null;
  try {
    return turf.area(a) > 1e6 ? a.geometry : null; // at least 1 km²
  } catch {
    return null;
  }
}

function intersect(a: Area, b: Area): Area | null {
  try {
    return usable(turf.intersect(turf.featureCollection([turf.feature(a), turf.feature(b)])) as Feature<Area> | null);
  } catch {
    return null;
  }
}

/** The northern/southern/eastern/western third of a country (bbox third ∩ country). */
export function countryPart(country: Area, dir: string): Area | null {
  const [w, s, e, n] = turf.bbox(country);
  const d = norm(dir);
  const dy = (n - s) / 3;
  const dx = (e - w) / 3;
  let box: [number, number, number, number] = [w, s, e, n];
  if (d.includes('south')) box = [box[0], s, box[2], s + dy];
  if (d.includes('north')) box = [box[0], n - dy, box[2], n];
  if (d.includes('west')) box = [w, box[1], w + dx, box[3]];
  if (d.includes('east')) box = [e - dx, box[1], e, box[3]];
  try {
    return usable(turf.bboxClip(turf.feature(country), box) as Feature<Area>);
  } catch {
    return null;
  }
}

/** The part of `country` within `km` of the `other` country's border. */
export function borderStrip(country: Area, other: Area, km = 10): Area | null {
  try {
    const buf = turf.buffer(turf.feature(other), km, { units: 'kilometers' }) as Feature<Area> | undefined;
    return buf?.geometry ? intersect(country, buf.geometry) : null;
  } catch {
    return null;
  }
}

/** The area's centre of mass when it lies inside (the mean of its vertices leans toward a densely drawn river bank
 * or border), else a point on its surface. */
function middleOf(area: Area): Position {
  const f = turf.feature(area);
  const com = turf.centerOfMass(f);
  if (turf.booleanPointInPolygon(com, f)) return com.geometry.coordinates;
  return turf.pointOnFeature(f).geometry.coordinates;
}

function made(
  area: Area | null,
  fallback: ResolvedMention | null,
  name: string,
  cc: string,
  precision: 2 | 3,
  note: string,
): PlaceChoice | null {
  if (!area) {
    if (!fallback?.place) return null;
    const c = choiceFor(fallback, 'relative', 3, 0.6, `${note}; no geometry available, reference place used`);
    return { ...c, name, key: `r:${name}` };
  }
  const pt = middleOf(area);
  return {
    kind: 'relative',
    mention: fallback,
    name,
    geonameid: null,
    countryCode: cc,
    admin1: '',
    lon: pt[0],
    lat: pt[1],
    geo_precision: precision,
    area,
    score: 0.8,
    key: `r:${name}`,
    alternatives: [],
    note,
  };
}

const before = (ctx: ArticleContext, m: ResolvedMention, n = 60) => ctx.text.slice(Math.max(0, m.start - n), m.start);

/** A relative area named in the clause, or null. */
export function relativeArea(ctx: ArticleContext, clause: Span): PlaceChoice | null {
  const geo = ctx.geo;
  const inClause = mentionsIn(ctx.mentions, clause.start, clause.end).filter((m) => m.place);
  for (const m of inClause) {
    const p = m.place!;
    const pre = before(ctx, m);
    // "south of the Litani (river)"
    const side = new RegExp(`\\b${DIR}(?:ern)?\\s+(?:bank\\s+)?of\\s+(?:the\\s+)?$`, 'i').exec(pre);
    if (side && (p.kind === 'line' || p.featureClass === 'H')) {
      const cc = p.countryCode || ctx.focusCountry;
      const line = geo?.geometry(p.geonameid);
      const country = cc ? geo?.countryArea(cc) : null;
      const area = line && country ? sideOfLine(line, country, norm(side[1])) : null;
      const name = `${title(norm(side[1]))} of ${m.text}, ${countryName(cc)}`;
      return made(area, m, name, cc, 3, `${side[0].trim()} ${m.text}`);
    }
    // "near the border with Israel"
    if (
      isCountry(p) &&
      /\b(?:near|along|on|at|close\s+to|across)\s+the\s+(?:\w+\s+)?border\s+with\s+(?:the\s+)?$/i.test(pre)
    ) {
      const home = [ctx.focusCountry, ...inClause.map((o) => o.place!.countryCode)].find(
        (c) => c && c !== p.countryCode,
      );
      if (!home) continue;
      const a = geo?.countryArea(home);
      const b = geo?.countryArea(p.countryCode);
      const area = a && b ? borderStrip(a, b) : null;
      return made(
        area,
        m,
        `${countryName(home)} border area with ${countryName(p.countryCode)}`,
        home,
        2,
        'near the border',
      );
    }
    // "at the Syrian – Jordanian border", "the Syria-Jordan border": the first country's strip along the second.
    const pair = inClause.find((o) => o.start > m.end && o.place && isCountry(o.place));
    if (
      isCountry(p) &&
      pair &&
      pair.place!.countryCode !== p.countryCode &&
      /^\s*[-–—]\s*$/.test(ctx.text.slice(m.end, pair.start)) &&
      /^\s+(?:border|borders|frontier)\b/i.test(ctx.text.slice(pair.end, pair.end + 12))
    ) {
      const a = geo?.countryArea(p.countryCode);
      const b = geo?.countryArea(pair.place!.countryCode);
      const area = a && b ? borderStrip(a, b) : null;
      const name = `${countryName(p.countryCode)} border area with ${countryName(pair.place!.countryCode)}`;
      return made(area, m, name, p.countryCode, 2, `the ${m.text}–${pair.text} border`);
    }
    // "southern Syria", "in the south of Syria", "Syria's south"
    const part =
      /\b(north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+$/i.exec(pre) ??
      /\bthe\s+(north|south|east|west|northeast|northwest|southeast|southwest)\s+of\s+$/i.exec(pre) ??
      /^['’]s\s+(?:far\s+)?(north|south|east|west|northeast|northwest|southeast|southwest)\b/i.exec(
        ctx.text.slice(m.end, m.end + 20),
      );
    if (part && isCountry(p) && !exclusionReason(ctx.text, m, ctx.datelineSpan)) {
      const country = geo?.countryArea(p.countryCode);
      const area = country ? countryPart(country, part[1]) : null;
      return made(
        area,
        m,
        `${title(norm(part[1]))}ern ${countryName(p.countryCode)}`,
        p.countryCode,
        3,
        part[0].trim(),
      );
    }
    // "12 km north of X", "east of Damascus", "east of the Bureij camp", "60 nautical miles southwest of the port of X"
    const off = new RegExp(
      `(?:(\\d+(?:\\.\\d+)?)\\s*(km|kilometers|kilometres|nautical\\s+miles|miles)\\s+(?:to\\s+the\\s+)?)?${DIR}\\s+of\\s+(?:the\\s+(?:(?:[\\w-]+\\s+){0,2}?(?:city|town|village|port)\\s+of\\s+)?)?$`,
      'i',
    ).exec(pre);
    // A province without geometry ("south of Idlib province") is measured from its capital, as ACLED codes it.
    const ref = p.kind === 'point' ? p : p.featureClass === 'A' && !isCountry(p) ? capitalOf(m) : null;
    if (off && ref && !isCountry(p) && !exclusionReason(ctx.text, m, ctx.datelineSpan)) {
      const bearing = BEARING[norm(off[3])];
      const center = turf.point([ref.lon, ref.lat]);
      if (off[1]) {
        const km = Number(off[1]) * (/nautical/i.test(off[2]) ? 1.852 : /mile/i.test(off[2]) ? 1.609 : 1);
        const pt = turf.destination(center, km, bearing, { units: 'kilometers' }).geometry.coordinates;
        // "12 km north of the southern city of X" is named "12 km north of X".
        const said = off[0].replace(/\s+the\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|port)\s+of\s*$/i, '').trim();
        const c = choiceFor(m, 'relative', 2, 0.85, `${said} ${m.text}`);
        return { ...c, lon: pt[0], lat: pt[1], geonameid: null, key: `r:${said} ${p.name}`, name: `${said} ${p.name}` };
      }
      const sector = turf.sector(center, 25, bearing - 45, bearing + 45, { units: 'kilometers' }).geometry;
      return made(sector, m, `${title(norm(off[3]))} of ${p.name}`, p.countryCode, 2, `${off[0].trim()} ${m.text}`);
    }
  }
  // "exchanged fire at the border" between the two countries the clause names (border-between.ts).
  const pair = borderBetween(ctx, clause);
  if (pair) {
    const [a, b] = [geo?.countryArea(pair.home), geo?.countryArea(pair.other)];
    return made(a && b ? borderStrip(a, b) : null, pair.anchor, pair.name, pair.home, 2, pair.note);
  }
  // "in the south", "in the country's south", "in the north of the territory": the focus country.
  const dir =
    /\bin\s+the\s+(?:(?:country|territory|strip|enclave)['’]s\s+)?(?:far\s+)?(north|south|east|west|northeast|northwest|southeast|southwest)\b(?!\s+of\b(?!\s+the\s+(?:country|territory|strip|enclave)\b)|-)/i.exec(
      clause.text,
    );
  // "in the North Waziristan district", "in the South Kivu province": the word starts a name, not a direction.
  const startsName = !!dir && /^\s+[A-Z]/.test(clause.text.slice(dir.index + dir[0].length));
  if (dir && !startsName && ctx.focusCountry) {
    const country = geo?.countryArea(ctx.focusCountry);
    const home = country ? homePart(country, ctx.focus, geo?.countryAt?.bind(geo)) : null;
    const area = home ? countryPart(home, dir[1]) : null;
    const ref =
      ctx.mentions.find((m) => m.place && isCountry(m.place) && m.place.countryCode === ctx.focusCountry) ?? null;
    // A piece of the country is named by the province of the focus place ("Southern Gaza Strip").
    const whole = home === country || !ctx.focus?.admin1 ? countryName(ctx.focusCountry) : ctx.focus.admin1;
    return made(area, ref, `${title(norm(dir[1]))}ern ${whole}`, ctx.focusCountry, 3, dir[0]);
  }
  return null;
}

/** A town's "eastern countryside": a sector of this radius on that side, inside the town's country. */
export const COUNTRYSIDE_KM = 50;
/** Its point: this far out along the bearing (past the town's edge, before the far villages). UCDP 2016 measured with
 * the point at 12–30 km: 18–22 km is best (+4 rows over the town itself); 25 km and beyond lose the rows coded at
 * the town (docs/taxonomy.md "Countryside sectors"). */
export const COUNTRYSIDE_POINT_KM = 20;

const COUNTRYSIDE_OF = new RegExp(
  `\\b${DIR}(?:ern)?\\s+(?:rural\\s+)?countryside\\s+of\\s+(?:the\\s+)?(?:(?:city|town)\\s+of\\s+)?$`,
  'i',
);
const DIR_BEFORE = new RegExp(`\\b${DIR}(?:ern)?\\s+$`, 'i');
const COUNTRYSIDE_AFTER = /^\s+(?:rural\s+)?countryside\b/i;
const DIR_COUNTRYSIDE_AFTER = new RegExp(`^(?:['’]s)?\\s+${DIR}(?:ern)?\\s+(?:rural\\s+)?countryside\\b`, 'i');

/**
 * "the eastern countryside of Aleppo", "southern Aleppo countryside", "Hama's northern countryside": not the town
 * but the country around it on that side — a sector inside the town's country, precision 2. Null when no direction
 * is written (then the town itself, precision 2, stands for its countryside).
 */
export function countrysideSector(ctx: ArticleContext, m: ResolvedMention): PlaceChoice | null {
  const p = m.place;
  if (p?.kind !== 'point' || isCountry(p)) return null;
  const pre = before(ctx, m);
  const post = ctx.text.slice(m.end, m.end + 40);
  const dir =
    COUNTRYSIDE_OF.exec(pre)?.[1] ??
    (COUNTRYSIDE_AFTER.test(post) ? DIR_BEFORE.exec(pre)?.[1] : undefined) ??
    DIR_COUNTRYSIDE_AFTER.exec(post)?.[1];
  if (!dir) return null;
  const bearing = BEARING[norm(dir)];
  const town = turf.point([p.lon, p.lat]);
  const sector = turf.sector(town, COUNTRYSIDE_KM, bearing - 45, bearing + 45, { units: 'kilometers' }).geometry;
  const country = ctx.geo?.countryArea(p.countryCode);
  const area = country ? intersect(sector, country) : sector;
  const name = `${title(norm(dir))}ern countryside of ${p.name}`;
  const c = area && made(area, m, name, p.countryCode, 2, `${dir}ern countryside of ${m.text}`);
  if (!c) return null;
  const at = turf.destination(town, COUNTRYSIDE_POINT_KM, bearing, { units: 'kilometers' });
  if (!turf.booleanPointInPolygon(at, area!)) return c;
  const [lon, lat] = at.geometry.coordinates;
  return { ...c, lon, lat };
}

/** A named region or river: its own polygon (rivers: a 5 km buffer of the line) with a representative point. */
export function areaPlaceChoice(ctx: ArticleContext, m: ResolvedMention): PlaceChoice {
  const c = choiceFor(m, 'area-place', 3, 0.9, `in ${m.text} (area)`);
  const g = ctx.geo?.geometry(m.place!.geonameid);
  let area: Area | null = null;
  if (g?.type === 'Polygon' || g?.type === 'MultiPolygon') area = g;
  else if (g?.type === 'LineString' || g?.type === 'MultiLineString') {
    try {
      area = (turf.buffer(turf.feature(g), 5, { units: 'kilometers' }) as Feature<Area> | undefined)?.geometry ?? null;
    } catch {
      area = null;
    }
  }
  if (!area) return c;
  const pt = turf.pointOnFeature(turf.feature(area)).geometry.coordinates;
  return { ...c, area, lon: pt[0], lat: pt[1] };
}
