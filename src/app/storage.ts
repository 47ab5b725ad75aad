/**
 * Articles the user mapped in the browser, with their pipeline events, kept in IndexedDB (database "geoevents",
 * store "articles", keyed by article id). IndexedDB, not localStorage: the events can be large (area polygons) and must
 * not eat the localStorage quota that the corrections live in. When IndexedDB is unavailable the articles are kept in
 * memory for the session and `persistent` is false.
 */
import type { ConflictEvent } from '../types.js';

export interface StoredArticle {
  id: string;
  title: string;
  publisher: string;
  published: string;
  url?: string;
  /** Where it came from: a file name or "pasted text". */
  origin: string;
  /** When it was added (ISO timestamp, browser clock): orders the list. */
  added_at: string;
  events: ConflictEvent[];
}

const DB_NAME = 'geoevents';
const DB_VERSION = 1;
const STORE = 'articles';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Checks a record read back from storage (it may come from an older or tampered version). */
export function validStored(v: unknown): StoredArticle | null {
  if (!isRecord(v) || typeof v.id !== 'string' || !v.id || !Array.isArray(v.events)) return null;
  const s = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');
  return {
    id: v.id,
    title: s('title'),
    publisher: s('publisher'),
    published: s('published'),
    ...(s('url') ? { url: s('url') } : {}),
    origin: s('origin'),
    added_at: s('added_at'),
    events: v.events as ConflictEvent[],
  };
}

function promised<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
}

export class ArticleStore {
  private readonly memory = new Map<string, StoredArticle>();

  private constructor(private readonly db: IDBDatabase | null) {}

  /** True when the articles survive a reload. */
  get persistent(): boolean {
    return this.db !== null;
  }

  /** Opens the database; never throws (falls back to memory, with the reason). */
  static async open(): Promise<{ store: ArticleStore; error?: string }> {
    try {
      if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
      const req = indexedDB.open(DB_NAME, DB_VERSION);
      req.onupgradeneeded = () => {
        if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: 'id' });
      };
      const db = await promised(req);
      return { store: new ArticleStore(db) };
    } catch (e) {
      return { store: new ArticleStore(null), error: (e as Error).message || 'IndexedDB is not available' };
    }
  }

  /** Every stored article, oldest first; records that do not check out are skipped. */
  async all(): Promise<StoredArticle[]> {
    const rows = this.db
      ? await promised(this.db.transaction(STORE, 'readonly').objectStore(STORE).getAll())
      : [...this.memory.values()];
    return rows
      .map(validStored)
      .filter((a): a is StoredArticle => a !== null)
      .sort((a, b) => a.added_at.localeCompare(b.added_at) || a.id.localeCompare(b.id));
  }

  /** Writes the articles in one transaction (all or none); same id replaces. */
  async put(articles: StoredArticle[]): Promise<void> {
    if (!this.db) {
      for (const a of articles) this.memory.set(a.id, a);
      return;
    }
    const tx = this.db.transaction(STORE, 'readwrite');
    const os = tx.objectStore(STORE);
    for (const a of articles) os.put(a);
    await done(tx);
  }

  async delete(id: string): Promise<void> {
    if (!this.db) {
      this.memory.delete(id);
      return;
    }
    const tx = this.db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).delete(id);
    await done(tx);
  }
}
