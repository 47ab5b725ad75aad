/**
 * Rules from the sixteenth hand review (analysis pieces, explainers, live blogs, opinion columns, wire round-ups, a
 * Security Council briefing, an interview and a trial report). Invented sentences; the trigger unit where the rule is
 * a guard, the real pipeline where it needs the page.
 */
import { describe, expect, test } from 'vitest';
import { recapSpans } from '../../src/events/live-recap.js';
import { findTriggers } from '../../src/events/taxonomy.js';
import { pipelineEvents } from './pipeline-helpers.js';

const triggers = (s: string) => findTriggers(s).map((t) => t.rule.sub_event_type);

describe('running tallies (cumulative guard)', () => {
  test('"has since taken control of hundreds of sites" sums a year of work, not one event', () => {
    expect(triggers('The police have since taken control of hundreds of depots east of the canal.')).toEqual([]);
    expect(triggers('Troops took control of the depot east of the canal on Monday.')).not.toEqual([]);
  });
  test('"have continued to carry out attacks … since" is a record of many attacks', () => {
    expect(triggers("The gang's remnants have continued to carry out attacks on farms since the truce.")).toEqual([]);
    expect(triggers('The gang carried out an attack on a farm on Friday.')).not.toEqual([]);
  });
  test('"in the past month clashes had killed civilians" is a period toll', () => {
    expect(triggers('In the past month clashes near the river had killed and wounded dozens of herders.')).toEqual([]);
    expect(triggers('Clashes near the river killed four herders on Sunday.')).not.toEqual([]);
  });
  test('"struck targets from January 2024" tells a campaign that ran from then', () => {
    expect(triggers('Jets struck rebel depots around the port from March 2023 onwards.')).toEqual([]);
    expect(triggers('Jets struck rebel depots around the port on 3 March 2023.')).not.toEqual([]);
  });
});

describe('patterns and trends, not one event', () => {
  test('"where they attack checkpoints" (present tense) is what a group does, not what it did', () => {
    expect(triggers('Its cells hide in the hills, where they attack army checkpoints.')).toEqual([]);
    expect(triggers('The cells moved into the hills, where they attacked an army checkpoint.')).not.toEqual([]);
  });
  test('"remain active … and attack" is a group\'s status', () => {
    expect(triggers('Bandit gangs remain active in the forest and attack travellers.')).toEqual([]);
  });
  test('"shelled the town daily" is a pattern', () => {
    expect(triggers('He said the militia had attacked police posts and shelled the market daily.')).toEqual([]);
    expect(triggers('He said the militia had attacked a police post on Monday.')).not.toEqual([]);
  });
  test('"shelling of residential areas had increased" is a trend', () => {
    expect(triggers('The envoy said shelling of residential districts in the north had increased.')).toEqual([]);
    expect(triggers('The envoy said shelling of residential districts in the north killed five.')).not.toEqual([]);
    // A toll that "has risen to" a number is the event's own toll.
    expect(triggers('The toll from the shelling of the northern district has risen to six.')).not.toEqual([]);
  });
});

describe('references and comparisons', () => {
  test('"citing renewed fighting in X" gives a reason for a statement', () => {
    expect(
      triggers('The mediator briefed the council on Tuesday, citing renewed fighting in three districts.'),
    ).toEqual([]);
    expect(
      triggers('The mediator briefed the council on Tuesday after renewed fighting in three districts.'),
    ).not.toEqual([]);
  });
  test('"one of the deadliest attacks" names a class, not a new attack', () => {
    expect(triggers('The blast at the bus depot, one of the deadliest attacks in the city.')).toEqual([
      'Remote explosive/landmine/IED',
    ]);
    expect(triggers('One of the deadliest attacks in the city')).toEqual([]);
  });
  test('"an end to attacks" asks for none to happen', () => {
    expect(triggers('Traders in the capital have asked for an end to attacks on the fishing fleet.')).toEqual([]);
  });
});

describe("a live page's recap post (live-recap.ts)", () => {
  const page = [
    'Live: strikes across the region',
    '',
    '17:40 GMT',
    'To recap: at least 20 people were killed in airstrikes across the province today, including eight in Mosul.',
    '',
    '11:02 GMT',
    'An airstrike on a market in Mosul killed eight people, medics said.',
  ].join('\n');
  test('the recap line is skipped on a live page', () => {
    const spans = recapSpans(page);
    expect(spans).toHaveLength(1);
    expect(page.slice(spans[0].start, spans[0].end)).toMatch(/^To recap: at least 20/);
  });
  test('an ordinary article has no recap spans', () => {
    expect(recapSpans('Here is a summary: gunmen killed two guards in Mosul on Monday.')).toEqual([]);
  });
  test("the day's toll in the recap does not replace the post's own toll", () => {
    const events = pipelineEvents(page, '2026-02-10');
    expect(events.map((e) => e.fatalities)).toEqual([8]);
  });
});
