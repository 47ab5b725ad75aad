// Issue #5 leftovers (sixteenth session): an arrest told with weapons seized in the same clause is an arrest, as
// ACLED codes the arrest and a seizure with no one arrested as Disrupted weapons use; warning shots fired at
// peacekeepers (an armed force) are an armed clash like any fire at a patrol or post.
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const subTypes = (sentence: string) =>
  pipelineEvents(`Iraq news\n\n${sentence}`, '2025-03-20').map((e) => e.sub_event_type);

describe('an arrest with weapons seized', () => {
  it('codes "arrested five suspects and seized rifles" as Arrests', () => {
    expect(subTypes('Police arrested five suspects and seized rifles in Mosul on Monday, officials said.')).toEqual([
      'Arrests',
    ]);
  });

  it('codes the seizure told first and the arrest after as Arrests', () => {
    expect(subTypes('Police seized rifles and detained four men in Mosul on Monday.')).toEqual(['Arrests']);
  });

  it('keeps a seizure with no one arrested as Disrupted weapons use', () => {
    expect(subTypes('Troops seized a weapons cache in Mosul on Monday, the army said.')).toEqual([
      'Disrupted weapons use',
    ]);
  });
});

describe('warning shots at peacekeepers', () => {
  const events = pipelineEvents(
    'Lebanon news\n\nAn Israeli tank fired warning shots at UNIFIL peacekeepers near Khiam on Monday, the mission said.',
    '2025-03-20',
  );
  it('codes an armed clash of Israeli forces with the peacekeepers, with no toll', () => {
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      sub_event_type: 'Armed clash',
      actor1: 'Military Forces of Israel',
      actor2: 'UNIFIL: United Nations Interim Force in Lebanon',
      fatalities: 0,
    });
  });
});
