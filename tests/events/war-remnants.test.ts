// Rules from an invented south Lebanon page (fifteenth session): an army taking over tunnels and launch sites, and
// blowing up munitions it found, is Disrupted weapons use; a munition left from a war that goes off and wounds someone
// is Remote explosive/landmine/IED (data/taxonomy.json); "an Israeli bulldozer … demolished a house" names its side
// (roles.ts STATE_CAMPAIGN).
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const LEAD = 'BEIRUT: Tension remained high in south Lebanon on Tuesday. ';
const run = (text: string) =>
  pipelineEvents(LEAD + text, '2026-01-14', 'Lebanon report').map((e) => [
    e.sub_event_type,
    e.location,
    e.actor1,
    e.event_date,
  ]);

describe('war remnants and sites taken over', () => {
  it('"its units had taken over a tunnel network" is Disrupted weapons use by the army', () => {
    const got = run('The Lebanese army said its units had taken over a tunnel network near Khiam on Monday.');
    expect(got.map((e) => [e[0], e[2], e[3]])).toEqual([
      ['Disrupted weapons use', 'Military Forces of Lebanon', '2026-01-12'],
    ]);
  });
  it('"taken over the town" is no weapons event', () => {
    const got = run('The Lebanese army said its units had taken over the town of Khiam on Monday.');
    expect(got.map((e) => e[0])).not.toContain('Disrupted weapons use');
  });
  it('"detonated unexploded munitions found" is Disrupted weapons use', () => {
    const got = run('The army said on Monday it had detonated unexploded munitions found in the outskirts of Khiam.');
    expect(got.map((e) => e[0])).toEqual(['Disrupted weapons use']);
  });
  it('"a munition left from the war exploded", wounding a soldier, is a remote explosive', () => {
    const got = run('A soldier was wounded on Monday when a munition left from the war exploded near Qlayaa.');
    expect(got.map((e) => [e[0], e[3]])).toEqual([['Remote explosive/landmine/IED', '2026-01-12']]);
  });
  it('"an Israeli bulldozer crossed … and demolished a house" has Israel as actor1', () => {
    const got = run(
      'Residents of Houla said an Israeli bulldozer crossed the border fence at dawn on Sunday and demolished a house ' +
        'on the edge of the village.',
    );
    expect(got.map((e) => [e[0], e[2]])).toEqual([['Looting/property destruction', 'Military Forces of Israel']]);
  });
});
