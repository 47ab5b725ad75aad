/**
 * What the current view shows: a day window, the ticked types, an actor, a country and (when searching) the matching
 * event ids. One pass over the events gives the map's visibility mask, the visible events and the legend counts.
 */
import type { AppEvent } from './model.js';

export interface ViewFilter {
  from: number;
  to: number;
  types: string[];
  ids: string[] | null;
  /** '' = any actor; else the event's actor1 or actor2 must be this. */
  actor?: string;
  /** '' = any country; else the event's country must be this. */
  country?: string;
}

export interface ViewResult {
  /** 1 where events[i] is shown. */
  mask: Uint8Array;
  visible: AppEvent[];
  /** Events per type that pass every filter except the type checkboxes (the legend's counts). */
  typeCounts: Map<string, number>;
}

export function evaluateView(events: AppEvent[], f: ViewFilter): ViewResult {
  const types = new Set(f.types);
  const ids = f.ids ? new Set(f.ids) : null;
  const actor = f.actor ?? '';
  const country = f.country ?? '';
  const mask = new Uint8Array(events.length);
  const visible: AppEvent[] = [];
  const typeCounts = new Map<string, number>();
  for (let i = 0; i < events.length; i++) {
    const p = events[i].properties;
    if (p.day_start > f.to || p.day_end < f.from) continue;
    if (ids && !ids.has(p.event_id)) continue;
    if (actor && p.actor1 !== actor && p.actor2 !== actor) continue;
    if (country && p.country !== country) continue;
    typeCounts.set(p.event_type, (typeCounts.get(p.event_type) ?? 0) + 1);
    if (!types.has(p.event_type)) continue;
    mask[i] = 1;
    visible.push(events[i]);
  }
  return { mask, visible, typeCounts };
}

export function visibleEvents(events: AppEvent[], f: ViewFilter): AppEvent[] {
  return evaluateView(events, f).visible;
}

/** Distinct non-empty values, most frequent first (ties by name): the options of the actor and country menus. */
export function rankedValues(events: AppEvent[], pick: (e: AppEvent) => string[]): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const e of events) {
    for (const v of new Set(pick(e))) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}
