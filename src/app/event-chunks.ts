/**
 * The events split into time-ordered chunks, each its own source and circle layer. A chunk none of whose events the
 * view shows has its layer's opacities set to constant zero, and MapLibre then skips its draw call outright: a narrow
 * timeline window draws the vertices of a few chunks instead of all events (in software GL the hidden features'
 * vertex work was most of a 30-day window's frame; docs/performance.md). Constant opacities change without a source
 * reload (a visibility or filter change would reload the source), and their transition is off so the skip is
 * immediate. A feature's id stays its index in the app's event array, whatever its chunk.
 */
import type { Feature } from 'geojson';
import type { CircleLayerSpecification, GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import { mapProps } from './map-props.js';
import type { AppEvent } from './model.js';

/** Events per chunk aimed at; fewer events than this make one chunk (one source, one layer, as without chunks). */
export const CHUNK_EVENTS = 4000;
/** More chunks cost more sources to tile and layers to walk each frame than the skipped vertices save. */
export const MAX_CHUNKS = 32;

export interface ChunkPlan {
  count: number;
  /** The chunk of each event (by index). */
  chunkOf: Uint16Array;
}

/**
 * Splits events into `count` chunks of (nearly) equal size by start day, so a time window covers few of them.
 * Undated events (NaN) sort last.
 */
export function planChunks(days: ArrayLike<number>, perChunk = CHUNK_EVENTS, maxChunks = MAX_CHUNKS): ChunkPlan {
  const n = days.length;
  const count = Math.max(1, Math.min(maxChunks, Math.ceil(n / perChunk)));
  const chunkOf = new Uint16Array(n);
  if (count === 1) return { count, chunkOf };
  const key = (i: number) => (Number.isFinite(days[i]) ? days[i] : Number.POSITIVE_INFINITY);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => key(a) - key(b) || a - b);
  for (let r = 0; r < n; r++) chunkOf[order[r]] = Math.floor((r * count) / n);
  return { count, chunkOf };
}

export const chunkSourceId = (k: number): string => `events-${k}`;
export const chunkLayerId = (k: number): string => `events-${k}`;

type Paint = NonNullable<CircleLayerSpecification['paint']>;

export class EventChunks {
  private plan: ChunkPlan = { count: 0, chunkOf: new Uint16Array(0) };
  /** Whether each chunk's layer is drawn (opacities 1) or skipped (opacities 0). */
  private drawn: boolean[] = [];

  get count(): number {
    return this.plan.count;
  }

  sourceOf(index: number): string {
    return chunkSourceId(this.plan.chunkOf[index]);
  }

  chunkOf(index: number): number {
    return this.plan.chunkOf[index];
  }

  layerIds(): string[] {
    return Array.from({ length: this.plan.count }, (_, k) => chunkLayerId(k));
  }

  /** Adds one source and one circle layer per chunk, below `beforeId`; every chunk starts drawn. */
  add(map: MlMap, events: AppEvent[], paint: Paint, minzoom: number, beforeId?: string): void {
    this.plan = planChunks(events.map((e) => e.properties.day_start));
    this.drawn = new Array(this.plan.count).fill(true);
    const parts = this.split(events);
    for (let k = 0; k < this.plan.count; k++) {
      map.addSource(chunkSourceId(k), { type: 'geojson', data: { type: 'FeatureCollection', features: parts[k] } });
      map.addLayer(
        {
          id: chunkLayerId(k),
          type: 'circle',
          source: chunkSourceId(k),
          minzoom,
          paint: {
            ...paint,
            'circle-opacity': 1,
            'circle-stroke-opacity': 1,
            'circle-opacity-transition': { duration: 0, delay: 0 },
            'circle-stroke-opacity-transition': { duration: 0, delay: 0 },
          },
        },
        beforeId,
      );
    }
  }

  /**
   * The events changed. Returns false when the chunks kept their events (the data was replaced in place, feature
   * states kept); true when they were rebuilt, after which no feature has state.
   */
  update(map: MlMap, events: AppEvent[], paint: Paint, minzoom: number, beforeId?: string): boolean {
    const next = planChunks(events.map((e) => e.properties.day_start));
    if (
      next.count === this.plan.count &&
      next.chunkOf.length === this.plan.chunkOf.length &&
      next.chunkOf.every((k, i) => k === this.plan.chunkOf[i])
    ) {
      const parts = this.split(events);
      for (let k = 0; k < next.count; k++) {
        const source = map.getSource(chunkSourceId(k)) as GeoJSONSource | undefined;
        source?.setData({ type: 'FeatureCollection', features: parts[k] });
      }
      return false;
    }
    this.remove(map);
    this.add(map, events, paint, minzoom, beforeId);
    return true;
  }

  remove(map: MlMap): void {
    for (let k = 0; k < this.plan.count; k++) {
      if (map.getLayer(chunkLayerId(k))) map.removeLayer(chunkLayerId(k));
      if (map.getSource(chunkSourceId(k))) map.removeSource(chunkSourceId(k));
    }
  }

  /** Draws the chunks with at least one shown event and skips the others. */
  show(map: MlMap, shownPerChunk: Int32Array): void {
    for (let k = 0; k < this.plan.count; k++) {
      const want = shownPerChunk[k] > 0;
      if (this.drawn[k] === want) continue;
      this.drawn[k] = want;
      const id = chunkLayerId(k);
      if (!map.getLayer(id)) continue;
      map.setPaintProperty(id, 'circle-opacity', want ? 1 : 0);
      map.setPaintProperty(id, 'circle-stroke-opacity', want ? 1 : 0);
    }
  }

  /** Chunks drawn now (for tests and the benchmark). */
  drawnChunks(): number[] {
    return this.drawn.flatMap((d, k) => (d ? [k] : []));
  }

  private split(events: AppEvent[]): Feature[][] {
    const parts: Feature[][] = Array.from({ length: this.plan.count }, () => []);
    events.forEach((e, i) => {
      parts[this.plan.chunkOf[i]].push({ type: 'Feature', id: i, geometry: e.geometry, properties: mapProps(e) });
    });
    return parts;
  }
}
