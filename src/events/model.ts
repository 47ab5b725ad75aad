/**
 * Internal shapes of the event stage: where an event is (PlaceChoice), the article-wide context, and a candidate
 * event before merging. The public contract (GeoContext, DetectOptions) is re-exported by detect-events.ts.
 */
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import type { AlternativeSummary, DateResolution, GeoPrecision, ResolvedMention, ScoredCandidate } from '../types.js';

/** The event types of political violence (ACLED's violent types): details, follow-ups and references cross them. */
export const VIOLENT = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);

export interface GeoContext {
  /** Line or area geometry of a gazetteer feature (rivers → LineString/MultiLineString, regions → Polygon), or null. */
  geometry(geonameid: number): Geometry | null;
  /** Country polygon by ISO2 code, or null. */
  countryArea(iso2: string): Polygon | MultiPolygon | null;
  /** ISO2 code of the country holding the point, or null at sea (absent: no country is told apart at a point). */
  countryAt?(lon: number, lat: number): string | null;
}

/** How the place of an event was found; 'dateline' and 'focus' are fallbacks that yield to any explicit place. */
export type PlaceKind = 'attached' | 'area-place' | 'relative' | 'dateline' | 'focus';

export interface PlaceChoice {
  kind: PlaceKind;
  mention: ResolvedMention | null;
  name: string;
  geonameid: number | null;
  countryCode: string;
  admin1: string;
  lon: number;
  lat: number;
  geo_precision: GeoPrecision;
  area: Polygon | MultiPolygon | null;
  /** 0..1, how sure we are this is where the event happened (multiplied into confidence). */
  score: number;
  /** Identity for merging: same key = same place. */
  key: string;
  alternatives: AlternativeSummary[];
  note: string;
}

export interface ArticleContext {
  text: string;
  published: string;
  mentions: ResolvedMention[];
  dateline: ResolvedMention | null;
  /** Offsets [start, end) of the dateline prefix ("DUMAYR, Syria:"). */
  datelineSpan: [number, number] | null;
  focus: PlaceChoice | null;
  focusCountry: string;
  /** Short headline-like text: every place in a trigger clause may carry an event. */
  headline: boolean;
  geo?: GeoContext;
  /** Mentions read in a country the article otherwise never concerns (stray-places.ts); not in `mentions`. */
  stray: Set<ResolvedMention>;
  /** All mentions, the stray ones too (null when there are none). */
  withStray: ResolvedMention[] | null;
}

export interface Candidate {
  order: number;
  event_type: string;
  sub_event_type: string;
  head: string;
  strength: number;
  hedged: boolean;
  /** Refers back to an event told elsewhere ("the raid"). */
  anaphoric: boolean;
  sentence: { start: number; end: number };
  sentenceIndex: number;
  place: PlaceChoice;
  date: DateResolution;
  /** The date came from a phrase (not the report-date fallback). */
  dated: boolean;
  actor1: string;
  actor2: string;
  assoc: string[];
  fatalities: number;
  trigger: string;
  /** The order of the candidate whose place and date an "in the operation" clause takes (follow-ups.ts). */
  follows?: number;
  /**
   * Told in a capture's photo caption or highlight bullet (Article.front): the body leads when it tells it too;
   * 'heading' for a sub-heading inside the body, which joins the event it retells by kind alone (group.ts).
   */
  front?: boolean | 'heading';
}

export function summarize(c: ScoredCandidate): AlternativeSummary {
  return {
    geonameid: c.geonameid,
    name: c.name,
    countryCode: c.countryCode,
    featureCode: c.featureCode,
    lat: c.lat,
    lon: c.lon,
    score: c.score,
    reasons: c.reasons,
  };
}

/** A place that is only a fallback (the wire dateline or the article's focus), not one the event's own words give. */
export const weakPlace = (p: PlaceChoice): boolean => p.kind === 'dateline' || p.kind === 'focus';

/** A reference back ("The attack on the base took place …") placed only by a fallback: it tells nothing new. */
export const bareReference = (c: Candidate): boolean => c.anaphoric && weakPlace(c.place);
