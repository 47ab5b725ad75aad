/**
 * Rules from the nineteenth hand review (eight invented pages: Gaza, the West Bank, Yemen, Iraq, Iran, Sudan, Syria,
 * Lebanon): a daily report's details take the lead's day, family tolls, a stance clause between the subject and its
 * verb, a party's claimed toll beside another count. Invented sentences; the real pipeline throughout.
 */
import { describe, expect, test } from 'vitest';
import { countFatalities } from '../../src/events/fatalities.js';
import { blankStanceClauses } from '../../src/events/stance-clause.js';
import type { EventProperties } from '../../src/types.js';
import { pipelineEvents } from './pipeline-helpers.js';

const at = (events: EventProperties[], place: string) => events.find((e) => e.location.includes(place));

describe("a daily report's details take its day (lead-day.ts)", () => {
  test('an undated incident told after the dated lead is that day', () => {
    const events = pipelineEvents(
      'Israeli strikes killed at least 19 people across the Gaza Strip on Tuesday, medics said. In Khan Younis, a strike on a tent killed three men, a hospital said. Troops opened fire on people waiting for flour near Rafah, killing six, witnesses said.',
      '2025-07-17',
    );
    const rafah = at(events, 'Rafa');
    expect(rafah?.event_date).toBe('2025-07-15');
    expect(rafah?.time_precision).toBe(1);
  });
  test('a sentence naming another time in between keeps the report week', () => {
    const events = pipelineEvents(
      'Israeli strikes killed at least 19 people across the Gaza Strip on Tuesday, medics said. The war began in October 2023. Troops opened fire on people waiting for flour near Rafah, killing six, witnesses said.',
      '2025-07-17',
    );
    expect(at(events, 'Rafa')?.time_precision).toBe(2);
  });
  test('an ongoing state ("where fighting has raged for months") is not the day\'s incident', () => {
    const events = pipelineEvents(
      'Russian drones and missiles killed nine people across Ukraine on Wednesday, officials said. A missile struck a block of flats in Ternopil, killing six. Russian troops pressed on near Pokrovsk, where fighting has raged for months.',
      '2025-11-13',
    );
    expect(events.some((e) => e.location.includes('Pokrovsk') && e.time_precision === 1)).toBe(false);
  });
  test('a detail far from the dated lead keeps the report week', () => {
    const events = pipelineEvents(
      'Israeli strikes killed at least 19 people in Khan Younis on Tuesday, medics said. Aid groups warned of hunger. Prices of flour rose sharply. Many families sleep in the open. Fuel is running out. Hospitals are overwhelmed. Troops opened fire on people waiting for flour near Rafah, killing six, witnesses said.',
      '2025-07-17',
    );
    expect(at(events, 'Rafa')?.time_precision).toBe(2);
  });
});

describe('tolls told as families (fatalities.ts)', () => {
  test('"a couple and their four children" is six', () => {
    expect(countFatalities('a strike on a tent killed a couple and their four children')).toBe(6);
  });
  test('"an elderly couple" is two, "a couple of" is no count', () => {
    expect(countFatalities('gunmen killed an elderly couple')).toBe(2);
    expect(countFatalities('shelling killed a couple of hours after dawn')).toBe(0);
  });
  test('"a scientist, his wife and their two children" is four', () => {
    expect(countFatalities('the strike killed a nuclear scientist, his wife and their two children')).toBe(4);
  });
  test('"a member of the Popular Mobilization Forces was killed" is one', () => {
    expect(countFatalities('a member of the Popular Mobilization Forces was killed when gunmen attacked')).toBe(1);
    expect(countFatalities('a member of the security forces was also killed in the raid')).toBe(1);
  });
  test('"two brothers were shot dead" is two; "a family of seven were among the dead" is seven', () => {
    expect(countFatalities('Two brothers were shot dead by a drone')).toBe(2);
    expect(countFatalities('A family of seven were among the dead')).toBe(7);
  });
});

describe('a stance clause between the subject and its verb (stance-clause.ts)', () => {
  test('"X, which says …, carried out a strike" keeps X as actor1', () => {
    const events = pipelineEvents(
      'Israel, which says it is protecting the Druze, carried out a drone strike on a convoy near Sweida on Monday.',
      '2025-07-15',
    );
    expect(at(events, 'Suwayda')?.actor1).toBe('Military Forces of Israel');
  });
  test('a country named inside the stance clause is not the agent', () => {
    const events = pipelineEvents(
      'Israel, which says Iran was close to building a bomb, carried out strikes on Saturday on a site near Isfahan.',
      '2025-06-15',
    );
    expect(at(events, 'Isfahan')?.actor1).toBe('Military Forces of Israel');
  });
  test('only a clause of saying, closed by a comma before the verb, is blanked', () => {
    expect(blankStanceClauses('The army, which says it fires warning shots, opened fire')).not.toMatch(/which/);
    expect(blankStanceClauses('The militants, who hide in caves, opened fire')).toMatch(/who hide/);
  });
});

describe("a party's claimed toll beside another count (claimed-toll.ts)", () => {
  test("the sources' count wins over the attackers' own claim", () => {
    const events = pipelineEvents(
      'KIRKUK, Iraq: Militants ambushed an army patrol south of Kirkuk on Monday night, killing four soldiers, security sources said. The militants detonated a roadside bomb and then opened fire on the vehicles, a police officer said. The group later said in a statement that its fighters had killed 12 soldiers.',
      '2025-07-16',
      'Ambush in Kirkuk',
    );
    expect(at(events, 'Kirkuk')?.fatalities).toBe(4);
  });
  test('a claim that is the only toll is kept', () => {
    const events = pipelineEvents(
      'The army said on Tuesday that its troops had killed 15 fighters in Beit Hanoun.',
      '2025-07-16',
    );
    expect(events.find((e) => e.fatalities > 0)?.fatalities).toBe(15);
  });
});
