// Worker for tests/fuzz/regex-safety.test.ts: runs every text-scanning step of the pipeline on one adversarial input,
// reporting the start and end of each step so the test can terminate the worker when a step never returns
// (a synchronous hang, e.g. catastrophic regex backtracking, cannot be interrupted from inside the thread).
import { parentPort, workerData } from 'node:worker_threads';

/** @type {{ root: string, text: string, from: number }} root: file URL of the compiled sources (…/src/ inside). */
const { root, text, from } = workerData;
const load = (p) => import(new URL(`src/${p}.js`, root).href);

const [
  decode,
  parse,
  article,
  capture,
  html,
  tokenize,
  recognize,
  geoparse,
  sentences,
  taxonomy,
  fatalities,
  actors,
  dates,
  pipeline,
  formats,
  gazetteer,
] = await Promise.all(
  [
    'ingest/decode',
    'ingest/parse-input',
    'ingest/article',
    'ingest/capture-text',
    'ingest/html-text',
    'toponyms/tokenize',
    'toponyms/recognize',
    'geoparse',
    'events/sentences',
    'events/taxonomy',
    'events/fatalities',
    'events/actors',
    'dates/resolve-date',
    'pipeline',
    'export/formats',
    'gazetteer/load',
  ].map(load),
);

const gaz = () => gazetteer.loadGazetteer();
const PUBLISHED = '2025-12-03';
const opts = { published: PUBLISHED };
const wrap = {
  html: `<html><head><title>t</title></head><body><article><p>${text}</p></article></body></html>`,
  rss: `<rss><channel><title>c</title><item><title>t</title><description>${text}</description></item></channel></rss>`,
  json: JSON.stringify({ title: 't', published: PUBLISHED, text }),
};

/** [name, run, InputError allowed]. */
const STEPS = [
  ['ingest/decodeText', () => decode.decodeText(new TextEncoder().encode(text), 'in.txt'), true],
  ['ingest/parseInput .txt', () => parse.parseInput(text, 'in.txt', opts), true],
  ['ingest/parseInput no extension', () => parse.parseInput(text, 'stdin', opts), true],
  ['ingest/parseInput .html (wrapped)', () => parse.parseInput(wrap.html, 'in.html', opts), true],
  ['ingest/parseInput .rss (wrapped)', () => parse.parseInput(wrap.rss, 'in.rss', opts), true],
  ['ingest/parseInput .json (wrapped)', () => parse.parseInput(wrap.json, 'in.json', opts), true],
  ['ingest/parseInput .html (raw)', () => parse.parseInput(text, 'raw.html', opts), true],
  ['ingest/parseInput .rss (raw)', () => parse.parseInput(text, 'raw.rss', opts), true],
  ['ingest/parseInput .json (raw)', () => parse.parseInput(text, 'raw.json', opts), true],
  ['ingest/splitCapture', () => capture.splitCapture(text, opts), false],
  ['ingest/htmlToText', () => html.htmlToText(text), false],
  ['ingest/decodeEntities', () => html.decodeEntities(text), false],
  ['ingest/metaContent', () => html.metaContent(text, ['og:title', 'date']), false],
  ['ingest/tagText', () => html.tagText(text, 'title'), false],
  ['ingest/parseAbsoluteDate', () => article.parseAbsoluteDate(text), false],
  ['ingest/slug', () => article.slug(text), false],
  ['ingest/makeArticle', () => article.makeArticle({ text }), false],
  ['toponyms/tokenize', () => tokenize.tokenize(text), false],
  ['toponyms/recognize', () => recognize.recognize(text, gaz()), false],
  ['geoparse', () => geoparse.geoparse(text, gaz()), false],
  ['events/splitSentences', () => sentences.splitSentences(text), false],
  ['events/maskQuotes', () => sentences.maskQuotes(text), false],
  [
    'events/splitClauses',
    () => sentences.splitClauses({ start: 0, end: text.length, text }, taxonomy.startsEvent, taxonomy.hasTrigger),
    false,
  ],
  ['events/findTriggers', () => taxonomy.findTriggers(text), false],
  ['events/classify', () => taxonomy.classify(text), false],
  ['events/countFatalities', () => fatalities.countFatalities(text), false],
  ['events/findActors', () => actors.findActors(text, 'LB'), false],
  ['dates/resolveDate', () => dates.resolveDate(text, PUBLISHED), false],
  [
    'runPipeline + every export',
    () => {
      let articles;
      try {
        articles = parse.parseInput(text, 'in.txt', opts);
      } catch (e) {
        if (e?.constructor?.name === 'InputError') return;
        throw e;
      }
      const { events } = pipeline.runPipeline(articles, gaz());
      for (const f of formats.FORMATS) formats.exportAs(events, f);
    },
    false,
  ],
];

for (let i = from; i < STEPS.length; i++) {
  const [name, run, inputErrorOk] = STEPS[i];
  parentPort.postMessage({ type: 'start', index: i, name });
  let error = null;
  try {
    run();
  } catch (e) {
    if (!(inputErrorOk && e?.constructor?.name === 'InputError')) {
      const stack = String(e?.stack ?? '')
        .split('\n')
        .slice(1, 4)
        .map((l) => l.trim())
        .join(' | ');
      error = `${e?.name ?? 'Error'}: ${String(e?.message ?? e).slice(0, 200)} ${stack}`;
    }
  }
  parentPort.postMessage({ type: 'end', index: i, name, error });
}
parentPort.postMessage({ type: 'done', steps: STEPS.length });
