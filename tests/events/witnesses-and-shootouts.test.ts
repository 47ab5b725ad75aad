/**
 * Twelfth session: a shootout is an armed clash; the town whose residents tell an incident is its place when the
 * incident names none; what was "said … that" happened is told, not a relative clause; firing on a crowd is an
 * attack. Invented sentences, the real pipeline.
 */
import { describe, expect, test } from 'vitest';
import { classify } from '../../src/events/taxonomy.js';
import type { EventProperties } from '../../src/types.js';
import { pipelineEvents } from './pipeline-helpers.js';

const line = (e: EventProperties) => `${e.sub_event_type} @ ${e.location} f${e.fatalities}`;

describe('shootouts (data/taxonomy.json, clash)', () => {
  test('"a shootout between rival gangs left six dead" is an armed clash with its toll', () => {
    const evs = pipelineEvents('A shootout between rival gangs left six dead in Guayaquil on Friday.', '2026-04-12');
    expect(evs.map(line)).toEqual(['Armed clash @ Guayaquil f6']);
  });
  test('"shoot-out" with a hyphen too', () => {
    const evs = pipelineEvents(
      'Two police officers died in a shoot-out with smugglers near Tijuana on Friday.',
      '2026-04-12',
    );
    expect(evs.map((e) => e.sub_event_type)).toEqual(['Armed clash']);
  });
});

describe('the residents who told it (residents-place.ts)', () => {
  test('"residents of X said drones dropped explosives" happened in X', () => {
    const evs = pipelineEvents(
      'Residents of Toribío said drones dropped explosives on houses on Friday.',
      '2026-04-12',
    );
    expect(evs.map(line)).toEqual(['Air/drone strike @ Toribío f0']);
  });
  test('people of X who only read about an incident elsewhere do not move it', () => {
    const evs = pipelineEvents(
      'Residents of Popayán said on Friday that drones dropped explosives on houses in Toribío.',
      '2026-04-12',
    );
    expect(evs.map(line)).toEqual(['Air/drone strike @ Toribío f0']);
  });
});

describe('"said that" opens what was said (taxonomy.ts SAID_THAT)', () => {
  test('"officials said on Friday that drones dropped explosives on X" is an event', () => {
    const evs = pipelineEvents(
      'Officials said on Friday that drones dropped explosives on houses in Toribío.',
      '2026-04-12',
    );
    expect(evs.map(line)).toEqual(['Air/drone strike @ Toribío f0']);
  });
  test('"the village that drones struck" stays a background relative clause', () => {
    expect(classify('They returned to the village that drones struck.')).toBeNull();
  });
});

describe('firing on a crowd (data/taxonomy.json, vac-attack)', () => {
  test('"were killed when troops fired on a crowd": the troops are the attackers', () => {
    const evs = pipelineEvents(
      'Four people were killed when troops fired on a crowd in Finote Selam on Monday.',
      '2026-04-12',
    );
    expect(evs.map((e) => `${e.sub_event_type} ${e.actor1} / ${e.actor2} f${e.fatalities}`)).toEqual([
      'Attack Military Forces of Ethiopia / Civilians (Ethiopia) f4',
    ]);
  });
  test('troops firing at militants is no attack on civilians', () => {
    expect(classify('Troops fired at militants near the town.')?.sub_event_type ?? null).not.toBe('Attack');
  });
});

describe('killed "to death" (taxonomy.json vac-attack, fatalities.ts)', () => {
  test('"hacked three villagers to death" is an attack with three dead', () => {
    const evs = pipelineEvents(
      'Militiamen hacked three villagers to death near Beni in North Kivu on Sunday.',
      '2026-04-12',
    );
    expect(evs.map((e) => `${e.sub_event_type} f${e.fatalities}`)).toEqual(['Attack f3']);
  });
  test('"beat a man to death" counts one', () => {
    const evs = pipelineEvents('Police beat a man to death in Lagos on Sunday.', '2026-04-12');
    expect(evs.map((e) => e.fatalities)).toEqual([1]);
  });
});
