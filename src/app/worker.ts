/**
 * The pipeline in a Web Worker: article text or file bytes → parseInput → runPipeline → events, per article.
 * The gazetteer (data/gazetteer/: the index, line/area geometries, country polygons) is fetched on the first request
 * and kept for the worker's lifetime. Nothing here touches the DOM or the network beyond those three same-origin files.
 */
import { decodeIndex } from '../gazetteer/format.js';
import { Gazetteer } from '../gazetteer/gazetteer.js';
import { InputError, isIsoDate } from '../ingest/article.js';
import { decodeText } from '../ingest/decode.js';
import { formatOf, parseInput } from '../ingest/parse-input.js';
import { runPipeline } from '../pipeline.js';
import type { Article, ConflictEvent } from '../types.js';
import { type ArticleResult, type MapRequest, NEEDS_DATE, type WorkerReply } from './worker-protocol.js';

interface WorkerScope {
  onmessage: ((ev: MessageEvent<MapRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
}
const scope = self as unknown as WorkerScope;

class CodedError extends Error {
  constructor(
    readonly code: 'input' | 'needs-date' | 'failed',
    message: string,
  ) {
    super(message);
  }
}

let gazetteer: Promise<Gazetteer> | null = null;

async function fetchOk(url: string): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new CodedError('failed', `Could not load the gazetteer (${url}: ${(e as Error).message}).`);
  }
  if (!res.ok) {
    throw new CodedError(
      'failed',
      `Could not load the gazetteer (${url}: HTTP ${res.status}). Rebuild the app with npm run build.`,
    );
  }
  return res;
}

function loadGazetteer(dataUrl: string): Promise<Gazetteer> {
  if (!gazetteer) {
    gazetteer = (async () => {
      // All three in parallel: the Gazetteer's asset callbacks are synchronous, so the JSON must be here up front.
      const [bin, geometries, countries] = await Promise.all([
        fetchOk(new URL('gazetteer.bin', dataUrl).href).then((r) => r.arrayBuffer()),
        fetchOk(new URL('geometries.json', dataUrl).href).then((r) => r.json()),
        fetchOk(new URL('countries.json', dataUrl).href).then((r) => r.json()),
      ]);
      const { header, cols } = decodeIndex(bin);
      return new Gazetteer(header, cols, { geometries: () => geometries, countries: () => countries });
    })();
    // A failed load is retried on the next request.
    gazetteer.catch(() => {
      gazetteer = null;
    });
  }
  return gazetteer;
}

const oneLine = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);

/** The request's articles; the date field fills in articles that carry no date of their own. */
function articlesOf(req: MapRequest): Article[] {
  const published = isIsoDate(req.published) ? req.published : undefined;
  let articles: Article[];
  if (req.bytes) {
    articles = parseInput(decodeText(new Uint8Array(req.bytes), req.name), req.name, { published });
  } else {
    const text = (req.text ?? '').replace(/^\uFEFF/, '');
    const title = oneLine(req.title);
    if (formatOf('', text) === 'txt') {
      // Plain text: the first line is the title, so a typed title goes in front of the body.
      articles = parseInput(title ? `${title}\n\n${text}` : text, `${req.name}.txt`, { published });
    } else {
      articles = parseInput(text, req.name, { published });
      if (title && articles.length === 1) articles = [{ ...articles[0], title }];
    }
  }
  articles = articles.map((a) =>
    a.published || !published ? a : { ...a, published, published_basis: 'user' as const },
  );
  const undated = articles.filter((a) => !a.published);
  if (undated.length) {
    const which = req.bytes ? ` (${req.name} has no date of its own), then add the file again` : '';
    throw new CodedError('needs-date', `${NEEDS_DATE}${which}.`);
  }
  // Duplicate ids within one input keep the first (as the command line does).
  const seen = new Set<string>();
  return articles.filter((a) => !seen.has(a.id) && seen.add(a.id));
}

async function handle(req: MapRequest): Promise<void> {
  const post = (message: string) => scope.postMessage({ id: req.id, type: 'progress', message });
  post('Reading the article…');
  const articles = articlesOf(req);
  post('Loading gazetteer…');
  const gaz = await loadGazetteer(req.dataUrl);
  post('Finding places…');
  const { events, issues } = runPipeline(articles, gaz, {
    progress: (done, total) => {
      if (total > 1) post(`Finding places… ${done}/${total}`);
    },
  });
  const byArticle = new Map<string, ConflictEvent[]>();
  for (const e of events.features) {
    const list = byArticle.get(e.properties.article_id) ?? [];
    list.push(e);
    byArticle.set(e.properties.article_id, list);
  }
  const results: ArticleResult[] = articles.map((a) => ({
    id: a.id,
    title: a.title,
    publisher: a.publisher,
    published: a.published,
    ...(a.url ? { url: a.url } : {}),
    events: byArticle.get(a.id) ?? [],
  }));
  scope.postMessage({ id: req.id, type: 'done', articles: results, issues: issues.slice(0, 100) });
}

scope.onmessage = (ev) => {
  const req = ev.data;
  handle(req).catch((err: unknown) => {
    const code = err instanceof CodedError ? err.code : err instanceof InputError ? 'input' : 'failed';
    const raw = err instanceof Error ? err.message : String(err);
    const message = code === 'failed' && !(err instanceof CodedError) ? `Could not map the article: ${raw}` : raw;
    scope.postMessage({ id: req.id, type: 'error', code, message: oneLine(message) });
  });
};
