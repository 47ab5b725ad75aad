// A crowd that gathers to call for something is a peaceful protest; a crowd gathered for no stated cause is not an
// event; air-defence fire ("anti-aircraft fire was heard") is no air strike. Invented sentences.
import { describe, expect, test } from 'vitest';
import { classify } from '../../src/events/taxonomy.js';

const type = (s: string) => {
  const c = classify(s);
  return c ? `${c.event_type}/${c.sub_event_type}` : null;
};

describe('gatherings', () => {
  test.each([
    ['Hundreds of people gathered in the main square to call for calm', 'Protests/Peaceful protest'],
    ['Residents assembled outside the town hall to urge the release of the detainees', 'Protests/Peaceful protest'],
    ['Students gathered at the gate to show their solidarity with the strikers', 'Protests/Peaceful protest'],
  ])('%s → %s', (s, want) => {
    expect(type(s)).toBe(want);
  });

  test('a gathering with no cause stated is no event', () => {
    expect(type('Hundreds of people gathered in the main square on Friday')).toBeNull();
  });
});

describe('air defence', () => {
  test.each([
    'Residents said anti-aircraft fire was heard over the city overnight',
    'Counter-drone units fired at the incoming drones',
  ])('%s → no event', (s) => {
    expect(type(s)).toBeNull();
  });

  test('aircraft that fire are still an air strike', () => {
    expect(type('Aircraft fired missiles at the town')).toBe('Explosions/Remote violence/Air/drone strike');
  });
});
