// Rules from six long pages of the twenty-seventh session (Sudan, Ukraine, eastern Congo, Haiti, Nigeria, Lebanon and
// Syria), each told in sentences of our own:
// - "A missile strike on X killed 19, including three children, and wounded 66 early on Wednesday": the toll verb
//   after ", and" shares the subject, so its day dates the strike (shared-predicate.ts);
// - "Police fired tear gas to disperse a second group of protesters … in Y": another crowd at another town is its
//   own event, however close the towns lie (listed-places.ts);
// - "Troops repelled the assault, killing 15 insurgents, while two soldiers died": the repelled attack's toll, both
//   sides' dead (repelled-toll.ts, fatalities.ts);
// - "UNIFIL said Israeli troops fired at its peacekeepers": the speaker is the attacked side (speaker-side.ts);
//   "fired at one of its patrols" is a trigger (taxonomy.json);
// - "protested … against a wave of kidnappings": a grievance, not an abduction (grievances.ts).
// Second six pages (Myanmar, Somalia and Kenya, Pakistan, Colombia, Ethiopia, the West Bank):
// - "shot dead a 16-year-old Palestinian during a raid": an attack on a civilian, by the forces, not a battle with
//   "Military Forces of Palestine" (taxonomy.json raid variant, roles.ts demonymAgent, fatalities.ts);
// - "Police baton-charged the protesters and detained dozens of them." after a sit-in: its intervention
//   (protest-followup.ts quietAfter);
// - "in the municipality of Tame": a municipality names the place, though the name is also a word (single.ts);
// - "handed over a forward operating base near X to the army": a transfer (taxonomy.json); "The African Union
//   mission" is the AU mission (actors.json);
// - "military authorities arrested 12 people": the Military Forces (arrest-agent.ts).
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const row = (e: { sub_event_type: string; location: string; date_start: string; date_end: string }) => [
  e.sub_event_type,
  e.location,
  e.date_start,
  e.date_end,
];

describe('a toll predicate after ", and"', () => {
  it('dates the strike by the day the second predicate names', () => {
    const events = pipelineEvents(
      'A Russian drone attack on apartment blocks in Kharkiv killed at least seven people, including a baby, and injured 40 late on Thursday, the mayor said.',
      '2025-11-22',
    );
    expect(events.map(row)).toEqual([['Air/drone strike', 'Kharkiv', '2025-11-20', '2025-11-20']]);
  });
  it('leaves a later clause with its own subject to its own event', () => {
    const events = pipelineEvents(
      'Russian shelling killed two people in Kherson, and on Thursday a drone struck a bus in Nikopol.',
      '2025-11-22',
    );
    const kherson = events.find((e) => e.location === 'Kherson');
    expect(kherson?.date_start).not.toBe('2025-11-20');
  });
});

describe('another crowd at another town', () => {
  it('keeps a second group of protesters in a nearby town as its own event', () => {
    const events = pipelineEvents(
      'Thousands of teachers marched peacefully through Petion-Ville on Tuesday to demand unpaid wages. Police fired tear gas to disperse a second group of protesters who blocked the main road in Delmas, witnesses said.',
      '2025-11-26',
    );
    expect(events.map((e) => [e.sub_event_type, e.location]).sort()).toEqual([
      ['Peaceful protest', 'Pétionville'],
      ['Protest with intervention', 'Delmas'],
    ]);
  });
});

describe('a repelled attack', () => {
  it('takes the toll of the sentence that repels it, both sides', () => {
    const events = pipelineEvents(
      'Jihadist fighters attacked an army post in Gwoza late on Friday, the military said. Soldiers repelled the attack, killing nine militants, while three soldiers died, a security source said.',
      '2025-11-23',
    );
    expect(events.map((e) => [e.sub_event_type, e.location, e.fatalities])).toEqual([['Armed clash', 'Gwoza', 12]]);
  });
});

describe('the speaker attacked', () => {
  it('"X said troops fired at its peacekeepers" makes X the second side', () => {
    const events = pipelineEvents(
      'UNIFIL said Israeli soldiers fired at its peacekeepers near Marjayoun on Tuesday; no one was hurt.',
      '2025-11-27',
    );
    expect(events.map((e) => [e.sub_event_type, e.actor1, e.actor2])).toEqual([
      ['Armed clash', 'Military Forces of Israel', 'UNIFIL: United Nations Interim Force in Lebanon'],
    ]);
  });
  it('"fired at one of its patrols" is an attack on the patrol', () => {
    const events = pipelineEvents(
      'The Lebanese army said Israeli troops fired at one of its patrols near Marjayoun on Tuesday.',
      '2025-11-27',
    );
    expect(events.map((e) => [e.event_type, e.location, e.actor1, e.actor2])).toEqual([
      ['Battles', 'Marjayoûn', 'Military Forces of Israel', 'Military Forces of Lebanon'],
    ]);
  });
});

describe('a protest against kidnappings', () => {
  it('is a protest, not an abduction', () => {
    const events = pipelineEvents(
      'Hundreds of residents protested in Homs on Sunday against a spate of abductions, calling on the authorities to act.',
      '2025-11-25',
    );
    expect(events.map((e) => [e.sub_event_type, e.location])).toEqual([['Peaceful protest', 'Homs']]);
  });
});

describe('second six pages', () => {
  it('a teenager of a demonym shot dead during a raid is an attack on a civilian', () => {
    const events = pipelineEvents(
      'Israeli forces shot dead a 17-year-old Palestinian during a raid in Tubas on Thursday, the health ministry said.',
      '2025-11-29',
    );
    expect(events.map((e) => [e.sub_event_type, e.actor1, e.actor2, e.fatalities])).toEqual([
      ['Attack', 'Military Forces of Israel', 'Civilians (Palestine)', 1],
    ]);
  });
  it('"killed a <demonym>" counts one dead', () => {
    const events = pipelineEvents(
      'Israeli troops killed a Palestinian during a raid in Tubas on Thursday.',
      '2025-11-29',
    );
    expect(events.map((e) => [e.sub_event_type, e.fatalities])).toEqual([['Attack', 1]]);
  });
  it('a baton charge told after a sit-in is its intervention', () => {
    const events = pipelineEvents(
      'Hundreds of students staged a sit-in in Peshawar on Friday to demand cheaper fees. Police baton-charged the protesters and detained several of them.',
      '2025-11-29',
    );
    expect(events.map((e) => [e.sub_event_type, e.location, e.actor2])).toEqual([
      ['Protest with intervention', 'Peshawar', 'Police Forces of Pakistan'],
    ]);
  });
  it('"the municipality of <word-like name>" is read as the place', () => {
    const events = pipelineEvents(
      'Guerrillas attacked an army patrol in the municipality of Tame in Arauca on Sunday, killing two soldiers.',
      '2025-11-25',
    );
    expect(events.map((e) => [e.location, e.geo_precision])).toEqual([['Tame', 1]]);
  });
  it('handing over "a" base to the army is a transfer of territory', () => {
    const events = pipelineEvents(
      'The African Union mission said it had handed over a forward operating base near Jowhar to the Somali army on Friday.',
      '2025-11-25',
    );
    expect(events.map((e) => [e.sub_event_type, e.actor1, e.actor2])).toEqual([
      ['Non-violent transfer of territory', 'AMISOM: African Union Mission in Somalia', 'Military Forces of Somalia'],
    ]);
  });
  it('arrests by "military authorities" are the military\'s', () => {
    const events = pipelineEvents('Military authorities arrested 20 students in Sittwe on Friday.', '2025-11-25');
    expect(events.map((e) => [e.sub_event_type, e.actor1])).toEqual([['Arrests', 'Military Forces of Myanmar']]);
  });
});
