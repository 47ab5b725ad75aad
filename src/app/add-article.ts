/**
 * "Add an article": pasted text (with an optional title and the publication date) or dropped/chosen files go to the
 * pipeline worker; the results are handed to the app (main.ts), which maps and stores them. Progress and errors are
 * one line in the section's role=status region. Article text and titles only ever reach the page as text nodes.
 */
import { MAX_INPUT_BYTES } from '../ingest/decode.js';
import { byId, el } from './dom.js';
import { appBase } from './style.js';
import { type ArticleResult, type MapRequest, NEEDS_DATE, type WorkerReply } from './worker-protocol.js';

/** What the app does with mapped articles; each returns the line to show. */
export interface AddArticleHooks {
  add(results: ArticleResult[], origin: string): Promise<string>;
  remove(id: string): Promise<string>;
}

/** One line of the "Your articles" list. */
export interface AddedSummary {
  id: string;
  title: string;
  published: string;
  events: number;
}

const ARTICLE_FILE = /\.(txt|text|md|json|jsonl|ndjson|html?|rss|xml|atom)$/i;

type Job = { kind: 'text' } | { kind: 'file'; file: File };

class MapFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Short, quoted title for status lines. */
export function quoteTitle(title: string): string {
  const t = title.replace(/\s+/g, ' ').trim() || 'untitled article';
  return `“${t.length > 80 ? `${t.slice(0, 79)}…` : t}”`;
}

/** Pasted text that is not JSON or HTML is plain text: it has no date of its own, so the date field is required. */
function looksPlain(text: string): boolean {
  return !/^\s*[[{<]/.test(text);
}

function readBytes(file: File): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(new MapFailure('input', `${file.name}: cannot read the file.`));
    reader.readAsArrayBuffer(file);
  });
}

export class AddArticlePanel {
  private readonly form = byId<HTMLFormElement>('add-form');
  private readonly text = byId<HTMLTextAreaElement>('article-text');
  private readonly title = byId<HTMLInputElement>('article-title');
  private readonly date = byId<HTMLInputElement>('article-date');
  private readonly submit = byId<HTMLButtonElement>('map-article');
  private readonly fileInput = byId<HTMLInputElement>('article-file');
  private readonly drop = byId<HTMLElement>('add-article');
  private readonly status = byId<HTMLElement>('add-status');
  private readonly list = byId<HTMLUListElement>('added-list');
  private readonly listBlock = byId<HTMLElement>('added');
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (r: ArticleResult[]) => void; reject: (e: Error) => void; progress: (m: string) => void }
  >();
  private queue: Promise<void> = Promise.resolve();
  private busy = 0;

  constructor(private readonly hooks: AddArticleHooks) {
    this.list.setAttribute('role', 'list');
    this.form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      this.enqueue({ kind: 'text' });
    });
    this.date.addEventListener('input', () => {
      if (this.date.value) this.date.removeAttribute('aria-invalid');
    });
    this.fileInput.addEventListener('change', () => {
      const files = [...(this.fileInput.files ?? [])];
      this.fileInput.value = '';
      for (const file of files) this.enqueue({ kind: 'file', file });
    });
    // A file dropped anywhere else must not make the browser navigate away from the app.
    for (const type of ['dragover', 'drop'] as const) window.addEventListener(type, (ev) => ev.preventDefault());
    this.drop.addEventListener('dragover', (ev) => {
      ev.preventDefault();
      if (ev.dataTransfer) ev.dataTransfer.dropEffect = 'copy';
      this.drop.classList.add('dragging');
    });
    this.drop.addEventListener('dragleave', (ev) => {
      if (!this.drop.contains(ev.relatedTarget as Node | null)) this.drop.classList.remove('dragging');
    });
    this.drop.addEventListener('drop', (ev) => {
      ev.preventDefault();
      this.drop.classList.remove('dragging');
      const files = [...(ev.dataTransfer?.files ?? [])];
      if (!files.length) {
        this.say('Drop a .txt, .json or .html file.', 'error');
        return;
      }
      for (const file of files) this.enqueue({ kind: 'file', file });
    });
  }

  /** Replaces the "Your articles" list. */
  renderList(articles: AddedSummary[]): void {
    this.listBlock.hidden = articles.length === 0;
    this.list.replaceChildren(
      ...articles.map((a) => {
        const remove = el('button', {
          class: 'remove',
          text: 'Remove',
          attrs: { type: 'button', 'aria-label': `Remove ${quoteTitle(a.title)}`, 'data-article-id': a.id },
        });
        remove.addEventListener('click', () => this.onRemove(a.id));
        return el('li', { attrs: { role: 'listitem' } }, [
          el('span', { class: 'added-main' }, [
            el('span', { class: 'added-title', text: a.title || 'Untitled article' }),
            el('span', {
              class: 'added-meta',
              text: `${a.published} · ${a.events} event${a.events === 1 ? '' : 's'}`,
            }),
          ]),
          remove,
        ]);
      }),
    );
  }

  /** One line in the status region. */
  say(message: string, kind: 'info' | 'busy' | 'error' = 'info'): void {
    this.status.textContent = message.replace(/\s+/g, ' ').trim();
    this.status.dataset.kind = kind;
  }

  private onRemove(id: string): void {
    const buttons = [...this.list.querySelectorAll<HTMLButtonElement>('button.remove')];
    const i = buttons.findIndex((b) => b.dataset.articleId === id);
    this.queue = this.queue.then(async () => {
      try {
        this.say(await this.hooks.remove(id));
      } catch (e) {
        this.say((e as Error).message, 'error');
      }
      // Keep the keyboard where it was: the next Remove button, else the previous one, else the text box.
      const left = [...this.list.querySelectorAll<HTMLButtonElement>('button.remove')];
      (left[Math.min(Math.max(i, 0), left.length - 1)] ?? this.text).focus();
    });
  }

  private enqueue(job: Job): void {
    this.say(job.kind === 'file' ? `Waiting to read ${job.file.name}…` : 'Mapping the article…', 'busy');
    this.busy++;
    this.submit.disabled = true;
    this.form.setAttribute('aria-busy', 'true');
    this.queue = this.queue.then(async () => {
      try {
        await this.run(job);
      } finally {
        if (--this.busy === 0) {
          this.submit.disabled = false;
          this.form.removeAttribute('aria-busy');
        }
      }
    });
  }

  private async run(job: Job): Promise<void> {
    try {
      const published = this.date.value;
      let req: Omit<MapRequest, 'id' | 'dataUrl'>;
      let origin: string;
      if (job.kind === 'text') {
        const text = this.text.value;
        if (!text.trim()) {
          this.text.focus();
          throw new MapFailure('input', 'Paste the article text first.');
        }
        if (!published && looksPlain(text)) throw new MapFailure('needs-date', `${NEEDS_DATE}.`);
        origin = 'pasted text';
        req = { name: origin, text, title: this.title.value, published };
      } else {
        const { file } = job;
        origin = file.name;
        if (!ARTICLE_FILE.test(file.name)) {
          throw new MapFailure('input', `${file.name}: not an article file; use a .txt, .json or .html file.`);
        }
        if (file.size > MAX_INPUT_BYTES) {
          throw new MapFailure(
            'input',
            `${file.name}: ${(file.size / 1048576).toFixed(1)} MB is over the ${MAX_INPUT_BYTES / 1048576} MB limit for one input; split it into articles.`,
          );
        }
        this.say(`Reading ${file.name}…`, 'busy');
        req = { name: file.name, bytes: await readBytes(file), published };
      }
      const results = await this.request(req);
      const message = await this.hooks.add(results, origin);
      this.say(message);
      if (job.kind === 'text' && results.some((r) => r.events.length)) {
        this.text.value = '';
        this.title.value = '';
      }
    } catch (e) {
      const err = e as Error;
      if (err instanceof MapFailure && err.code === 'needs-date') {
        this.date.setAttribute('aria-invalid', 'true');
        this.date.focus();
      }
      this.say(err.message || String(err), 'error');
    }
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'geoevents-pipeline' });
    worker.onmessage = (ev: MessageEvent<WorkerReply>) => {
      const msg = ev.data;
      const p = this.pending.get(msg.id);
      if (!p) return;
      if (msg.type === 'progress') p.progress(msg.message);
      else {
        this.pending.delete(msg.id);
        if (msg.type === 'done') p.resolve(msg.articles);
        else p.reject(new MapFailure(msg.code, msg.message));
      }
    };
    worker.onerror = (ev) => {
      ev.preventDefault();
      this.failAll(`The article worker failed: ${ev.message || 'it could not start'}`);
    };
    worker.onmessageerror = () => this.failAll('The article worker sent a message that could not be read.');
    this.worker = worker;
    return worker;
  }

  private failAll(message: string): void {
    this.worker?.terminate();
    this.worker = null;
    for (const p of this.pending.values()) p.reject(new MapFailure('failed', message));
    this.pending.clear();
  }

  private request(req: Omit<MapRequest, 'id' | 'dataUrl'>): Promise<ArticleResult[]> {
    const id = this.nextId++;
    const full: MapRequest = { ...req, id, dataUrl: new URL('data/gazetteer/', appBase(window.location.href)).href };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, progress: (m) => this.say(m, 'busy') });
      try {
        this.ensureWorker().postMessage(full, full.bytes ? [full.bytes] : []);
      } catch (e) {
        this.pending.delete(id);
        reject(new MapFailure('failed', `Could not start the article worker: ${(e as Error).message}`));
      }
    });
  }
}
