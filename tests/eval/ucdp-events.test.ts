// Regression floor for event placement and dating on UCDP GED 2016 headlines (../shared/eval/dev; skipped when absent).
// Measured share: see docs/accuracy.md; the floor sits a little under it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DEV = process.env.GEOEVENTS_EVAL_DIR ?? '../shared/eval/dev';
const path = `${DEV}/ucdp-ged-2016.jsonl`;
const present = existsSync(path);
if (!present) console.warn(`skipping UCDP events: ${path} not found (set GEOEVENTS_EVAL_DIR to the eval/dev folder)`);

describe.skipIf(!present)('events on UCDP GED headlines', () => {
  it('places and dates at least 62% of the qualifying headlines within 25 km', () => {
    const r = spawnSync(process.execPath, ['bin/geoevents.js', 'eval-events', path], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.considered).toBeGreaterThan(300);
    expect(result.share).toBeGreaterThanOrEqual(0.62);
  });
});
