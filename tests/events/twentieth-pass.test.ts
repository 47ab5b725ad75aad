/**
 * Rules from the twentieth hand review (four invented pages on Pakistan/Afghanistan, Syria's coast, Turkiye/Iraq and
 * India/Pakistan, and the nineteenth pass's eight pages judged again). Invented sentences; the real pipeline where the
 * rule needs the gazetteer, the unit where it does not.
 */
import { describe, expect, test } from 'vitest';
import { countFatalities } from '../../src/events/fatalities.js';
import { kinVictims } from '../../src/events/kin-victims.js';
import { classify, hasTrigger } from '../../src/events/taxonomy.js';
import type { EventProperties } from '../../src/types.js';
import { pipelineEvents } from './pipeline-helpers.js';

const line = (e: EventProperties) => `${e.sub_event_type} @ ${e.location} ${e.actor1} / ${e.actor2} f${e.fatalities}`;
const kin = (s: string, trigger: string) => kinVictims(s, s.indexOf(trigger));

describe('victims told by kinship or by the dwelling hit (kin-victims.ts)', () => {
  test('a strike on a tent that killed a couple and their children targets civilians', () => {
    const [e] = pipelineEvents(
      'In Rafah, an Israeli strike on a tent killed a couple and their three children on Tuesday, medics said.',
      '2025-06-04',
    );
    expect(e.actor2).toBe('Civilians (Palestine)');
  });
  test('an airstrike on an apartment that killed a family of four targets civilians', () => {
    expect(kin('An airstrike on an apartment killed a family of four.', 'airstrike')).toBe(true);
  });
  test('two brothers told as the passive subject before the trigger are civilians', () => {
    expect(kin('Two brothers were shot dead by an army drone near the fence.', 'shot dead')).toBe(true);
  });
  test('a strike on a base that killed soldiers names no civilians', () => {
    expect(kin('A strike on a base killed four soldiers.', 'strike')).toBe(false);
    expect(kin('A strike on a house used as a depot destroyed it.', 'strike')).toBe(false);
  });
  test('"wounding one person" names a civilian victim', () => {
    const [e] = pipelineEvents(
      'An Israeli drone strike hit a motorcycle in the city of Tyre on Friday, wounding one person.',
      '2025-06-07',
    );
    expect(e.actor2).toBe('Civilians (Lebanon)');
  });
});

describe('the owner of seized weapons (seizure-owner.ts)', () => {
  test("the army that took over a group's depot is actor1, the group actor2", () => {
    const [e] = pipelineEvents(
      'The Lebanese army said on Friday that its troops had taken over a Hezbollah weapons depot near the town of Qana and dismantled rocket launchers there.',
      '2025-06-07',
    );
    expect(line(e)).toMatch(/^Disrupted weapons use @ .* Military Forces of Lebanon \/ Hezbollah/);
  });
});

describe('demolitions without "demolished" (taxonomy.json, looting)', () => {
  test('"tore down tents" is property destruction', () => {
    expect(classify('Israeli bulldozers tore down tents and sheds in a Bedouin hamlet.')?.sub_event_type).toBe(
      'Looting/property destruction',
    );
  });
  test('"tore down a banner" is none', () => {
    expect(hasTrigger('Students tore down a banner in the hall.')).toBe(false);
  });
});

describe('a killing of people abducted before (taxonomy.json, abduction "not")', () => {
  test('"killed two men, who had been kidnapped" is the killing, not an abduction', () => {
    const [e] = pipelineEvents(
      'Gunmen near Gao on Friday killed two men, who had been kidnapped from their village.',
      '2025-06-07',
    );
    expect(e.sub_event_type).toBe('Attack');
  });
  test('a plain kidnapping is still an abduction', () => {
    expect(classify('Gunmen kidnapped two men from their village.')?.sub_event_type).toBe(
      'Abduction/forced disappearance',
    );
  });
});

describe('background guards (taxonomy.json: clash and attack "not")', () => {
  test('"after four days of fighting" is the background of a truce, no clash', () => {
    expect(hasTrigger('A truce took hold after four days of fighting.')).toBe(false);
    expect(hasTrigger('Four days of fighting killed 30 soldiers.')).toBe(true);
    // The clashes that killed people are the event, not background.
    expect(hasTrigger('After two days of clashes between tribesmen near the town killed seven people.')).toBe(true);
  });
  test('"operations, which Ankara says target militants" tells a stance, no event', () => {
    expect(hasTrigger('Baghdad criticised the operations, which Ankara says target militants in the hills.')).toBe(
      false,
    );
    expect(hasTrigger('Turkish jets struck militants in the hills.')).toBe(true);
    // A past toll told in the relative clause is still the event's: "which the ministry says killed nine".
    expect(hasTrigger('Shops reopened after the raid, which the ministry says killed nine people.')).toBe(true);
  });
});

describe('two counts, one of them "members of the security forces" (fatalities.ts)', () => {
  test('the two counts add up', () => {
    expect(countFatalities('The fighting killed 12 members of the security forces and 20 gunmen.')).toBe(32);
  });
});

describe('"the market" of a settlement the gazetteer lacks (implicit-places.ts)', () => {
  test('the market is not a city named earlier, but the unknown village in its province', () => {
    const events = pipelineEvents(
      'Drones struck the airport in Kassala on Monday, the army said. In North Darfur, RSF fighters attacked the village of Hillat Qarzawi on Saturday, killing 12 people, a rights group said. The fighters, who came in trucks, looted homes and set fire to the market, the group said.',
      '2025-06-10',
    );
    expect(events.filter((e) => e.location === 'Kassala').map((e) => e.sub_event_type)).toEqual(['Air/drone strike']);
  });
});
