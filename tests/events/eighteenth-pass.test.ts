/**
 * Rules from the eighteenth hand review (eight invented pages from eastern Ukraine, Myanmar, eastern Congo, the
 * Sahel, Nigeria, Kenya, Pakistan and Haiti): group references back, claims of the act, protests met with force,
 * the civilians counted dead over a claimed target, shots at a patrol with no one hurt. Invented sentences; the real
 * pipeline throughout.
 */
import { describe, expect, test } from 'vitest';
import type { EventProperties } from '../../src/types.js';
import { pipelineEvents } from './pipeline-helpers.js';

const find = (events: EventProperties[], sub: string, place: string) =>
  events.find((e) => e.sub_event_type === sub && e.location.includes(place));

describe('a group named by reference back (roles.ts BARE_GROUP, reference-actor.ts)', () => {
  test('"The militia had attacked …" is the named militia, not a generic one', () => {
    const events = pipelineEvents(
      'Fighters of the CODECO militia killed nine villagers in Djugu territory on Sunday, officials said. The militia had attacked a camp near Bunia a week before that, killing four people, the UN said.',
      '2025-08-05',
    );
    expect(find(events, 'Attack', 'Bunia')?.actor1).toMatch(/^CODECO/);
  });
  test('"It had ambushed …" after a claim takes the author of the event before', () => {
    const events = pipelineEvents(
      'JNIM fighters attacked an army base in Djibo on Sunday, killing 20 soldiers, security sources said. The group claimed the attack on Monday. It had ambushed a supply convoy near Djibo two days earlier, killing six soldiers, the sources said.',
      '2025-06-18',
    );
    const ambush = events.find((e) => e.fatalities === 6);
    expect(ambush?.actor1).toMatch(/^JNIM/);
  });
  test('a reference to a coalition not named "coalition" takes the last non-state author', () => {
    const events = pipelineEvents(
      'Members of the Viv Ansanm gang coalition attacked the town of Mirebalais on Tuesday, killing five residents, officials said. The coalition had attacked Kenscoff a week before that, killing seven people, a rights group said.',
      '2025-04-25',
    );
    expect(find(events, 'Attack', 'Kenscoff')?.actor1).toBe('Viv Ansanm');
  });
  test('a state force told before is not carried to "the group"', () => {
    const events = pipelineEvents(
      'Soldiers raided a village near Djibo on Sunday, killing four civilians, residents said. Two days earlier, the group had attacked a convoy near Kaya, killing three drivers, officials said.',
      '2025-06-18',
    );
    expect(find(events, 'Attack', 'Kaya')?.actor1 ?? '').not.toMatch(/^Military Forces/);
  });
});

describe('a claim of the act names its author (follow-ups.ts CLAIM)', () => {
  test('"X claimed the attack" two sentences on names the unidentified attackers', () => {
    const events = pipelineEvents(
      'Militants attacked a police station in Lakki Marwat on Monday night, killing two policemen, officials said. The attackers used grenades, an officer said. The Pakistani Taliban claimed the attack.',
      '2025-03-11',
    );
    expect(events[0]?.actor1).toMatch(/^TTP/);
  });
});

describe('state forces named by the junta (data/actors.json generic)', () => {
  test('"the junta\'s air force" and "a military airstrike" are the state\'s military', () => {
    const events = pipelineEvents(
      "A military airstrike killed nine people in Sagaing on Sunday, residents said. Jets of the junta's air force bombed the village school, they said.",
      '2025-09-22',
    );
    expect(events[0]?.actor1).toBe('Military Forces of Myanmar');
  });
});

describe('protests met with force (protest-join.ts, taxonomy.json, targets.ts)', () => {
  test('one protest told as peaceful and as fired on is one event, typed by the gravest treatment', () => {
    const events = pipelineEvents(
      'NAIROBI: Police fired live rounds at crowds of protesters in Nairobi on Monday, killing two people, as demonstrations against new taxes turned violent, a rights group said.\nThe protesters had marched toward parliament, chanting slogans against the president.',
      '2025-07-08',
      'Police fire tear gas at protesters in Nairobi',
    );
    const nairobi = events.filter((e) => e.event_type === 'Protests' && e.location === 'Nairobi');
    expect(nairobi.map((e) => e.sub_event_type)).toEqual(['Excessive force against protesters']);
  });
  test('an armed group firing on a crowd of protesters is excessive force, the group actor2', () => {
    const [e] = pipelineEvents(
      'In Goma, M23 fighters fired on a crowd protesting against forced recruitment on Friday, killing three people, witnesses said.',
      '2025-08-05',
    );
    expect([e?.sub_event_type, e?.actor1, e?.actor2]).toEqual([
      'Excessive force against protesters',
      'Protesters (Democratic Republic of Congo)',
      'M23: March 23 Movement',
    ]);
  });
});

describe('the civilians counted dead over a claimed target (claimed-target.ts)', () => {
  test('"said it struck army positions" then "a strike killed three civilians": civilians are actor2', () => {
    const events = pipelineEvents(
      'The Russian army said it struck Ukrainian army positions near Zaporizhzhia. Local officials in Zaporizhzhia said a strike on the city killed three civilians in a shop.',
      '2025-10-14',
    );
    const strike = events.find((e) => e.fatalities === 3);
    expect([strike?.actor1, strike?.actor2]).toEqual(['Military Forces of Russia', 'Civilians (Ukraine)']);
  });
});

describe('shots at a patrol with no one hurt (taxonomy.json vac-attack)', () => {
  test('"gunmen fired on a patrol; no one was hurt" is an armed clash', () => {
    const events = pipelineEvents(
      'Gunmen fired on an army patrol near Konduga on Wednesday; no one was hurt, the army said.',
      '2025-09-02',
    );
    expect(events.map((e) => `${e.sub_event_type} ${e.fatalities}`)).toEqual(['Armed clash 0']);
  });
});

describe('review of the eighteenth pass: what a protest opposes, a crowd that disperses of itself', () => {
  test('"a flash protest against the junta … before dispersing" is peaceful and has no actor2', () => {
    const events = pipelineEvents(
      'In Mandalay, hundreds of people staged a flash protest against the junta on Saturday before dispersing, witnesses said.',
      '2025-11-10',
    );
    expect(events.map((e) => [e.sub_event_type, e.actor2])).toEqual([['Peaceful protest', '']]);
  });

  test('the force that dispersed a protest against itself stays actor2', () => {
    const events = pipelineEvents(
      'In Mandalay, soldiers dispersed a protest against the junta on Saturday.',
      '2025-11-10',
    );
    expect(events.map((e) => [e.sub_event_type, e.actor2])).toEqual([
      ['Protest with intervention', 'Military Forces of Myanmar'],
    ]);
  });
});
