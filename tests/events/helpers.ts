/** Test helpers: hand-written places (coordinates typed here, in tests only), mentions found by name, a fake GeoContext. */
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import { detectEvents, type GeoContext } from '../../src/events/detect-events.js';
import type {
  Article,
  ConflictEvent,
  EventProperties,
  GeometryKind,
  MentionRole,
  PipelineResult,
  ResolvedMention,
  ScoredCandidate,
} from '../../src/types.js';

/** An article for event tests: an id, no title, dated 2016-05-10 unless said otherwise. */
export function testArticle(text: string, opts: { title?: string; published?: string; id?: string } = {}): Article {
  return {
    id: opts.id ?? 't',
    title: opts.title ?? '',
    publisher: 'Test',
    published: opts.published ?? '2016-05-10',
    published_basis: 'metadata',
    text,
  };
}

/** The events detectEvents finds in `text` with these hand-written places and the fake countries. */
export function detectIn(
  text: string,
  places: PlaceSpec[],
  article = testArticle(text),
  opts: Partial<Parameters<typeof detectEvents>[2]> = {},
): ConflictEvent[] {
  return detectEvents(article, mentionsFor(text, places), { geo: fakeGeo({ countries: COUNTRIES }), ...opts }).events
    .features;
}

/** "sub-event @ location: actor1 > actor2", for tests about who did what where. */
export const roleLine = (f: ConflictEvent): string =>
  `${f.properties.sub_event_type} @ ${f.properties.location}: ${f.properties.actor1} > ${f.properties.actor2}`;

export interface PlaceSpec {
  /** Text of the mention in the article; every whole-word occurrence becomes a mention. */
  text: string;
  role?: MentionRole;
  /** null = recognised but not resolved. */
  geonameid: number | null;
  name?: string;
  featureClass?: string;
  featureCode?: string;
  countryCode?: string;
  admin1?: string;
  admin1Name?: string;
  lat?: number;
  lon?: number;
  kind?: GeometryKind;
}

export interface GeoSpec {
  geometries?: Record<string, Geometry>;
  countries?: Record<string, Polygon | MultiPolygon>;
}

export function candidate(p: PlaceSpec): ScoredCandidate {
  return {
    geonameid: p.geonameid ?? 0,
    name: p.name ?? p.text,
    featureClass: p.featureClass ?? 'P',
    featureCode: p.featureCode ?? 'PPL',
    countryCode: p.countryCode ?? '',
    admin1: p.admin1 ?? '',
    admin1Name: p.admin1Name ?? '',
    population: 0,
    lat: p.lat ?? 0,
    lon: p.lon ?? 0,
    kind: p.kind ?? 'point',
    source: 'test',
    score: 0.9,
    reasons: ['test fixture'],
  };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function mentionsFor(text: string, specs: PlaceSpec[]): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  for (const p of specs) {
    const re = new RegExp(`(?<![\\w-])${escapeRe(p.text)}(?![\\w])`, 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (out.some((o) => o.start < m!.index + p.text.length && m!.index < o.end)) continue;
      const place = p.geonameid === null ? null : candidate(p);
      out.push({
        start: m.index,
        end: m.index + p.text.length,
        text: p.text,
        role: p.role ?? 'place',
        place,
        alternatives: place ? [place] : [],
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function fakeGeo(spec: GeoSpec = {}): GeoContext {
  return {
    geometry: (id) => spec.geometries?.[String(id)] ?? null,
    countryArea: (iso2) => spec.countries?.[iso2] ?? null,
  };
}

export function box(w: number, s: number, e: number, n: number): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  };
}

/** Rough rectangles, enough for the area logic under test. */
export const COUNTRIES: Record<string, Polygon> = {
  SY: box(35.7, 32.3, 42.4, 37.3),
  LB: box(35.1, 33.05, 36.6, 34.7),
  IL: box(34.3, 29.5, 35.9, 33.05),
};

/** Three invented Syrian towns in three provinces, with the countries: the places of the wire-style rule tests. */
/** The gazetteer fields of an invented Syrian town. */
export const SY_TOWN = { countryCode: 'SY', featureClass: 'P', featureCode: 'PPL' };
export const SYRIAN_TOWNS: PlaceSpec[] = [
  { text: 'Tel Nour', geonameid: 21, lat: 35.0, lon: 37.0, admin1: '01', ...SY_TOWN },
  { text: 'Beit Alam', geonameid: 22, lat: 34.0, lon: 36.5, admin1: '02', ...SY_TOWN },
  { text: 'Kafr Saba', geonameid: 23, lat: 35.5, lon: 38.0, admin1: '03', ...SY_TOWN },
];

export const COUNTRY_PLACES: PlaceSpec[] = [
  {
    text: 'Syria',
    geonameid: 163843,
    featureClass: 'A',
    featureCode: 'PCLI',
    countryCode: 'SY',
    lat: 35,
    lon: 38,
    kind: 'area',
  },
  {
    text: 'Lebanon',
    geonameid: 272103,
    featureClass: 'A',
    featureCode: 'PCLI',
    countryCode: 'LB',
    lat: 33.85,
    lon: 35.86,
    kind: 'area',
  },
  {
    text: 'Israel',
    geonameid: 294640,
    featureClass: 'A',
    featureCode: 'PCLI',
    countryCode: 'IL',
    lat: 31.5,
    lon: 34.75,
    kind: 'area',
  },
  {
    text: 'Syrian',
    role: 'demonym',
    geonameid: 163843,
    featureClass: 'A',
    featureCode: 'PCLI',
    countryCode: 'SY',
    lat: 35,
    lon: 38,
    kind: 'area',
  },
  {
    text: 'Lebanese',
    role: 'demonym',
    geonameid: 272103,
    featureClass: 'A',
    featureCode: 'PCLI',
    countryCode: 'LB',
    lat: 33.85,
    lon: 35.86,
    kind: 'area',
  },
  {
    text: 'Israeli',
    role: 'demonym',
    geonameid: 294640,
    featureClass: 'A',
    featureCode: 'PCLI',
    countryCode: 'IL',
    lat: 31.5,
    lon: 34.75,
    kind: 'area',
  },
];

/** The places of the wire-style rule tests: the three invented Syrian towns and the countries. */
export const WIRE_PLACES: PlaceSpec[] = [...SYRIAN_TOWNS, ...COUNTRY_PLACES];
/** Tel Nour and Beit Alam only, with the countries. */
export const TWO_TOWNS: PlaceSpec[] = SYRIAN_TOWNS.slice(0, 2);

/** The event properties detectEvents finds in `text` (the wire places unless told). */
export const eventsIn = (text: string, places = WIRE_PLACES, article = testArticle(text)): EventProperties[] =>
  detectIn(text, places, article).map((f) => f.properties);

/** roleLine of every event of `text` (the wire places unless told). */
export const rolesIn = (text: string, places = WIRE_PLACES): string[] => detectIn(text, places).map(roleLine);

export interface Fixture {
  description: string;
  article: Article;
  places: PlaceSpec[];
  geo: { countries: string[]; geometries: Record<string, Geometry> };
  expect: Partial<EventProperties>[];
  options?: { minConfidence?: number };
}

/** Run one fixture: its places (plus the shared country places) as mentions, its geometry as the GeoContext. */
export function runFixture(f: Fixture): PipelineResult {
  const specs = [...f.places, ...COUNTRY_PLACES.filter((c) => !f.places.some((p) => p.text === c.text))];
  const mentions = mentionsFor(f.article.text, specs);
  const countries = Object.fromEntries(f.geo.countries.map((c) => [c, COUNTRIES[c]]));
  return detectEvents(f.article, mentions, { geo: fakeGeo({ countries, geometries: f.geo.geometries }), ...f.options });
}
