/**
 * "A Sudanese army drone struck a fuel depot in RSF-held Nyala", "… struck a fuel depot at Nyala airport. The RSF,
 * which controls Nyala, did not comment.": a state force's strike or attack on a place the report says an armed group
 * holds, with no target of its own (no victims named, no second side), is aimed at that group, and ACLED codes the
 * group as actor2. Only the event's own sentence ("X-held / X-controlled <place>") and the next sentence of its
 * paragraph ("X, which controls / holds <place>", the place written in the event's sentence) are read; only a named
 * non-state group of the dictionary counts, never a state or a generic word.
 */
import type { ConflictEvent } from '../types.js';
import { findActors } from './actors.js';
import { STATE_NAME } from './targets.js';

const HELD = /\b([A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,3})-(?:held|controlled|occupied|run)\s+([A-Z][\w'’-]+)/g;
const CONTROLS =
  /^\W*(?:The\s+)?(?:[a-z]+\s+)?([A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,4})(?:\s+\([A-Z][\w-]*\))?,\s+which\s+(?:controls|holds|has\s+(?:controlled|held))\s+([A-Z][\w'’-]+)/;
const STRIKES = new Set(['Explosions/Remote violence', 'Battles']);

/** The named non-state group in `words`, or null. */
function group(words: string, iso: string): string | null {
  const hit = findActors(words, iso).find((h) => !h.generic && !STATE_NAME.test(h.name));
  return hit ? hit.name : null;
}

/** Give each one-sided state strike on a place an armed group holds that group as actor2, in place. */
export function applyHeldPlaceTargets(events: ConflictEvent[], text: string): void {
  for (const e of events) {
    const p = e.properties;
    if (!STRIKES.has(p.event_type) || p.actor2 || !STATE_NAME.test(p.actor1) || !p.iso) continue;
    const told = p.evidence.text;
    let holder: string | null = null;
    for (const m of told.matchAll(HELD)) holder ??= group(m[1], p.iso);
    if (!holder) {
      const rest = text.slice(p.evidence.end, p.evidence.end + 300);
      const next = rest.split(/\n\s*\n/)[0];
      const m = CONTROLS.exec(next);
      if (m && new RegExp(`\\b${m[2].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(told))
        holder = group(m[1], p.iso);
    }
    if (holder && holder !== p.actor1) p.actor2 = holder;
  }
}
