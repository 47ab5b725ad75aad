/**
 * Rules from the twenty-second hand review (invented pages from Sudan, Yemen, Iraq and the West Bank in the seed's
 * capture format). Invented sentences and places; the real pipeline, since both rules need the gazetteer.
 */
import { describe, expect, test } from 'vitest';
import { capture, captureEvents, pipelineEvents } from './pipeline-helpers.js';

describe('a highlight telling a raid by its damage (front-damage.ts)', () => {
  const page = (highlight: string) =>
    capture(
      'Settlers raid West Bank village',
      'Residents of Sinjil gather outside the village council. (AFP)',
      '12 March 2026',
      [highlight],
      [
        'RAMALLAH: Dozens of Israeli settlers stormed the village of Sinjil on Wednesday evening, burning a house and four cars and beating two farmers, the Palestinian Red Crescent said.',
        'The village council said the attackers came from a nearby outpost.',
      ],
    );

  test('"settlers torched homes and cars in X" joins the body\'s raid on X: one event', () => {
    const evs = captureEvents(page('Israeli settlers set fire to a house and cars in Sinjil on Wednesday'));
    expect(evs.filter((e) => e.location.includes('Sinjil'))).toHaveLength(1);
  });

  test('the same damage told by another party stays an event of its own', () => {
    const evs = captureEvents(page('Israeli troops set fire to a house and cars in Sinjil on Wednesday'));
    expect(evs.filter((e) => e.location.includes('Sinjil')).length).toBeGreaterThan(1);
  });
});

describe('a force told as attacked in the passive is the target (passive-target.ts)', () => {
  const one = (s: string) => pipelineEvents(s, '2026-03-12')[0];

  test('"Israeli soldiers were ambushed near X": no actor1, Israel is actor2', () => {
    const e = one('Israeli soldiers were ambushed near Tubas on Wednesday, the military said.');
    expect([e.actor1, e.actor2]).toEqual(['', 'Military Forces of Israel']);
  });

  test('"troops were attacked by Hamas fighters": the agent after "by" stays actor1', () => {
    const e = one('Israeli troops were attacked by Hamas fighters near Tubas on Wednesday.');
    expect([e.actor1, e.actor2]).toEqual(['Hamas', 'Military Forces of Israel']);
  });
});

describe('one person of a nationality shot dead by troops is an attack (taxonomy.json, kill / raid / attack)', () => {
  const one = (s: string) => pipelineEvents(s, '2026-03-12')[0];

  test('"a 19-year-old Palestinian was shot dead by Israeli troops during a raid": Attack on civilians', () => {
    const e = one('A 19-year-old Palestinian was shot dead by Israeli troops during a raid in Tubas on Wednesday.');
    expect([e.sub_event_type, e.actor2]).toEqual(['Attack', 'Civilians (Palestine)']);
  });

  test('"an armed Palestinian … after a gunfight" stays an armed clash', () => {
    const e = one('An armed Palestinian was shot dead by Israeli troops in Tubas on Wednesday after a gunfight.');
    expect(e.sub_event_type).toBe('Armed clash');
  });
});

describe('a toll "in the raids" goes to the event of that kind told before (toll-kind.ts)', () => {
  const text =
    'Israeli jets struck docks in Hodeidah on Wednesday evening, hours after the Houthis fired a missile toward Eilat. ' +
    'A Houthi-run channel said four dock workers were killed in the raids.';

  test('the air strike takes the toll, not the missile told last', () => {
    const evs = pipelineEvents(text, '2026-03-12');
    const strike = evs.find((e) => e.sub_event_type === 'Air/drone strike');
    const missile = evs.find((e) => e.sub_event_type === 'Shelling/artillery/missile attack');
    expect([strike?.fatalities, missile?.fatalities]).toEqual([4, 0]);
  });
});
