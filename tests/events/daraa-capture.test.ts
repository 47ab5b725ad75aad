// Rules found on an invented Daraa countryside capture: "the town's" after "Tafas in the western Daraa countryside"
// (implicit-places.ts), gunmen as victims (data/taxonomy.json), groups "involved in kidnappings" (guard reference),
// a hyphenated road name (context.ts) and a settlement phrase after a cue (cue-walk.ts).
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const events = (text: string) =>
  pipelineEvents(text, '2026-04-08', 'Clashes in Daraa').map((e) => [
    e.sub_event_type,
    e.location,
    e.geo_precision,
    e.fatalities,
  ]);

describe('a Daraa countryside capture', () => {
  it('keeps the clash and its detail as one event in the town, not in the province named to locate it', () => {
    const got = events(
      'Three people were killed on Tuesday in clashes between security forces and local gunmen in the town of Tafas ' +
        'in the western Daraa countryside, a monitor said. A member of the security forces and two gunmen were ' +
        "killed when a security patrol came under fire near the town's main square, the monitor said.",
    );
    expect(got).toEqual([['Armed clash', 'Ţafas', 1, 3]]);
  });

  it('gives no event for the kidnappings a group is said to be involved in', () => {
    const got = events(
      'The ministry said its forces were pursuing members of outlaw groups involved in kidnappings and smuggling.',
    );
    expect(got).toEqual([]);
  });

  it('places a strike on a road named after two towns near the town written after it', () => {
    const got = events(
      'An Israeli drone struck a vehicle on the Quneitra-Damascus road near the town of Khan Arnabah on Tuesday.',
    );
    expect(got).toEqual([['Air/drone strike', 'Khān Arnabah', 2, 0]]);
  });
});
