/**
 * The events on the map: their chunked layers, which of them the view shows, and the selected event's outline. The
 * one place the app's view meets the map's sources (main.ts decides what to show, this decides how to tell the map).
 */
import type { Map as MlMap } from 'maplibre-gl';
import { EventChunks } from './event-chunks.js';
import { addEventLayers, setSelected, updateEventData } from './layers.js';
import type { AppEvent } from './model.js';
import { MapVisibility } from './visibility.js';

export class MapEvents {
  private readonly chunks = new EventChunks();
  private readonly visibility = new MapVisibility(this.chunks);
  /** The feature id the selected-event layer shows (undefined: not set since the layers or events changed). */
  private outlined: number | null | undefined;

  constructor(private readonly map: MlMap) {}

  /** Adds the sources and layers (at start, and again after a basemap style change). */
  add(events: AppEvent[], heatmap: boolean): void {
    addEventLayers(this.map, events, this.chunks, heatmap);
    this.visibility.reset();
    this.outlined = undefined;
  }

  /** The events changed (a correction, an added or removed article). */
  setEvents(events: AppEvent[]): void {
    if (updateEventData(this.map, events, this.chunks)) this.visibility.reset();
    this.outlined = undefined;
  }

  /** Shows the events the view's mask has, and outlines the selected one when it is shown. */
  show(events: AppEvent[], mask: Uint8Array, selectedIndex: number | null): void {
    this.visibility.apply(this.map, events, mask);
    const outline = selectedIndex !== null && mask[selectedIndex] === 1 ? selectedIndex : null;
    if (this.outlined !== outline) setSelected(this.map, outline === null ? null : events[outline], outline);
    this.outlined = outline;
  }

  /** Whether the feature with this id is drawn (hit tests return hidden features whose point is under the cursor). */
  isShown(featureId: unknown): boolean {
    return this.visibility.isShown(featureId);
  }

  /** The circle layers of the event chunks. */
  layerIds(): string[] {
    return this.chunks.layerIds();
  }

  drawnChunks(): number[] {
    return this.chunks.drawnChunks();
  }
}
