/**
 * Test helpers that run the whole pipeline with the real gazetteer: plain articles, and page captures in the seed's
 * shape (title, caption, "Updated" dateline, highlight bullets, body).
 */
import type { Gazetteer } from '../../src/gazetteer/gazetteer.js';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { parseInput } from '../../src/ingest/parse-input.js';
import { runPipeline } from '../../src/pipeline.js';
import type { EventProperties } from '../../src/types.js';
import { testArticle } from './helpers.js';

let gaz: Gazetteer | null = null;
const gazetteer = () => (gaz ??= loadGazetteer());

/** The event properties of one article with this text (and title), published on `published`. */
export const pipelineEvents = (text: string, published: string, title = ''): EventProperties[] =>
  runPipeline([testArticle(text, { published, title })], gazetteer()).events.features.map((f) => f.properties);

/** A page capture in the seed's shape: title, caption, dateline, highlights, then the body. */
export const capture = (title: string, caption: string, date: string, highlights: string[], body: string[]): string =>
  [
    title,
    '',
    caption,
    'Short Url',
    `Updated ${date}`,
    'Follow',
    '',
    title,
    '',
    ...highlights.map((h) => `  • ${h}`),
    '',
    ...body,
  ].join('\n');

/** The event properties of a capture read as a .txt file. */
export const captureEvents = (text: string): EventProperties[] =>
  runPipeline(parseInput(text, 'c.txt'), gazetteer()).events.features.map((f) => f.properties);
