/** The whole pipeline for a set of articles: geoparse → events → merged duplicates. Pure given the gazetteer. */
import { detectEvents } from './events/detect-events.js';
import { mergeEvents } from './events/merge-events.js';
import type { Gazetteer } from './gazetteer/gazetteer.js';
import { type GeoparseOptions, geoparse } from './geoparse.js';
import type { Article, ConflictEvent, Issue, PipelineResult } from './types.js';

export interface PipelineOptions extends GeoparseOptions {
  /** Merge reports of the same event across articles. @defaultValue true */
  merge?: boolean;
  /** Called after each article with (done, total). */
  progress?: (done: number, total: number) => void;
}

export function runPipeline(articles: Article[], gaz: Gazetteer, options: PipelineOptions = {}): PipelineResult {
  const events: ConflictEvent[] = [];
  const issues: Issue[] = [];
  const geo = {
    geometry: (id: number) => gaz.geometry(id),
    countryArea: (iso2: string) => gaz.countryArea(iso2),
    countryAt: (lon: number, lat: number) => gaz.countryAt(lon, lat),
  };
  articles.forEach((article, i) => {
    if (!article.published) {
      issues.push({
        articleId: article.id,
        severity: 'warning',
        message: 'no publication date: relative dates cannot be resolved; pass --published YYYY-MM-DD',
      });
    }
    const mentions = geoparse(article.text, gaz, options);
    const r = detectEvents(article, mentions, { geo });
    events.push(...r.events.features);
    issues.push(...r.issues);
    if (!mentions.some((m) => m.place))
      issues.push({ articleId: article.id, severity: 'info', message: 'no places found in the article' });
    options.progress?.(i + 1, articles.length);
  });
  const merged = options.merge === false ? events : mergeEvents(events);
  return { events: { type: 'FeatureCollection', features: merged }, issues };
}
