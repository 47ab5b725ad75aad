/**
 * Rules from the twenty-sixth hand review (invented pages from Congo, Myanmar, the Sahel, Somalia, Colombia, Mexico,
 * Ukraine, Sudan, Pakistan and Haiti). Invented sentences and places; the real pipeline, since the rules need the
 * gazetteer.
 */
import { describe, expect, test } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const one = (s: string, day = '2026-03-12') => pipelineEvents(s, day);

describe('two finite verbs joined by "and", each with its own place, are two events (own-place-verb.ts)', () => {
  test('"killed three farmers in X and abducted five in Y" is an attack at X and an abduction at Y', () => {
    const events = one('Gunmen killed three farmers in Kindu and abducted five in Kasongo on Sunday, officials said.');
    const at = (place: string) => events.find((e) => e.location === place);
    expect(at('Kindu')?.sub_event_type).toBe('Attack');
    expect(at('Kindu')?.fatalities).toBe(3);
    expect(at('Kasongo')?.sub_event_type).toBe('Abduction/forced disappearance');
    expect(at('Kasongo')?.fatalities).toBe(0);
    expect(at('Kasongo')?.date_start).toBe('2026-03-08');
    expect(at('Kindu')?.date_start).toBe('2026-03-08');
    expect(at('Kasongo')?.actor1).toBe(at('Kindu')?.actor1);
    expect(at('Kasongo')?.actor1).toBeTruthy();
  });

  test('"arrested ten suspects in X and seized weapons in Y" is an arrest at X and a seizure at Y', () => {
    const events = one(
      'Police arrested ten suspects in Kisumu and seized a truck loaded with rifles in Eldoret on Monday.',
    );
    const at = (place: string) => events.find((e) => e.location === place);
    expect(at('Kisumu')?.sub_event_type).toBe('Arrests');
    expect(at('Eldoret')?.sub_event_type).toBe('Disrupted weapons use');
  });

  test('one place only ("arrested five men and seized rifles in X") stays one arrest', () => {
    const events = one('Police arrested five men and seized rifles in Kisumu on Monday.');
    expect(events).toHaveLength(1);
    expect(events[0].sub_event_type).toBe('Arrests');
  });
});

describe('a nominal killing counts its dead (fatalities.ts)', () => {
  test('"The killing of two soldiers at a checkpoint in X on Monday" is an event with two dead', () => {
    const events = one('The killing of two soldiers at a checkpoint in Kindu on Monday was claimed by a militia.');
    expect(events).toHaveLength(1);
    expect(events[0].location).toBe('Kindu');
    expect(events[0].date_start).toBe('2026-03-09');
    expect(events[0].fatalities).toBe(2);
  });

  test('"the killings of three farmers" counts three', () => {
    const events = one('The killings of three farmers near Kindu on Sunday sparked anger among residents.');
    expect(events).toHaveLength(1);
    expect(events[0].fatalities).toBe(3);
  });
});

describe('a settlement told with the fighting that led to it is two events (settlement-cause.ts)', () => {
  test('"agreed to a ceasefire in X after clashes that killed two" is an agreement and a clash', () => {
    const events = one(
      'Two rival militias agreed to a ceasefire in Kindu on Tuesday after clashes that killed two fighters.',
    );
    const agreement = events.find((e) => e.sub_event_type === 'Agreement');
    const clash = events.find((e) => e.event_type === 'Battles');
    expect(agreement?.location).toBe('Kindu');
    expect(agreement?.fatalities).toBe(0);
    expect(agreement?.date_start).toBe('2026-03-10');
    expect(clash?.location).toBe('Kindu');
    expect(clash?.fatalities).toBe(2);
  });

  test('the clash keeps its own earlier date ("after clashes that killed 12 people last week")', () => {
    const events = one(
      'Elders agreed to a truce in Kindu after clashes that killed 12 people last week, officials said.',
    );
    const clash = events.find((e) => e.event_type === 'Battles');
    expect(events.some((e) => e.sub_event_type === 'Agreement')).toBe(true);
    expect(clash?.date_start).toBe('2026-03-02');
    expect(clash?.fatalities).toBe(12);
  });

  test('"agreed to a truce after talks in X" stays one agreement', () => {
    const events = one('The two armies agreed to a truce in Kindu after talks in Kisangani on Tuesday.');
    expect(events.every((e) => e.sub_event_type === 'Agreement')).toBe(true);
  });
});

describe('the fighting cut from a ceasefire named by its district (settlement-cause.ts)', () => {
  test('"agreed to a ceasefire in X district after clashes that killed 12" places the clash in the district', () => {
    const events = one(
      'Elders agreed to a ceasefire in Kurram district after clashes that killed 12 people last week.',
    );
    const clash = events.find((e) => e.event_type === 'Battles');
    expect(clash?.fatalities).toBe(12);
    expect(clash?.location).toBe(events.find((e) => e.sub_event_type === 'Agreement')?.location);
  });
});

describe("a statement's day is not the event's (when.ts SPOKEN_ON)", () => {
  test('"…last month, the governor said in a statement on Tuesday" dates the killing to last month', () => {
    const [e] = one('Gunmen killed two villagers near Kindu last month, the governor said in a statement on Tuesday.');
    expect(e.date_start).toBe('2026-02-01');
  });
});

describe('a later toll update raises the toll of the event before it (toll-update.ts)', () => {
  test('"… killing at least 12 people. The toll later rose to 16." has 16 dead', () => {
    const events = one(
      'A suicide bomber struck a market in Kindu on Monday, killing at least 12 people, police said. The toll later rose to 16, a doctor said.',
    );
    expect(events).toHaveLength(1);
    expect(events[0].fatalities).toBe(16);
  });

  test('"The death toll rose to 9" with no place of its own raises the event before it', () => {
    const events = one(
      'Gunmen attacked a village near Kindu on Sunday, killing six people. The death toll rose to nine on Monday.',
    );
    expect(events).toHaveLength(1);
    expect(events[0].fatalities).toBe(9);
  });

  test('a quote and a claim between the event and its update', () => {
    const events = one(
      'A suicide bomber struck a market in Kindu on Monday, killing 12 people. "It was chaos," a witness said. A militia claimed the attack. The toll later rose to 16.',
    );
    expect(events.map((e) => e.fatalities)).toEqual([16]);
  });
});

describe('a kidnapping gang arrested is an arrest (taxonomy.json abduction)', () => {
  test('"police arrested 17 members of a kidnapping gang in X" is Arrests, not an abduction', () => {
    const [e] = one('Police arrested 17 members of a kidnapping gang in Kisumu on Tuesday and freed three hostages.');
    expect(e.sub_event_type).toBe('Arrests');
  });

  test('"gunmen kidnapped a nurse in X" is still an abduction', () => {
    const [e] = one('Gunmen kidnapped a nurse in Kisumu on Tuesday.');
    expect(e.sub_event_type).toBe('Abduction/forced disappearance');
  });
});

describe('an event at a place the gazetteer lacks gives nothing to the next one (unknown-name.ts)', () => {
  test('a drone strike "in Xyzabad" (unknown) does not lend its day and dead to the capture told next', () => {
    const events = one(
      'A drone strike hit a market in Thabzwekkyin on Wednesday, killing four people, residents said. The rebels said on Thursday they had captured the town of Kindu after weeks of fighting.',
    );
    const kindu = events.find((e) => e.location === 'Kindu');
    expect(kindu?.fatalities).toBe(0);
    expect(kindu?.date_start).not.toBe('2026-03-11');
  });
});

describe('a backdrop clause is no event (taxonomy.json backdrop guard)', () => {
  test('", as fighting intensified across the east" after a strike adds no clash', () => {
    const events = one(
      "An air strike killed 21 people in a village in Congo's Maniema province on Tuesday, a rebel group said, as fighting intensified across the east.",
    );
    expect(events.map((e) => e.event_type)).toEqual(['Explosions/Remote violence']);
  });

  test('"Fighting intensified near X on Monday" is still a clash', () => {
    const events = one('Fighting intensified near Kindu on Monday, residents said.');
    expect(events.map((e) => e.event_type)).toEqual(['Battles']);
  });
});

describe("a headline's present tense of a bomb (taxonomy.json ied)", () => {
  test('"Bomb kills 10 at X rally" is an explosion, not a peaceful protest', () => {
    const [e] = one('Bomb kills 10 at Kindu rally');
    expect(e.event_type).toBe('Explosions/Remote violence');
    expect(e.fatalities).toBe(10);
  });
});

describe('one victim named by a trade (fatalities.ts SINGULAR)', () => {
  test('"shelled X overnight, killing a miner" counts one dead', () => {
    const [e] = one('Army artillery shelled Kindu overnight, killing a miner, residents said.');
    expect(e.fatalities).toBe(1);
  });
});
