// Regression floors on the development corpora (read from ../shared/eval/dev; skipped with a message when absent).
// The floors sit a little under the measured numbers in docs/accuracy.md, so a change that loses accuracy fails here.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCorpus, toDoc } from '../../src/cli/eval-command.js';
import { geoparseMetrics } from '../../src/eval/geoparse-metrics.js';
import { populationBaseline } from '../../src/eval/population-baseline.js';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { resolveMentions } from '../../src/resolve/resolve.js';
import { recognize } from '../../src/toponyms/recognize.js';

const DEV = process.env.GEOEVENTS_EVAL_DIR ?? '../shared/eval/dev';
const FLOORS: Record<string, { f1: number; found: number; e2e: number }> = {
  'tr-news': { f1: 0.88, found: 0.81, e2e: 0.78 },
  geovirus: { f1: 0.85, found: 0.83, e2e: 0.79 },
};

for (const [name, floor] of Object.entries(FLOORS)) {
  const path = `${DEV}/${name}.jsonl`;
  const present = existsSync(path);
  if (!present) console.warn(`skipping ${name}: ${path} not found (set GEOEVENTS_EVAL_DIR to the eval/dev folder)`);
  describe.skipIf(!present)(`geoparser on ${name}`, () => {
    it('stays above its accuracy floor and ahead of the population baseline', () => {
      const gaz = loadGazetteer();
      const ours = [];
      const base = [];
      for (const d of readCorpus(path)) {
        const mentions = recognize(d.text, gaz);
        ours.push(toDoc(d.toponyms, resolveMentions(mentions, gaz)));
        base.push(toDoc(d.toponyms, populationBaseline(mentions, gaz)));
      }
      const m = geoparseMetrics(ours);
      const b = geoparseMetrics(base);
      expect(m.f1).toBeGreaterThanOrEqual(floor.f1);
      expect(m.acc161_found).toBeGreaterThanOrEqual(floor.found);
      expect(m.acc161_end_to_end).toBeGreaterThanOrEqual(floor.e2e);
      expect(m.acc161_end_to_end).toBeGreaterThan(b.acc161_end_to_end);
    });
  });
}
