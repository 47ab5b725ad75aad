/**
 * Rules from the twenty-fifth hand review (invented pages from the Red Sea, Sudan, Nigeria, Haiti and Kashmir).
 * Invented sentences and places; the real pipeline, since the rules need the gazetteer.
 */
import { describe, expect, test } from 'vitest';
import { capture, captureEvents, pipelineEvents } from './pipeline-helpers.js';

const one = (s: string, day = '2026-10-17') => pipelineEvents(s, day);

describe('a chain of participle adjuncts is one event (taxonomy.ts startsEvent)', () => {
  test('"attacked X, burning houses and killing nine" is an attack with its toll, not looting', () => {
    const events = one('Armed gangs attacked the town of Jacmel on Wednesday, burning houses and killing nine people.');
    expect(events).toHaveLength(1);
    expect(events[0].sub_event_type).toBe('Attack');
    expect(events[0].fatalities).toBe(9);
  });

  test('"and renewed targeting of X" (a noun after its modifier) still opens an event of its own', () => {
    const events = one(
      'Gunmen killed two farmers near Jacmel on Monday and renewed targeting of villages near Les Cayes followed on Tuesday.',
    );
    expect(events.map((e) => e.location)).toEqual(expect.arrayContaining(['Jacmel', 'Les Cayes']));
  });
});

describe('coordinated demonyms in a reciprocal act are its two sides (parties.ts)', () => {
  test('"Indian and Pakistani troops exchanged fire" has both armies as sides', () => {
    const [e] = one('Indian and Pakistani troops exchanged fire near Kupwara on Thursday, officials said.');
    expect(e.actor1).toBe('Military Forces of India');
    expect(e.actor2).toBe('Military Forces of Pakistan');
  });

  test('"US and British warplanes struck" still makes the second force an associate', () => {
    const [e] = one('US and British warplanes struck Houthi sites near Sanaa on Thursday.');
    expect(e.actor1).toBe('Military Forces of the United States');
    expect(e.actor2).toBe('Houthis');
  });
});

describe('a party blamed after the trigger is the attacker (parties.ts, blame.ts)', () => {
  test('"drones struck X, the army said, blaming the RSF" has the RSF as actor1, not the target', () => {
    const [e] = one('Drones struck the airport in Kassala on Thursday, the army said, blaming the RSF.');
    expect(e.actor1).toBe('Rapid Support Forces');
    expect(e.actor2).not.toBe('Rapid Support Forces');
  });
});

describe("a ship's destination is not where it was hit (destinations.ts)", () => {
  test('a caption "a damaged tanker is towed towards X after a missile strike" puts no event at X', () => {
    const text = capture(
      'Rebels hit tanker off Yemen',
      'A damaged tanker is towed towards Berbera after a missile strike. (AFP)',
      '17 October 2026',
      [],
      ['ADEN: Houthi rebels fired a missile at a tanker off Mocha on Friday, the maritime agency said.'],
    );
    const events = captureEvents(text);
    expect(events.map((e) => e.location)).not.toContain('Berbera');
    expect(events.length).toBeGreaterThan(0);
  });
});

describe('speakers of "said their aircraft struck" are the attackers (roles.ts speakerIsSubject)', () => {
  test('"The United States and Britain said their aircraft struck X" has the United States as actor1', () => {
    const events = one('The United States and Britain said their aircraft struck Houthi sites near Sanaa on Thursday.');
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.actor1).toBe('Military Forces of the United States');
  });
});

describe('a lynching counts its dead (fatalities.ts)', () => {
  test('"residents lynched three men" is mob violence with three dead', () => {
    const [e] = one('Residents lynched three men in Jacmel on Thursday, a local radio station reported.');
    expect(e.sub_event_type).toBe('Mob violence');
    expect(e.fatalities).toBe(3);
  });

  test('the men a mob lynched are civilians, its actor2 (targets.ts)', () => {
    const [e] = one('A mob lynched two suspected thieves in Jacmel on Thursday, police said.');
    expect(e.sub_event_type).toBe('Mob violence');
    expect(e.actor2).toBe('Civilians (Haiti)');
  });
});
