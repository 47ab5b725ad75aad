// "the Y town of X" and "between X and the village of Y": the settlement phrase says which name is the event's place
// (src/events/where.ts qualifiers and the road between two towns).
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const events = (text: string) => pipelineEvents(text, '2026-01-22', 'Strikes in Lebanon');

describe('the settlement phrase', () => {
  it('codes "the Bekaa Valley town of X" at the town, not the valley', () => {
    const got = events('On Wednesday night, Israeli warplanes struck a depot in the Bekaa Valley town of Nabi Chit.');
    expect(got.map((e) => [e.location, e.geo_precision])).toEqual([['En Nabi Chît', 1]]);
  });

  it('keeps "the town of X in the Y" at the town too', () => {
    const got = events('Israeli warplanes struck a depot in the town of Nabi Chit in the Bekaa Valley on Wednesday.');
    expect(got.map((e) => e.location)).toEqual(['En Nabi Chît']);
  });

  it('reads "on the road between X and the village of Y" as the same strike near X', () => {
    const got = events(
      'An Israeli drone strike on a car near the southern Lebanese city of Nabatieh killed two people on Thursday, ' +
        'the health ministry said. The strike hit the vehicle on the road between Nabatieh and the village of ' +
        'Kfar Roummane, the state news agency reported.',
    );
    expect(got.map((e) => [e.location, e.fatalities])).toEqual([['Nabatieh', 2]]);
  });
});
