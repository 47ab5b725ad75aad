/**
 * The cluster and heatmap sources hold copies of the events in the view (they cannot read feature state). They are
 * rebuilt with setData, debounced, only while they are drawn: the clusters below CLUSTER_MAX_ZOOM, the heatmap while
 * it is on. One that went stale while not drawn is rebuilt when it comes into view.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { CLUSTER_MAX_ZOOM, setHeatmap, updateClusterData, updateHeatData } from './layers.js';
import type { AppEvent } from './model.js';

const DEBOUNCE_MS = 200;

export class DerivedSources {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private clustersStale = false;
  private heatStale = false;

  /** `ready()`: the event layers exist (false while a new basemap style loads). */
  constructor(
    private readonly map: MlMap,
    private readonly view: () => AppEvent[],
    private readonly ready: () => boolean,
    private heat: boolean,
  ) {
    map.on('zoomend', () => {
      if (this.clustersStale && this.clustersDrawn()) this.update();
    });
  }

  get heatOn(): boolean {
    return this.heat;
  }

  setHeat(on: boolean): void {
    this.heat = on;
    if (this.ready()) setHeatmap(this.map, on);
    if (on && this.heatStale) this.update();
  }

  private clustersDrawn(): boolean {
    return this.map.getZoom() < CLUSTER_MAX_ZOOM;
  }

  /** Rebuilds now the sources that are drawn. */
  update(): void {
    clearTimeout(this.timer);
    if (!this.ready()) return;
    const clusters = this.clustersDrawn();
    if (!clusters && !this.heat) return;
    const shown = this.view();
    if (clusters) {
      this.clustersStale = false;
      updateClusterData(this.map, shown);
    }
    if (this.heat) {
      this.heatStale = false;
      updateHeatData(this.map, shown);
    }
  }

  /** The view changed: both copies are stale; the drawn ones are rebuilt after a pause in the changes. */
  schedule(): void {
    this.clustersStale = true;
    this.heatStale = true;
    clearTimeout(this.timer);
    if (this.clustersDrawn() || this.heat) this.timer = setTimeout(() => this.update(), DEBOUNCE_MS);
  }
}
