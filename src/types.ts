/**
 * Shared data shapes of the GeoEvents pipeline. Every stage is a pure function from one of these to another.
 * docs/schema.md explains every event property in prose.
 */
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
} from 'geojson';

/** How the article's publication date was known. */
export type PublishedBasis = 'dateline' | 'metadata' | 'capture' | 'user' | 'unknown';

export interface Article {
  id: string;
  title: string;
  publisher: string;
  url?: string;
  /** ISO date YYYY-MM-DD; the reference for every relative date in the text. */
  published: string;
  published_basis: PublishedBasis;
  text: string;
  /** A page capture's photo caption and opening highlight bullets (offsets into `text`); absent when none is known. */
  front?: FrontMatter[];
}

/**
 * Text that repeats or illustrates the story: a photo caption, a highlight bullet above the body, or a sub-heading
 * inside it (a short line standing alone that names what the paragraphs under it tell).
 */
export interface FrontMatter {
  start: number;
  end: number;
  kind: 'caption' | 'highlight' | 'heading';
}

/** A data problem found while processing, never thrown: offsets point into the article text when known. */
export interface Issue {
  articleId?: string;
  start?: number;
  end?: number;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

export type MentionRole = 'place' | 'demonym' | 'in_organisation' | 'in_person_name';

/** A toponym found in text. start/end are UTF-16 offsets: text.slice(start, end) === text. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  role: MentionRole;
  /** Feature-class hint from cue words: 'H' river/lake, 'T' mountain/desert, 'A' admin, 'P' town, 'L' region. */
  classHint?: string;
  /** Explicit admin/country context written beside the name, e.g. "Dumayr (Rural Damascus)" → "Rural Damascus". */
  context?: string;
  /** ISO2 of a demonym written just before the name in the same phrase ("the Lebanese village of Sarada" → LB). */
  countryHint?: string;
  /** A demonym naming who acts ("Israeli strikes", "Russian troops"): a weak vote for where the story happens. */
  acting?: boolean;
  /** The name opens a wire dateline ("BEIRUT, March 4, 2025 (Reuters) -"): where the report was filed. */
  dateline?: boolean;
  /** ISO2 of the countries named (as places) in the same sentence, other than this name: "Across the border in Chad,
   * … crossed into Adre" → ["TD"]. Resolution gives a small bonus to candidates there (src/toponyms/sentence-countries.ts). */
  sentenceCountries?: string[];
}

export type GeometryKind = 'point' | 'line' | 'area';

/** One gazetteer entry that a name may refer to. */
export interface Candidate {
  /** GeoNames id, or a stable negative id for supplement / Natural Earth rows. */
  geonameid: number;
  name: string;
  featureClass: string;
  featureCode: string;
  countryCode: string;
  admin1: string;
  admin1Name: string;
  population: number;
  lat: number;
  lon: number;
  kind: GeometryKind;
  /** Where the row came from: 'geonames' | 'supplement' | 'naturalearth'. */
  source: string;
  /** How the name matched: 'exact' (case/diacritic-insensitive) or 'loose' (transliteration folding). */
  match?: 'exact' | 'loose';
  /** The prior used to order lookup() results (documented in src/gazetteer/prior.ts). */
  prior?: number;
}

export interface ScoredCandidate extends Candidate {
  score: number;
  reasons: string[];
}

/** A mention after resolution: the chosen place (or null for an explicit no-match) and ranked alternatives. */
export interface ResolvedMention extends Mention {
  place: ScoredCandidate | null;
  alternatives: ScoredCandidate[];
}

/** ACLED time precision: 1 = day, 2 = week (or a few days), 3 = month or vaguer. */
export type TimePrecision = 1 | 2 | 3;
/** ACLED geo precision: 1 = the town itself, 2 = near a town / part of a region, 3 = a larger region. */
export type GeoPrecision = 1 | 2 | 3;

export interface DateResolution {
  date_start: string;
  date_end: string;
  time_precision: TimePrecision;
  /** The phrase that gave the date, or null when the article date was used. */
  phrase: string | null;
}

export interface Evidence {
  text: string;
  /** Offsets of the evidence sentence in the article text. */
  start: number;
  end: number;
  /** Offsets of the place name inside the article text (for highlighting). */
  place_start?: number;
  place_end?: number;
}

export interface AlternativeSummary {
  geonameid: number;
  name: string;
  countryCode: string;
  featureCode: string;
  lat: number;
  lon: number;
  score: number;
  reasons: string[];
}

export interface Correction {
  field: string;
  from: unknown;
  to: unknown;
  at: string;
}

export interface EventProperties {
  event_id: string;
  event_date: string;
  date_start: string;
  date_end: string;
  time_precision: TimePrecision;
  event_type: string;
  sub_event_type: string;
  actor1: string;
  actor2: string;
  location: string;
  admin1: string;
  country: string;
  iso: string;
  geo_precision: GeoPrecision;
  fatalities: number;
  notes: string;
  source: string;
  source_url: string;
  article_id: string;
  evidence: Evidence;
  geonameid: number | null;
  latitude: number;
  longitude: number;
  confidence: number;
  alternatives: AlternativeSummary[];
  /** Area events keep a representative point as the feature geometry and the area here (GeoJSON geometry). */
  area?: Polygon | MultiPolygon | null;
  /** Other articles that reported the same event (merged duplicates). */
  sources?: { article_id: string; source: string; source_url: string; fatalities: number }[];
  corrections?: Correction[];
}

export type ConflictEvent = Feature<Point, EventProperties>;
export type EventCollection = FeatureCollection<Point, EventProperties>;

export type LineOrArea = LineString | MultiLineString | Polygon | MultiPolygon;
export type AnyGeometry = Geometry;

/** What the full pipeline returns for one or more articles. */
export interface PipelineResult {
  events: EventCollection;
  issues: Issue[];
}
