// Rules from an invented West Bank page (fifteenth and sixteenth sessions): "have been killed … since then" is a running
// toll (taxonomy cumulative); settlers "throwing stones at" people, or settlers raiding a village, is an attack, not
// looting or a battle (raid and looting variants); an undated sentence up to
// three sentences after a dated lead, or opening "Following the attack", takes the lead's day (continued-date.ts),
// and that "the attack" is no event of its own (taxonomy guard opening_reference);
// "A Palestinian stabbed …" is one person, not Palestinian state forces (roles.ts demonymAgent); "an Israeli man"
// attacked in the West Bank makes the victims Civilians (Israel) (victim-nationality.ts).
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const run = (text: string) => pipelineEvents(text, '2026-03-12');

describe('a West Bank day', () => {
  it('"have been killed … since then" is a running toll, not the toll of the attack before it', () => {
    const got = run(
      'RAMALLAH: Israeli settlers attacked the village of Sinjil on Wednesday. Three Palestinians have been killed ' +
        'in the village since then.',
    );
    expect(got.map((e) => [e.sub_event_type, e.fatalities])).toEqual([['Attack', 0]]);
  });

  it.each([
    'Dozens of settlers attacked Sinjil on Wednesday, torching cars and throwing stones at villagers.',
    'Israeli settlers burned cars in Sinjil on Wednesday and threw stones at residents.',
    'Settlers raided Sinjil on Wednesday, setting homes on fire and throwing stones at residents.',
  ])('settlers throwing stones at people is an attack on civilians, not looting or a battle: %s', (text) => {
    expect(run(`RAMALLAH: ${text}`).map((e) => [e.sub_event_type, e.actor2])).toEqual([
      ['Attack', 'Civilians (Palestine)'],
    ]);
  });

  it('protesters throwing stones at police stay a riot', () => {
    const got = run('Protesters burned cars in Paris on Wednesday and threw stones at police.');
    expect(got.map((e) => e.sub_event_type)).toEqual(['Violent demonstration']);
  });

  it('a strike three sentences after the dated raid takes its day', () => {
    const got = run(
      'JENIN: Israeli forces raided Jenin on Tuesday. Residents said bulldozers tore up roads. Shops stayed shut. ' +
        'A drone later struck a group of men in the Jenin camp, killing two.',
    );
    const strike = got.find((e) => e.sub_event_type === 'Air/drone strike');
    expect(strike?.event_date).toBe('2026-03-10');
    expect(strike?.time_precision).toBe(1);
  });

  it('"Following the attack, the army raided …" happened on the day of the attack, and "the attack" is no new event', () => {
    const got = run(
      'NABLUS: A Palestinian gunman shot and wounded an Israeli man near Huwara on Monday. Following the attack, ' +
        'Israeli troops raided the town of Qabatiya and arrested five people.',
    );
    expect(got.map((e) => [e.sub_event_type, e.event_date])).toEqual([
      ['Attack', '2026-03-09'],
      ['Arrests', '2026-03-09'],
    ]);
  });

  it('"A Palestinian gunman shot …" is one armed man, not Palestinian state forces', () => {
    const attack = run('NABLUS: A Palestinian gunman shot and wounded an Israeli man near Huwara on Monday.')[0];
    expect(attack.actor1).toBe('Unidentified Armed Group (Palestine)');
    expect(attack.actor2).toBe('Civilians (Israel)');
  });

  it('"A Palestinian stabbed …" is one man, not Palestinian state forces, and his victim is an Israeli civilian', () => {
    const got = run('HEBRON: A Palestinian stabbed and wounded an Israeli man at a junction near Hebron on Tuesday.');
    const attack = got.find((e) => e.sub_event_type === 'Attack');
    expect(attack?.actor1 ?? '').not.toMatch(/Military Forces|Police Forces|State/);
    expect(attack?.actor2).toBe('Civilians (Israel)');
  });
});
