/**
 * Rules from the eleventh hand review (five pairs of invented articles: two outlets telling the same incidents in Iraq,
 * Yemen, Libya, Pakistan and the West Bank/Iran with other tolls and date phrases). Invented sentences; the real
 * pipeline where the rule needs the gazetteer, the unit where it does not.
 */
import { describe, expect, test } from 'vitest';
import { dateCandidates } from '../../src/dates/resolve-date.js';
import { findActors } from '../../src/events/actors.js';
import { countFatalities } from '../../src/events/fatalities.js';
import { mergeEvents } from '../../src/events/merge-events.js';
import { splitClauses } from '../../src/events/sentences.js';
import { classify, hasTrigger, startsEvent } from '../../src/events/taxonomy.js';
import type { ConflictEvent, EventProperties } from '../../src/types.js';
import { pipelineEvents } from './pipeline-helpers.js';

const days = (text: string, published: string) => dateCandidates(text, published).map((c) => `${c.start}..${c.end}`);
const line = (e: EventProperties) =>
  `${e.sub_event_type} @ ${e.location} ${e.date_start}..${e.date_end} ${e.actor1} f${e.fatalities}`;
const clauses = (s: string) =>
  splitClauses({ start: 0, end: s.length, text: s }, startsEvent, hasTrigger).map((c) => c.text);

describe('a day of the month without a month (vague-dates.ts)', () => {
  test('"late on the 13th" is the 13th of the publication month', () => {
    expect(days('Jets hit the harbour late on the 13th, medics said.', '2026-04-14')).toEqual([
      '2026-04-13..2026-04-13',
    ]);
  });
  test('a day after the publication day is the month before', () => {
    expect(days('The siege began on the 28th.', '2026-04-14')).toEqual(['2026-03-28..2026-03-28']);
  });
  test('"on the 5th floor" and "on the 10th anniversary" are no dates', () => {
    expect(days('A shell hit a flat on the 5th floor.', '2026-04-14')).toEqual([]);
    expect(days('They gathered on the 10th anniversary of the massacre.', '2026-04-14')).toEqual([]);
  });
});

describe('dates bound to the event noun (when.ts)', () => {
  test('"Thursday\'s Islamic State attack" dates the attack, not the later death in hospital', () => {
    const [e] = pipelineEvents(
      "Officials raised the toll from Thursday's Islamic State ambush on an army patrol near Kirkuk to six, after a wounded soldier died on Saturday night.",
      '2026-03-15',
    );
    expect(e.date_start).toBe('2026-03-12');
  });
  test('"the fighting between rival militias last weekend" dates the fighting, not the day debris was cleared', () => {
    const [e] = pipelineEvents(
      'Shopkeepers in Tripoli were sweeping glass on Tuesday after the fighting between rival militias last weekend, which the ministry says killed nine people.',
      '2026-05-20',
    );
    expect([e.sub_event_type, e.date_start, e.date_end, e.fatalities]).toEqual([
      'Armed clash',
      '2026-05-16',
      '2026-05-17',
      9,
    ]);
  });
  test("a funeral day yields to the strike's own phrase", () => {
    const [e] = pipelineEvents(
      'Crowds held funerals in Kermanshah on Friday for four guards killed in a drone strike on a depot outside the city earlier this week.',
      '2026-07-11',
    );
    expect([e.date_start, e.date_end]).toEqual(['2026-07-06', '2026-07-11']);
  });
  test('the day a toll rose is not the day of the attack (with the hospital, "began" and "northwest Pakistan")', () => {
    const events = pipelineEvents(
      'The death toll from a militant attack on a police station in northwest Pakistan rose to four on Saturday after a wounded constable died in a hospital in Peshawar, police said. The attack in Lakki Marwat district began late on Wednesday and went on into Thursday.',
      '2026-06-06',
    );
    expect(events.map((e) => `${e.location} ${e.date_start} f${e.fatalities}`)).toEqual([
      'Lakki Marwat District 2026-06-03 f4',
    ]);
  });
  test('"The raid came hours after settlers attacked X" gives the raid neither X nor its day', () => {
    expect(clauses('The raid came hours after settlers attacked the village of Sinjil late on Tuesday.')).toEqual([
      'The raid came',
      'hours after settlers attacked the village of Sinjil late on Tuesday.',
    ]);
  });
});

describe('"this week, heavy fighting" is no reference back (taxonomy.ts DEFINITE)', () => {
  test("a comma closes the determiner's phrase", () => {
    expect(classify('Earlier this week, heavy fighting broke out near Marib')?.definite).toBe(false);
    expect(classify('the fighting near Marib')?.definite).toBe(true);
  });
});

describe('"the X have reduced attacks" is no reference back (taxonomy.ts DEFINITE)', () => {
  test("an auxiliary after the determiner makes it the subject's", () => {
    expect(classify('Commanders say the Peshmerga have reduced attacks in Kirkuk')?.definite).toBe(false);
    expect(classify('the deadly attacks in Kirkuk')?.definite).toBe(true);
  });
});

describe('a generic claim is no event (data/taxonomy.json, kill rule)', () => {
  test('"the strikes kill civilians and empty villages"', () => {
    expect(classify('Officials have complained that the strikes kill civilians and empty border villages')).toBeNull();
    expect(classify('Strikes kill civilians in Duhok')?.sub_event_type).toBe('Attack');
  });
});

describe('a passive toll after a raid told with two triggers (absorb.ts)', () => {
  test('"One Palestinian was shot dead" is the toll of the placed raid before it', () => {
    const events = pipelineEvents(
      'Israeli troops raided the Balata refugee camp on Friday night, where they clashed with gunmen. One Palestinian was shot dead, the health ministry said.\n\nBalata lies on the eastern edge of Nablus, the largest city of the northern West Bank.',
      '2026-07-11',
    );
    expect(events.map((e) => `${e.location} f${e.fatalities}`)).toEqual(['Balāţah f1']);
  });
});

describe('tolls (fatalities.ts)', () => {
  test('"seven fighters from both sides were killed"', () => {
    expect(countFatalities('Troops and rebels clashed, and seven fighters from both sides were killed.')).toBe(7);
  });
  test('a revised toll after a long subject', () => {
    expect(countFatalities('The toll from the bombing of a bus station in the north rose to eleven on Monday.')).toBe(
      11,
    );
    expect(countFatalities("Police raised the death toll from last week's attack on a checkpoint to six.")).toBe(6);
  });
  test('a nationality standing for people right before the death verb', () => {
    expect(countFatalities('One Palestinian was shot dead, the ministry said.')).toBe(1);
    expect(countFatalities('Three Iraqis were killed.')).toBe(3);
    expect(countFatalities('He was killed in an Israeli strike.')).toBe(0);
  });
  test('"killed a shepherd and his nephew" is two', () => {
    expect(countFatalities('The drone killed a shepherd and his nephew.')).toBe(2);
  });
});

function ev(id: string, over: Partial<EventProperties> & { lon?: number; lat?: number }): ConflictEvent {
  const lon = over.lon ?? 44.39;
  const lat = over.lat ?? 35.47;
  const props = {
    event_id: id,
    event_date: '2026-03-10',
    date_start: '2026-03-10',
    date_end: '2026-03-10',
    time_precision: 1,
    event_type: 'Battles',
    sub_event_type: 'Armed clash',
    actor1: '',
    actor2: '',
    location: 'X',
    admin1: '',
    country: 'Iraq',
    iso: 'IQ',
    geo_precision: 1,
    fatalities: 0,
    notes: 'n',
    source: id,
    source_url: '',
    article_id: `a-${id}`,
    evidence: { text: 'x', start: 0, end: 1 },
    geonameid: 1,
    latitude: lat,
    longitude: lon,
    confidence: 0.6,
    alternatives: [],
    ...over,
  } as EventProperties;
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: props };
}

describe('cross-article merge (merge-events.ts)', () => {
  test('a report in a sector "south-west of X" meets a report "near X" inside it', () => {
    const sector = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [44.39, 35.47],
          [44.1, 35.47],
          [44.1, 35.2],
          [44.39, 35.2],
          [44.39, 35.47],
        ],
      ],
    };
    const a = ev('a', { lon: 44.25, lat: 35.35, geo_precision: 2, area: sector, fatalities: 4 });
    const b = ev('b', { geo_precision: 2, fatalities: 5 });
    expect(mergeEvents([a, b])).toHaveLength(1);
  });
  test('a side filled from another report is never the party on the other side', () => {
    const a = ev('a', { actor1: 'Popular Mobilization Forces' });
    const b = ev('b', { actor2: 'Popular Mobilization Forces', time_precision: 1, confidence: 0.5 });
    const [m] = mergeEvents([a, b]);
    expect([m.properties.actor1, m.properties.actor2]).toEqual(['Popular Mobilization Forces', '']);
  });
  test("an article's vague mention does not take the place of its exact report in the group", () => {
    const a = ev('a', { article_id: 'one', fatalities: 3 });
    const vague = ev('v', { article_id: 'two', date_start: '2026-03-04', time_precision: 2, geo_precision: 2 });
    const exact = ev('x', { article_id: 'two', fatalities: 4 });
    const merged = mergeEvents([vague, a, exact]).find((e) => e.properties.sources);
    expect(merged?.properties.sources?.map((s) => s.fatalities)).toEqual([3, 4]);
  });
  test('the town from the report that names it, the day from the report that dates it', () => {
    const town = ev('t', { date_start: '2026-03-09', date_end: '2026-03-12', time_precision: 2, geo_precision: 1 });
    const day = ev('d', { date_start: '2026-03-10', date_end: '2026-03-10', geo_precision: 2, lon: 44.4 });
    const [m] = mergeEvents([town, day]);
    expect([
      m.properties.event_id,
      m.properties.date_start,
      m.properties.date_end,
      m.properties.time_precision,
    ]).toEqual(['t', '2026-03-10', '2026-03-10', 1]);
  });
  test('a report spanning months ("this year") joins no incident', () => {
    const a = ev('a', {});
    const year = ev('y', { date_start: '2026-01-01', date_end: '2026-03-12', time_precision: 3 });
    expect(mergeEvents([a, year])).toHaveLength(2);
  });
  test('a night told on either side of midnight meets one day apart, other days do not', () => {
    const a = ev('a', { evidence: { text: 'stormed a post overnight into Thursday', start: 0, end: 1 } });
    const b = ev('b', { date_start: '2026-03-09', date_end: '2026-03-09' });
    expect(mergeEvents([a, b])).toHaveLength(1);
    expect(mergeEvents([ev('c', {}), b])).toHaveLength(2);
  });
});

describe('places that are no event place (context.ts)', () => {
  test('"analysts in X and Y said": both are where the speakers are', () => {
    const events = pipelineEvents(
      'Gunmen attacked an army post near Kirkuk on Monday, killing two soldiers. Analysts in Erbil and Sulaymaniyah said the Kirkuk attack showed the gaps between the forces.',
      '2026-03-12',
    );
    expect(events.map((e) => e.location)).toEqual(['Kirkuk']);
  });
  test('"elders from X and Y" are where the mediators come from', () => {
    const events = pipelineEvents(
      'A truce was reached on Sunday with the mediation of elders from Misrata and Zintan, the ministry in Tripoli said.',
      '2026-05-18',
    );
    expect(events.map((e) => e.location)).not.toContain('Zintan');
    expect(events.map((e) => e.location)).not.toContain('Misratah');
  });
  test('"died in a hospital in X" is where the wounded were taken', () => {
    const events = pipelineEvents(
      'A wounded policeman died in a hospital in Peshawar on Friday, three days after militants attacked his post in Bannu.',
      '2026-06-06',
    );
    expect(events.map((e) => e.location)).not.toContain('Peshawar');
  });
});

describe('"the Kirkuk attack": the place naming a violent event (where.ts)', () => {
  test('with no other place, the modifier is its place', () => {
    const events = pipelineEvents(
      'Ministers met in Baghdad on Sunday to discuss security in Baghdad. They said the Kirkuk bombing had killed four people.',
      '2026-03-12',
    );
    expect(events.map((e) => `${e.location} f${e.fatalities}`)).toEqual(['Kirkuk f4']);
  });
});

describe('a toll told of the event before (follow-ups.ts, absorb.ts)', () => {
  test('"nine were killed in the clashes on Monday" gives the lead its toll and its day', () => {
    const events = pipelineEvents(
      'Earlier this week, heavy fighting broke out in Raghwan between the Houthis and government troops. A tribal leader said nine fighters had been killed in the clashes on Monday.',
      '2026-04-16',
    );
    expect(events.map(line)).toEqual(['Armed clash @ Raghwan 2026-04-13..2026-04-13 Houthis f9']);
  });
});

describe("the attacker's undated detail in the next sentence (absorb.ts)", () => {
  test("the settlers' arson told after their attack on the village is part of that attack", () => {
    const events = pipelineEvents(
      'Israeli settlers attacked the village of Sinjil late on Wednesday, the village council said. Dozens of settlers set fire to four cars and a barn and threw stones at residents, the village council said.',
      '2026-07-09',
    );
    expect(events.map((e) => `${e.sub_event_type} ${e.date_start}`)).toEqual(['Attack 2026-07-08']);
  });
});

describe('references back (group.ts)', () => {
  test('"the raid near Y" a few km from the raid on X is the same raid', () => {
    const events = pipelineEvents(
      'Israeli forces killed three Palestinians in a raid on Tammun on Thursday. Israeli warplanes also struck a car in Hebron. The army said the raid near Tubas targeted militants.',
      '2026-07-10',
    );
    expect(events.map((e) => e.location).sort()).toEqual(['Hebron', 'Ţammūn']);
  });
  test('a reference back with another count (the attackers killed) still joins the event it names', () => {
    const events = pipelineEvents(
      'Militants attacked a police station in northwest Pakistan, killing four policemen. The attack in Lakki Marwat district began late on Wednesday. Police said three militants had been killed.',
      '2026-06-06',
    );
    expect(events.map((e) => e.location)).toEqual(['Lakki Marwat District']);
  });
  test('"northwest Pakistan" without geometry holds a district of Pakistan', () => {
    const events = pipelineEvents(
      'The toll from a militant attack on a police station in northwest Pakistan rose to four. The attack in Lakki Marwat district began late on Wednesday.',
      '2026-06-06',
    );
    expect(events.map((e) => e.location)).toEqual(['Lakki Marwat District']);
  });
});

describe('clauses (sentences.ts, detect-events.ts)', () => {
  test('", officials said" closes a relative clause opened by "where"', () => {
    expect(
      clauses(
        'In the Kurram district, where feuds have killed scores in the past two years, officials said gunmen fired on a bus on Monday, killing two drivers.',
      ),
    ).toEqual([
      'In the Kurram district',
      'where feuds have killed scores in the past two years',
      'officials said gunmen fired on a bus on Monday, killing two drivers.',
    ]);
  });
  test("the cumulative toll of the relative clause is not the incident's; the district is its place", () => {
    const events = pipelineEvents(
      'In the Kurram district, where feuds have killed scores of people in the past two years, officials said gunmen fired on a bus on Monday, killing two drivers.',
      '2026-06-04',
    );
    expect(events.map((e) => `${e.location} f${e.fatalities}`)).toEqual(['Kurram District f2']);
  });
});

describe('event types (data/taxonomy.json)', () => {
  test('mourners marching to a burial are no protest; the raid they mourn is the event', () => {
    const events = pipelineEvents(
      'Hundreds of mourners marched through Tammun on Friday to bury three men killed in an Israeli raid on Thursday.',
      '2026-07-11',
    );
    expect(events.map((e) => e.event_type)).not.toContain('Protests');
  });
  test('settlers attacking or storming a village attack civilians', () => {
    expect(classify('Israeli settlers attacked the village of Sinjil late on Wednesday')?.sub_event_type).toBe(
      'Attack',
    );
    expect(classify('settlers stormed the village of Sinjil, burning vehicles')?.event_type).toBe(
      'Violence against civilians',
    );
    expect(classify('troops attacked the village of Sinjil')?.event_type).toBe('Battles');
  });
  test('fighting between rival militias is fighting', () => {
    expect(classify('the fighting between rival militias')?.sub_event_type).toBe('Armed clash');
    expect(classify('he is fighting his rivals for the nomination')).toBeNull();
  });
  test('armed groups withdrawing to their bases after a truce transfer no territory', () => {
    expect(classify('the armed groups had withdrawn to their bases')).toBeNull();
    expect(classify('the rebels had withdrawn from the town')?.sub_event_type).toBe(
      'Non-violent transfer of territory',
    );
  });
});

describe('Tripoli armed groups (data/actors.json)', () => {
  test('the Radaa force and the Stability Support Apparatus', () => {
    expect(
      new Set(
        findActors(
          'Clashes between the Radaa force and the Stability Support Apparatus (SSA) shook Tripoli.',
          'LY',
        ).map((h) => h.name),
      ),
    ).toEqual(new Set(['RADA: Special Deterrence Force', 'SSA: Stability Support Apparatus']));
  });
});
