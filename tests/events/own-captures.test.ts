/**
 * Rules found on the seventh session's own page captures (Ukraine, Congo, Haiti, Myanmar, Pakistan, Sahel), checked
 * through the whole pipeline with the real gazetteer.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { runPipeline } from '../../src/pipeline.js';
import type { EventProperties } from '../../src/types.js';
import { testArticle } from './helpers.js';

const gaz = loadGazetteer();
const eventsOf = (text: string, published = '2025-08-14'): EventProperties[] =>
  runPipeline([testArticle(text, { published })], gaz).events.features.map((f) => f.properties);

describe('own page captures', () => {
  it('"in the North X district" is the district, not "in the north" of the country', () => {
    const [e, ...rest] = eventsOf(
      'PESHAWAR: Pakistani security forces killed eight militants in a raid on a hideout in the North Waziristan district near the Afghan border, the military said on Thursday.',
    );
    expect(rest).toEqual([]);
    expect(e.location).toBe('North Wazīristān District');
  });
});
