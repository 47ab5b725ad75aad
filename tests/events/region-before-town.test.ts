// A named region listed before a town it does not hold ("clashes in the Eastern Ghouta and … in Hama") is one more
// place of the event, as one listed after the towns already was (src/events/where.ts, listedBeside).
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const places = (text: string) => pipelineEvents(text, '2024-05-14').map((e) => e.location);

describe('a region listed before a town', () => {
  it('keeps the region as a place of its own when it does not hold the town', () => {
    const got = places('Heavy fighting raged in the Eastern Ghouta and around the city of Hama on Monday.');
    expect(got).toContain('Eastern Ghouta');
    expect(got).toContain('Ḩamāh');
  });

  it('still codes a town inside the region at the town only', () => {
    const got = places('Government jets bombed Douma in the Eastern Ghouta on Monday, residents said.');
    expect(got).toEqual(['Dūmā']);
  });
});
