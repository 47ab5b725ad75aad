// Rules from an invented Yemen wire story (thirteenth session): a relative aside's date is not the event's
// (src/events/relative-asides.ts), a port named after its sea is the town (src/events/where.ts SETTING_GAP), and the
// places of a purpose clause are not where the act happened (src/events/where-words.ts PURPOSE_BEFORE).
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const run = (text: string) =>
  pipelineEvents(text, '2025-05-11', 'Yemen report').map((e) => [e.sub_event_type, e.location, e.time_precision]);

describe('asides and purposes', () => {
  it('"…, blaming the Houthis, who have besieged the city since 2015" does not date the killing', () => {
    const got = run(
      'In Taiz, a sniper killed a boy in the Al-Masbah neighbourhood, officials said, blaming the Houthis, who have ' +
        'besieged parts of the city since 2015.',
    );
    expect(got).toEqual([['Attack', 'Taiz', 2]]);
  });

  it('"struck the Red Sea port of Hodeidah" is at Hodeidah', () => {
    const got = run(
      'The Houthis said on Sunday they fired a missile at Israel, hours after US warplanes struck the Red Sea port ' +
        'of Hodeidah, killing six workers.',
    );
    expect(got).toContainEqual(['Air/drone strike', 'Al Ḩudaydah', 1]);
  });

  it('"struck targets to degrade its ability to threaten shipping in the Red Sea" is not placed in the Red Sea', () => {
    const got = run(
      'US Central Command said its forces had struck Houthi targets to degrade the group’s ability to threaten ' +
        'shipping in the Red Sea and the Gulf of Aden.',
    );
    expect(got).toEqual([]);
  });
});
