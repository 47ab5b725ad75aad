/**
 * Keeps the map's `hidden` feature state in step with the view's mask, touching only the events whose visibility
 * changed since the last call: a one-day timeline step changes a few hundred of 100,000, and MapLibre then rewrites
 * the paint attributes of just those features. It also counts the shown events of each chunk, so that a chunk with
 * none is not drawn at all (EventChunks).
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { EventChunks } from './event-chunks.js';
import { AREAS_SOURCE } from './layers.js';
import type { AppEvent } from './model.js';

export class MapVisibility {
  /** What the map's state says for each feature id: 1 shown (no state, the default), 0 hidden. */
  private shown = new Uint8Array(0);
  /** Shown events per chunk, as the map's state says. */
  private shownPerChunk: Int32Array = new Int32Array(0);

  constructor(private readonly chunks: EventChunks) {}

  /** The sources were (re)created: no feature has state. */
  reset(): void {
    this.shown = new Uint8Array(0);
    this.shownPerChunk = new Int32Array(0);
  }

  /** Returns how many features changed state. */
  apply(map: MlMap, events: AppEvent[], mask: Uint8Array): number {
    if (this.shown.length < mask.length) {
      const grown = new Uint8Array(mask.length).fill(1);
      grown.set(this.shown);
      this.shown = grown;
    }
    if (this.shownPerChunk.length !== this.chunks.count) this.shownPerChunk = this.countShown(mask.length);
    let changed = 0;
    for (let i = 0; i < mask.length; i++) {
      const v = mask[i];
      if (this.shown[i] === v) continue;
      this.shown[i] = v;
      changed++;
      this.shownPerChunk[this.chunks.chunkOf(i)] += v === 1 ? 1 : -1;
      const state = { hidden: v === 0 };
      map.setFeatureState({ source: this.chunks.sourceOf(i), id: i }, state);
      if (events[i].properties.area) map.setFeatureState({ source: AREAS_SOURCE, id: i }, state);
    }
    this.chunks.show(map, this.shownPerChunk);
    return changed;
  }

  /** Whether the feature with this id is drawn (hit tests return hidden features whose point is under the cursor). */
  isShown(id: unknown): boolean {
    return typeof id === 'number' && (id >= this.shown.length || this.shown[id] === 1);
  }

  private countShown(n: number): Int32Array {
    const counts = new Int32Array(this.chunks.count);
    for (let i = 0; i < n; i++) if (this.shown[i] === 1) counts[this.chunks.chunkOf(i)]++;
    return counts;
  }
}
