/**
 * References back that tell no event of their own (twelfth session): "The fighting began on July 13 when …" recalls the
 * start of the fighting the article is about. It is no reference to an air strike told next, and alone, with no place
 * and no toll, it is no event. Invented sentences, the real pipeline.
 */
import { describe, expect, test } from 'vitest';
import type { EventProperties } from '../../src/types.js';
import { pipelineEvents } from './pipeline-helpers.js';

const line = (e: EventProperties) => `${e.sub_event_type} @ ${e.location} ${e.date_start}..${e.date_end}`;

describe('"the fighting" recalled (group.ts, build-event.ts)', () => {
  test('does not give its day to an air strike dated "last week"', () => {
    const evs = pipelineEvents(
      'The fighting began on March 3 when a Druze farmer was kidnapped on the highway to Hama. Israel carried out strikes on the army headquarters in Homs last week, saying it was protecting the Druze.',
      '2026-03-11',
    );
    expect(evs.map(line)).toEqual(['Air/drone strike @ Homs 2026-03-02..2026-03-08']);
  });
  test('alone, with no place of its own and no toll, is no event', () => {
    const evs = pipelineEvents(
      'The fighting began on March 3 when a Druze farmer was kidnapped on the highway to Hama. Israel said it would protect the Druze.',
      '2026-03-11',
    );
    expect(evs).toEqual([]);
  });
  test('a reference with a toll still tells an event', () => {
    const evs = pipelineEvents('The fighting on March 3 killed seven people in Homs, residents said.', '2026-03-11');
    expect(evs.map((e) => `${e.sub_event_type} ${e.fatalities}`)).toEqual(['Armed clash 7']);
  });
});
