/**
 * The app's events in their three forms: as loaded (plus the user's added articles), as corrected, and indexed by
 * event id. A map feature's id is its event's index in `current`, so every rebuild renumbers them together.
 */
import type { AppEvent } from './model.js';

/** What turns the loaded events into the shown ones: the user's corrections (CorrectionStore has this shape). */
export interface EventCorrector {
  apply(events: AppEvent[]): AppEvent[];
}

export class EventState {
  /** The events before corrections, in the order the combine function returned them. */
  originals: AppEvent[] = [];
  /** The corrected events; the map's feature ids are indexes into this array. */
  current: AppEvent[] = [];
  private byId = new Map<string, AppEvent>();
  private indexById = new Map<string, number>();
  private originalById = new Map<string, AppEvent>();

  constructor(
    private readonly combine: () => AppEvent[],
    private readonly corrector: EventCorrector,
  ) {
    this.rebuild();
  }

  /** Re-reads the events (a correction, an added or removed article) and rebuilds the indexes. */
  rebuild(): void {
    this.originals = this.combine();
    this.current = this.corrector.apply(this.originals);
    this.byId = new Map(this.current.map((e) => [e.properties.event_id, e]));
    this.indexById = new Map(this.current.map((e, i) => [e.properties.event_id, i]));
    this.originalById = new Map(this.originals.map((e) => [e.properties.event_id, e]));
  }

  get(id: string): AppEvent | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** The event as loaded, before any correction. */
  original(id: string): AppEvent | undefined {
    return this.originalById.get(id);
  }

  /** The map feature id (index in `current`) of an event id. */
  indexOf(id: string): number | undefined {
    return this.indexById.get(id);
  }

  /** The event id of a map feature id; undefined for anything that is not an index of `current`. */
  eventIdOf = (featureId: unknown): string | undefined =>
    typeof featureId === 'number' ? this.current[featureId]?.properties.event_id : undefined;
}
