/**
 * Rules from the twelfth hand review (ten invented articles in the shapes of official statements, situation reports and
 * analysis pieces: a command's press release, an army statement with a ministry's reply, a UN situation report, a
 * think-tank analysis, a weekly regional overview, a live page, a trial, a ceasefire story, an obituary and an "after"
 * story). Invented sentences; the real pipeline where the rule needs the gazetteer, the unit where it does not.
 */
import { describe, expect, test } from 'vitest';
import { dateCandidates } from '../../src/dates/resolve-date.js';
import { countFatalities } from '../../src/events/fatalities.js';
import type { EventProperties } from '../../src/types.js';
import { pipelineEvents } from './pipeline-helpers.js';

const days = (text: string, published: string) => dateCandidates(text, published).map((c) => `${c.start}..${c.end}`);
const line = (e: EventProperties) =>
  `${e.sub_event_type} @ ${e.location} ${e.date_start}..${e.date_end} ${e.actor1} / ${e.actor2} f${e.fatalities}`;

describe('spans of days (dates/day-span.ts)', () => {
  test('"between 2 and 5 March" is the whole span, not its last day', () => {
    expect(days('Shelling of the camp went on between 2 and 5 March, the council said.', '2026-03-20')).toEqual([
      '2026-03-02..2026-03-05',
    ]);
  });
  test('"from May 3 to 6" and a span cut at publication', () => {
    expect(days('Roads were closed from May 3 to 6.', '2026-05-20')).toEqual(['2026-05-03..2026-05-06']);
    expect(days('Raids were reported between 10 and 25 June.', '2026-06-14')).toEqual(['2026-06-10..2026-06-14']);
  });
  test('"on Saturday … continued into Sunday" and "from Monday to Wednesday" are weekday spans', () => {
    expect(days('Gunfire erupted on Saturday in the market and continued into Sunday.', '2026-04-15')).toEqual([
      '2026-04-11..2026-04-12',
    ]);
    expect(days('The siege lasted from Monday to Wednesday.', '2026-04-15')).toEqual(['2026-04-13..2026-04-15']);
  });
  test('"on a Friday night" names no particular Friday', () => {
    expect(days('The bombers struck a crowded cafe on a Friday night in 2019.', '2026-04-15')).toEqual([
      '2019-01-01..2019-12-31',
    ]);
  });
});

describe('running tallies told with a fronted "since" (guards.cumulative)', () => {
  test('"Since March, the coalition has conducted 90 raids …, detaining … and killing …" is no event', () => {
    expect(
      pipelineEvents(
        'Since March, the coalition has conducted more than 90 raids in Iraq and Syria, detaining 150 suspects and killing dozens of fighters.',
        '2026-09-01',
      ),
    ).toEqual([]);
  });
  test('"Since 4 May, at least 230 civilians have been killed in Kadugli" is no event', () => {
    expect(
      pipelineEvents(
        'Since 4 May, at least 230 civilians have been killed in Kadugli, health workers say.',
        '2026-06-10',
      ),
    ).toEqual([]);
  });
});

describe('an event told in an "after" phrase (after-date.ts)', () => {
  test('"reinforced X on Thursday after three days of fighting": the three days before, the fighters not the army', () => {
    const [e] = pipelineEvents(
      'The army sent reinforcements to the town of Lashio on Thursday after three days of fighting between two rival militias left nine people dead.',
      '2026-07-10',
    );
    expect([e.sub_event_type, e.date_start, e.date_end, e.time_precision, e.fatalities]).toEqual([
      'Armed clash',
      '2026-07-06',
      '2026-07-08',
      2,
      9,
    ]);
    expect(e.actor1).not.toBe('Military Forces of Myanmar');
  });
  test('a violent main verb tells the same event: "were killed on Friday after an air strike hit …"', () => {
    const [e] = pipelineEvents(
      'Four people were killed on Friday after an air strike hit a house in the town of Saada, medics said.',
      '2026-07-11',
    );
    expect([e.date_start, e.date_end]).toEqual(['2026-07-10', '2026-07-10']);
  });
  test('"a truce frayed on Monday after clashes between the rebels and a rival faction": the rebels fought', () => {
    const [e] = pipelineEvents(
      'A truce between the Colombian government and the National Liberation Army (ELN) frayed on Monday after clashes between the rebels and FARC dissidents near Tibu killed five people.',
      '2026-08-13',
    );
    expect([e.actor1, e.actor2, e.date_end]).toEqual([
      'ELN: National Liberation Army',
      'FARC Dissidents',
      '2026-08-09',
    ]);
  });
  test('"troops patrol X after Y forces pulled out": the main verb\'s subject took the place over', () => {
    const [e] = pipelineEvents(
      'Syrian army units patrolled the northern town of Manbij on Sunday after Turkish forces withdrew in March.',
      '2026-06-15',
    );
    expect([e.sub_event_type, e.actor1, e.actor2]).toEqual([
      'Non-violent transfer of territory',
      'Military Forces of Turkey',
      'Military Forces of Syria',
    ]);
  });
});

describe('pledges and firing without victims (taxonomy.json)', () => {
  test('"pledging … to reduce attacks on civilians" is no attack', () => {
    const types = pipelineEvents(
      'The two sides signed a truce in Havana in May, pledging to reduce attacks on civilians in Cauca.',
      '2026-08-13',
    ).map((e) => e.sub_event_type);
    expect(types).not.toContain('Attack');
  });
  test('"fired warning shots to disperse residents" is a protest with intervention', () => {
    const [e] = pipelineEvents(
      'On Tuesday, police fired warning shots to disperse dozens of residents outside the governor’s office in Kassala. No one was hurt.',
      '2026-05-14',
    );
    expect([e.sub_event_type, e.fatalities]).toEqual(['Protest with intervention', 0]);
  });
  test('"opened machine-gun fire at fishermen" is an attack on civilians with no one hurt', () => {
    const [e] = pipelineEvents(
      'Naval troops opened machine-gun fire at fishermen off Naqoura on Sunday, the army said. Nobody was wounded.',
      '2026-05-14',
    );
    expect([e.event_type, e.sub_event_type, e.fatalities]).toEqual(['Violence against civilians', 'Attack', 0]);
  });
});

describe('tolls of one named victim and of a count plus one (fatalities.ts)', () => {
  test('"killed Abu Salem al-Masri, a senior ISIS financier" is one death', () => {
    expect(countFatalities('The strike killed Abu Salem al-Masri, a senior ISIS financier, the command said.')).toBe(1);
  });
  test('"killing an ISIS recruiter" is one death', () => {
    expect(countFatalities('Troops raided a farm near the river, killing an ISIS recruiter.')).toBe(1);
  });
  test('"killing three patients and a doctor" is four', () => {
    expect(countFatalities('A shell hit the clinic, killing three patients and a doctor.')).toBe(4);
  });
});

describe('a trial, a live page and an obituary', () => {
  test('what prosecutors told the court is no new event', () => {
    expect(
      pipelineEvents(
        'Prosecutors told the court that the gunmen had stormed a hotel in Kismayo and opened fire on guests.',
        '2026-04-20',
      ),
    ).toEqual([]);
  });
  test('an undated post of a live page happened on the page’s day', () => {
    const text = [
      '08:15 GMT',
      'Russian drones struck a power station in Sumy overnight, the governor said.',
      '',
      '10:30 GMT',
      'Ukrainian forces shelled Russian positions near Vovchansk, the general staff said.',
    ].join('\n');
    const shelling = pipelineEvents(text, '2026-03-11').find((e) => e.location.startsWith('Vov'));
    expect([shelling?.date_start, shelling?.date_end, shelling?.time_precision]).toEqual([
      '2026-03-11',
      '2026-03-11',
      1,
    ]);
  });
  test('a day told with an unplaced killing dates the placed, undated strike told next', () => {
    const [e] = pipelineEvents(
      'Ali Haidar, a veteran field commander who was killed in an Israeli air strike on Tuesday, led the group for years. The Israeli army said its jets struck a flat in the city of Tyre where he was staying.',
      '2026-10-09',
    );
    expect([e.location, e.date_start, e.time_precision]).toEqual(['Tyre', '2026-10-06', 1]);
    expect(e.fatalities).toBe(1);
  });
  test("an unplaced lead's toll goes to the placed strike told next, when that tells none", () => {
    const [e] = pipelineEvents(
      'A drone strike on Thursday killed nine militants, the army said. The strike hit a hideout near the town of Jamaame, officials added.',
      '2026-10-09',
    );
    expect([e.location, e.date_start, e.fatalities]).toEqual(['Jamaame', '2026-10-08', 9]);
  });
  test('"the ministry said the strike killed four" gives its toll to the strike told before', () => {
    const [e] = pipelineEvents(
      'Israeli jets struck a building in the city of Tyre on Tuesday. The health ministry said the strike killed four people.',
      '2026-10-09',
    );
    expect(e.fatalities).toBe(4);
  });
  test('"the battle for X in 2014" closing a sentence of a life story is background', () => {
    const events = pipelineEvents(
      'Israeli jets struck a building in the city of Tyre on Tuesday, killing a veteran commander. He had served in Syria during the civil war, where he took part in the battle for Yabroud in 2014.',
      '2026-10-09',
    );
    expect(events.map((e) => e.location)).toEqual(['Tyre']);
  });
});

describe('places of overviews and reports (detect-events.ts, implicit-places.ts, cue-walk.ts)', () => {
  test('"fighting went on in Libya and Chad" sums up a region: no country events', () => {
    expect(pipelineEvents('Last week, fighting went on in Libya and Chad.', '2026-11-18')).toEqual([]);
  });
  test('"the camp\'s" after an unknown "X camp" is not an older town named before', () => {
    const events = pipelineEvents(
      'A convoy was looted near Mellit on 2 May.\nShelling of Zaqlona camp killed 12 people on 4 May, according to the camp’s medics.',
      '2026-05-10',
    );
    const shelling = events.find((e) => e.sub_event_type.startsWith('Shelling'));
    expect(shelling?.location).not.toBe('Mellit');
  });
  test('an unknown "X camp" is no antecedent of "the city": the camp lies north of the city named before', () => {
    const events = pipelineEvents(
      'Fighting closed in on El Fasher last week.\nOn Saturday, artillery shelled the Zaqlona displacement camp north of the city, killing four people.',
      '2026-05-10',
    );
    expect(events.find((e) => e.sub_event_type.startsWith('Shelling'))?.location).toBe('El Fasher');
  });
  test('"a residential district of Kharkiv" places the strike in Kharkiv', () => {
    const events = pipelineEvents(
      'Missiles hit a residential district of Kharkiv overnight, killing two people.\n\nA drone struck a warehouse in Odesa on Monday.',
      '2026-05-06',
    ).map(line);
    expect(events.some((l) => l.includes('@ Kharkiv') && l.endsWith('f2'))).toBe(true);
  });
});
