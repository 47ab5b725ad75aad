/**
 * The articles the user mapped in this browser: kept in the browser's storage, merged after the loaded events. A
 * storage that cannot be read or written leaves the app working, with the articles kept until a reload, and says so.
 */
import type { AddedSummary } from './add-article.js';
import { combineEvents, type NewArticles, newArticles } from './added-events.js';
import type { AppEvent } from './model.js';
import { ArticleStore, type StoredArticle } from './storage.js';
import type { ArticleResult } from './worker-protocol.js';

export interface Stored {
  n: NewArticles;
  /** Whether an article of the same id was replaced. */
  replaced: boolean;
  /** What to add to the report when storing failed ('' when stored). */
  saved: string;
}

export class UserArticles {
  /** The event ids the added articles contribute to the last combine(). */
  private addedIds = new Set<string>();

  private constructor(
    private readonly store: ArticleStore,
    private list: StoredArticle[],
    /** Why the articles cannot be stored ('' when they can). */
    readonly problem: string,
  ) {}

  static async open(): Promise<UserArticles> {
    const opened = await ArticleStore.open();
    let problem = opened.error ?? '';
    const list = await opened.store.all().catch((e: unknown) => {
      problem = (e as Error).message || String(e);
      return [] as StoredArticle[];
    });
    return new UserArticles(opened.store, list, problem);
  }

  get count(): number {
    return this.list.length;
  }

  /** The loaded events, then the added articles' events not among them. */
  combine(base: AppEvent[]): AppEvent[] {
    const c = combineEvents(base, this.list);
    this.addedIds = c.addedIds;
    return c.events;
  }

  /** Whether this event comes from an added article (as of the last combine()). */
  isAdded(eventId: string): boolean {
    return this.addedIds.has(eventId);
  }

  summaries(): AddedSummary[] {
    return this.list.map((a) => ({
      id: a.id,
      title: a.title,
      published: a.published,
      events: a.events.filter((e) => this.addedIds.has(e.properties.event_id)).length,
    }));
  }

  /** Stores the articles of the worker's results that bring events not on the map (`known`). */
  async add(results: ArticleResult[], known: Set<string>, origin: string, at: string): Promise<Stored> {
    const n = newArticles(results, known, origin, at);
    if (!n.entries.length) return { n, replaced: false, saved: '' };
    let saved = '';
    try {
      await this.store.put(n.entries);
      if (!this.store.persistent) saved = ` They cannot be stored in this browser (${this.problem}).`;
    } catch (e) {
      saved = ` They could not be stored in this browser (${(e as Error).message}) and will be gone after a reload.`;
    }
    const newIds = new Set(n.entries.map((a) => a.id));
    const replaced = this.list.some((a) => newIds.has(a.id));
    this.list = [...this.list.filter((a) => !newIds.has(a.id)), ...n.entries];
    return { n, replaced, saved };
  }

  /** Removes an article; null when it is not there. `problem` says why the storage may bring it back. */
  async remove(id: string): Promise<{ title: string; problem: string } | null> {
    const a = this.list.find((x) => x.id === id);
    if (!a) return null;
    let problem = '';
    try {
      await this.store.delete(id);
    } catch (e) {
      problem = ` It could not be deleted from this browser's storage (${(e as Error).message}) and will be back after a reload.`;
    }
    this.list = this.list.filter((x) => x !== a);
    return { title: a.title, problem };
  }
}
