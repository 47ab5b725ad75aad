// Events twenty-second session: the known-wrong list of the twenty-first and causes found in forty invented incident
// one-liners, each told here in other invented sentences (docs/taxonomy.md, "Twenty-second session: events review").
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const run = (text: string, published = '2025-11-18') => pipelineEvents(text, published);
const roles = (text: string) => run(text).map((e) => [e.sub_event_type, e.actor1, e.actor2]);

describe('armed groups the dictionary lacked (data/actors.json)', () => {
  it('the White Army overruns a garrison in South Sudan', () => {
    expect(roles('White Army fighters overran an army garrison in Akobo on Tuesday, local officials said.')).toEqual([
      ['Non-state actor overtakes territory', 'White Army (Nuer Ethnic Militia)', 'Military Forces of South Sudan'],
    ]);
  });

  it('the 444 Brigade clashes with the Radaa force in Tripoli', () => {
    expect(
      roles('Fighters of the 444 Brigade clashed with the Radaa force in Tripoli on Monday, killing three people.'),
    ).toEqual([['Armed clash', '444 Brigade', 'RADA: Special Deterrence Force']]);
  });

  it('soldiers clash with BIFF fighters; soldiers kill Abu Sayyaf militants (the soldiers lead)', () => {
    expect(
      roles('Soldiers clashed with BIFF fighters in Datu Piang on Sunday, leaving two militants dead, the army said.'),
    ).toEqual([['Armed clash', 'Military Forces of the Philippines', 'BIFF: Bangsamoro Islamic Freedom Fighters']]);
    expect(
      roles('Troops killed three Abu Sayyaf militants in a gunfight in Patikul on Saturday, the military said.'),
    ).toEqual([['Armed clash', 'Military Forces of the Philippines', 'Abu Sayyaf Group']]);
  });
});

describe('the Islamic State by its province (is-province.ts)', () => {
  it('"the insurgents" of a Mozambican story after Islamic State fighters are Islamic State Mozambique Province', () => {
    const got = roles(
      'Islamic State fighters beheaded three farmers near Macomia on Saturday. On Sunday, Rwandan troops clashed with the insurgents near Mocimboa da Praia, killing eight of them, the army said.',
    );
    expect(got).toEqual([
      ['Attack', 'Islamic State Mozambique Province', 'Civilians (Mozambique)'],
      ['Armed clash', 'Military Forces of Rwanda', 'Islamic State Mozambique Province'],
    ]);
  });

  it('in Syria the Islamic State stays itself', () => {
    expect(
      roles(
        'Islamic State militants attacked an army checkpoint near Palmyra on Sunday, killing four soldiers.',
      )[0]?.[1],
    ).toBe('Islamic State');
  });
});
