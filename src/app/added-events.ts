/**
 * Articles the user mapped in the browser, as events: merging them after the loaded events, keeping only the events
 * not on the map yet, and the one-line report of what was mapped.
 */
import type { ConflictEvent } from '../types.js';
import { quoteTitle } from './add-article.js';
import { type AppEvent, normalizeEvent } from './model.js';
import type { StoredArticle } from './storage.js';
import type { ArticleResult } from './worker-protocol.js';

/** The pristine events: the loaded ones, then each added article's (events already shown are skipped). */
export function combineEvents(base: AppEvent[], added: StoredArticle[]): { events: AppEvent[]; addedIds: Set<string> } {
  const events = [...base];
  const seen = new Set(base.map((e) => e.properties.event_id));
  const addedIds = new Set<string>();
  for (const a of added) {
    for (const raw of a.events) {
      const e = normalizeEvent(raw, events.length);
      if (!e || seen.has(e.properties.event_id)) continue;
      seen.add(e.properties.event_id);
      addedIds.add(e.properties.event_id);
      events.push(e);
    }
  }
  return { events, addedIds };
}

export interface NewArticles {
  /** Articles with at least one event not on the map, holding just those events. */
  entries: StoredArticle[];
  fresh: ConflictEvent[];
  /** Events that were on the map already. */
  already: number;
  /** Articles in which no event was found. */
  empty: number;
  /** "“Title”" or "N articles in “file”". */
  what: string;
}

export function newArticles(results: ArticleResult[], known: Set<string>, origin: string, at: string): NewArticles {
  const seen = new Set(known);
  const fresh: ConflictEvent[] = [];
  const entries: StoredArticle[] = [];
  let already = 0;
  for (const r of results) {
    const events = r.events.filter((e) => !seen.has(e.properties.event_id));
    already += r.events.length - events.length;
    if (!events.length) continue;
    for (const e of events) seen.add(e.properties.event_id);
    fresh.push(...events);
    entries.push({ ...r, events, origin, added_at: at });
  }
  const what =
    results.length === 1 ? quoteTitle(results[0].title) : `${results.length} articles in ${quoteTitle(origin)}`;
  return { entries, fresh, already, empty: results.filter((r) => r.events.length === 0).length, what };
}

/** The status line after mapping: what was mapped, and what was not and why. */
export function mappedMessage(
  n: NewArticles,
  articles: number,
  replaced: boolean,
  hidden: number,
  saved: string,
): string {
  if (!n.entries.length) {
    return n.already
      ? `The events of ${n.what} are already on the map.`
      : `No events found in ${n.what}: no conflict events at places the gazetteer knows.`;
  }
  const count = n.fresh.length;
  return (
    `Mapped ${count} event${count === 1 ? '' : 's'} from ${n.what}.` +
    (replaced ? ' It replaces the earlier copy.' : '') +
    (n.empty && articles > 1 ? ` ${n.empty} article(s) had no events.` : '') +
    (n.already ? ` ${n.already} already on the map.` : '') +
    (hidden ? ` ${hidden} hidden by the filters.` : '') +
    saved
  );
}
