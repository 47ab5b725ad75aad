// Rules found on two invented wire captures (an Al Jazeera Lebanon page, an AP Syria story): src/events/cue-walk.ts,
// where.ts, summary-lead.ts, fatalities.ts, taxonomy.ts and data/taxonomy.json (guards long_after, reference_after).
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const events = (text: string, published = '2026-02-03') =>
  pipelineEvents(text, published, 'Report').map((e) => [e.sub_event_type, e.location, e.geo_precision, e.fatalities]);

describe('wire captures', () => {
  it('keeps "on the outskirts of the southern city of X" near X', () => {
    const got = events(
      'Clashes between government forces and gunmen on the outskirts of the southern city of Sweida killed nine ' +
        'people on Friday.',
    );
    expect(got).toEqual([['Armed clash', 'As-Suwayda', 2, 9]]);
  });

  it('gives no event for what a sentence says happened months before', () => {
    const got = events(
      'The violence came eight months after deadly clashes between Druze militias and Bedouin clans in Sweida ' +
        'province killed hundreds of people and prompted Israeli airstrikes on Damascus.',
    );
    expect(got).toEqual([]);
  });

  it('reads "the road linking the towns of X and Y" as one place near X', () => {
    const got = events(
      'Two people were killed on Monday evening when an Israeli drone targeted a car on the road linking the towns ' +
        'of Bint Jbeil and Aynata, the ministry said.',
    );
    expect(got).toEqual([['Air/drone strike', 'Bent Jbaïl', 2, 2]]);
  });

  it('counts "a child and his father were killed" as two', () => {
    const got = events('A child and his father were killed in an Israeli strike on a house in Yater early on Tuesday.');
    expect(got.map((e) => e[3])).toEqual([2]);
  });

  it('lets an undated lead give way to details dated in its week', () => {
    const got = events(
      'Israeli attacks on southern Lebanon have killed four people, the health ministry says. Two people were ' +
        'killed on Monday evening when an Israeli drone targeted a car near Bint Jbeil. A child and his father were ' +
        'killed in a separate strike on a house in Yater early on Tuesday.',
    );
    expect(got.map((e) => [e[1], e[3]])).toEqual([
      ['Bent Jbaïl', 2],
      ['Yater', 2],
    ]);
  });

  it('reads "The attacks come as …" as the story told before, with no event of its own', () => {
    const got = events(
      "The attacks come as Lebanon's army says it will finish disarming Hezbollah south of the Litani by year's end.",
    );
    expect(got).toEqual([]);
  });

  it('codes "two bombs killed six police officers and a civilian" as an explosive attack killing seven', () => {
    const got = events('Two bombs killed six police officers and a civilian in Giza on Friday.', '2016-12-12');
    expect(got).toEqual([['Remote explosive/landmine/IED', 'Giza', 1, 7]]);
  });

  it('keeps guided bombs an air strike', () => {
    const got = events('Russian guided bombs hit Kostiantynivka on Tuesday, killing three people.', '2025-10-08');
    expect(got.map((e) => e[0])).toEqual(['Air/drone strike']);
  });
});
