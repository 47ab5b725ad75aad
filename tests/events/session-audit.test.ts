/**
 * Defects found by an audit of the twenty-third session's code (place tolls, raid arrests, the home part of a country,
 * passive targets). Invented sentences; the real pipeline, since the rules need the gazetteer.
 */
import { describe, expect, test } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const one = (s: string, day = '2026-03-12') => pipelineEvents(s, day);
const tollAt = (evs: { location: string; fatalities: number }[], n: string) =>
  evs.find((e) => e.location.includes(n))?.fatalities;

describe('a count of the wounded or arrested is no place toll (place-tolls.ts)', () => {
  test('"killing four people in X and wounding nine in Y": Y does not get nine dead', () => {
    const evs = one(
      'Russian missiles hit Ukraine overnight, killing four people in Zaporizhzhia and wounding nine in Sumy, officials said on Thursday.',
    );
    expect([tollAt(evs, 'Zaporizh'), tollAt(evs, 'Sumy')]).toEqual([4, 0]);
  });
});
