/**
 * Keeps the map's `hidden` feature state in step with the view's mask, touching only the events whose visibility
 * changed since the last call: a one-day timeline step changes a few hundred of 100,000, and MapLibre then rewrites
 * the paint attributes of just those features.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { AREAS_SOURCE, EVENTS_SOURCE } from './layers.js';
import type { AppEvent } from './model.js';

export class MapVisibility {
  /** What the map's state says for each feature id: 1 shown (no state, the default), 0 hidden. */
  private shown = new Uint8Array(0);

  /** The sources were (re)created: no feature has state. */
  reset(): void {
    this.shown = new Uint8Array(0);
  }

  /** Returns how many features changed state. */
  apply(map: MlMap, events: AppEvent[], mask: Uint8Array): number {
    if (this.shown.length < mask.length) {
      const grown = new Uint8Array(mask.length).fill(1);
      grown.set(this.shown);
      this.shown = grown;
    }
    let changed = 0;
    for (let i = 0; i < mask.length; i++) {
      const v = mask[i];
      if (this.shown[i] === v) continue;
      this.shown[i] = v;
      changed++;
      const state = { hidden: v === 0 };
      map.setFeatureState({ source: EVENTS_SOURCE, id: i }, state);
      if (events[i].properties.area) map.setFeatureState({ source: AREAS_SOURCE, id: i }, state);
    }
    return changed;
  }

  /** Whether the feature with this id is drawn (hit tests return hidden features whose point is under the cursor). */
  isShown(id: unknown): boolean {
    return typeof id === 'number' && (id >= this.shown.length || this.shown[id] === 1);
  }
}
