/** Types for scripts/synthetic-events.js (plain JS so the benchmark can run it without a build). */
import type { FeatureCollection, Point } from 'geojson';

/** `n` synthetic events (valid EventProperties) from a seeded generator. */
export declare function syntheticEvents(
  n?: number,
  seed?: number,
): FeatureCollection<Point, { event_id: string; date_start: string; date_end: string } & Record<string, unknown>>;
