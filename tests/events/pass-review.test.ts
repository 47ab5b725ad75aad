// Mends made on review of the eleventh events pass (src/events/where.ts, when.ts; data/taxonomy.json commentary):
// cases its new rules got wrong on older captures.
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const events = (text: string) =>
  pipelineEvents(text, '2025-11-24', 'Report').map((e) => [e.sub_event_type, e.location, e.date_start]);

describe('review of the eleventh pass', () => {
  it('reads a country before a violent event as its attacker, not its place', () => {
    const got = events(
      'US warplanes struck the port of Hodeidah on Saturday, killing six people. The US strikes drew condemnation ' +
        'from the group.',
    );
    expect(got.map((e) => e[1])).toEqual(['Al Ḩudaydah']);
  });

  it('gives no event for strikes that "would continue"', () => {
    const got = events('In Washington, a spokesperson said the US strikes would continue.');
    expect(got).toEqual([]);
  });

  it('does not date "the first strike on the capital since June" to June', () => {
    const got = events(
      "An Israeli strike on a building in Beirut's southern suburbs on Sunday killed five people. It was the first " +
        'strike on the capital since June, the ministry said.',
    );
    expect(got.map((e) => e[2])).toEqual(['2025-11-23']);
  });

  it('reads analysts at a named centre as commentary', () => {
    const got = events(
      'Analysts at the Sanaa Center for Strategic Studies said the strikes on the port were unlikely to deter the group.',
    );
    expect(got).toEqual([]);
  });
});
