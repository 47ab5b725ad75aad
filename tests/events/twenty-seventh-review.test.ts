// Events twenty-seventh review (issue #5): the known leftovers of the eighteenth session and the twenty-sixth
// review, each told in invented sentences (docs/taxonomy.md, "Twenty-seventh review").
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const run = (text: string, published = '2025-10-20') => pipelineEvents(text, published);

describe('two towns of one strike are two events (listed-places.ts)', () => {
  it('"Israeli strikes hit Yohmor and Arnoun": one event at each village, 2 km apart', () => {
    const got = run('Israeli strikes hit the villages of Yohmor and Arnoun in southern Lebanon on Sunday.');
    expect(got.map((e) => [e.location, e.geo_precision]).sort()).toEqual([
      ['Arnoun', 1],
      ['Yohmor', 1],
    ]);
  });

  it('"a car between Arnoun and Yohmor" is one scene', () => {
    const got = run('An Israeli drone strike hit a car between Arnoun and Yohmor on Sunday.');
    expect(got).toHaveLength(1);
  });
});

describe('strikes told as part of the operation before are no new event (support-strike.ts)', () => {
  const raid =
    'Iraqi forces killed three Islamic State militants in a raid on a hideout near Kirkuk on Saturday, the military said.';

  it('"The coalition then carried out air strikes on the area": one event, the raid', () => {
    const got = run(`${raid} The coalition then carried out air strikes on the area.`);
    expect(got.map((e) => [e.sub_event_type, e.location, e.fatalities])).toEqual([['Armed clash', 'Kirkuk', 3]]);
  });

  it('"air strikes in support of the raid" too', () => {
    const got = run(`${raid} Coalition aircraft carried out air strikes in support of the raid.`);
    expect(got).toHaveLength(1);
  });

  it('strikes on a named town of their own stay an event', () => {
    const got = run(`${raid} Coalition air strikes then hit Hawija on Sunday, killing two militants.`);
    expect(got.map((e) => e.sub_event_type).sort()).toEqual(['Air/drone strike', 'Armed clash']);
  });
});
