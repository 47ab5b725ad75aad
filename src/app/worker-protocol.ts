/** Messages between the page (add-article.ts) and the pipeline worker (worker.ts). Plain data only. */
import type { ConflictEvent, Issue } from '../types.js';

export interface MapRequest {
  id: number;
  /** What the user sees in messages: the file name, or "pasted text". */
  name: string;
  /** Pasted text (when no bytes). */
  text?: string;
  /** A file's raw bytes, decoded in the worker (UTF-8, no NUL bytes, at most 20 MB). */
  bytes?: ArrayBuffer;
  /** Optional title the user typed (pasted text only). */
  title?: string;
  /** YYYY-MM-DD from the date field, or '' (then every article must carry its own date). */
  published: string;
  /** Absolute URL of the folder holding gazetteer.bin, geometries.json and countries.json (ends in '/'). */
  dataUrl: string;
}

/** One article of a request with the events the pipeline found in it. */
export interface ArticleResult {
  id: string;
  title: string;
  publisher: string;
  published: string;
  url?: string;
  events: ConflictEvent[];
}

export type ErrorCode = 'input' | 'needs-date' | 'failed';

export type WorkerReply =
  | { id: number; type: 'progress'; message: string }
  | { id: number; type: 'done'; articles: ArticleResult[]; issues: Issue[] }
  | { id: number; type: 'error'; code: ErrorCode; message: string };

/** Shown (and checked by the tests) when an article has no date and the date field is empty. */
export const NEEDS_DATE = "Enter the article's publication date";
