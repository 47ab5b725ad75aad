// Rules from an invented Syria page (fifteenth session): a raid that kills someone is no arrest raid even when it also
// detains (data/taxonomy.json raid variant `unless`); a killing the detained are accused of is not the raid's toll
// (fatalities.ts ACCUSED_OF); a speaker telling of a strike on its own vehicles or posts is its target
// (speaker-target.ts); a village the gazetteer lacks, right after an event with a place, is near that place
// (unknown-settlement.ts).
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const run = (text: string) =>
  pipelineEvents(`DAMASCUS: ${text}`, '2026-01-21', 'Syria report').map((e) => [
    e.sub_event_type,
    e.actor1,
    e.actor2,
    e.fatalities,
  ]);

const places = (text: string) =>
  pipelineEvents(`DAMASCUS: ${text}`, '2026-01-21', 'Syria report').map((e) => [e.sub_event_type, e.location]);

describe('a village the gazetteer lacks (unknown-settlement.ts)', () => {
  it('arrests "in the village of X" right after an ambush near Jableh are placed near Jableh, not at Damascus', () => {
    const got = places(
      'Gunmen ambushed a security patrol near Jableh on Monday, killing two. Security forces later arrested four ' +
        'suspects in the village of Beit Qarqar, the ministry said.',
    );
    expect(got.find((e) => e[0] === 'Arrests')?.[1]).toBe('Jablah');
  });
  it('with no placed event just before, the arrests keep the fallback', () => {
    const got = places(
      'Security forces arrested four suspects in the village of Beit Qarqar on Monday, the ministry said.',
    );
    expect(got.find((e) => e[0] === 'Arrests')?.[1]).not.toBe('Jablah');
  });
});

describe('a day of raids and strikes in Syria', () => {
  it('"killed a senior official and detained two of his aides in a raid" is an armed clash with one dead', () => {
    const got = run(
      'Coalition forces killed a senior Daesh official and detained two of his aides in a raid near Al-Bab on Tuesday.',
    );
    expect(got.map((e) => [e[0], e[3]])).toEqual([['Armed clash', 1]]);
  });
  it('a raid that only detains stays an arrest', () => {
    const got = run(
      'Security forces detained two men suspected of having killed a policeman in a raid in Homs on Tuesday.',
    );
    expect(got.map((e) => [e[0], e[3]])).toEqual([['Arrests', 0]]);
  });
  it('"suspected of killing three soldiers" is not the toll of the raid that killed him', () => {
    const got = run('A man suspected of killing three soldiers was shot dead in a raid in Homs on Tuesday.');
    expect(got.map((e) => e[3])).toEqual([1]);
  });
  it('"the SDF said a drone struck one of its vehicles": the SDF is the target', () => {
    const got = run('The Syrian Democratic Forces said a drone struck one of its vehicles near Tal Tamr on Monday.');
    expect(got.map((e) => [e[0], e[1], e[2]])).toEqual([['Air/drone strike', '', 'Syrian Democratic Forces']]);
  });
  it('"said a Turkish drone struck one of its vehicles": Turkey attacks, the speaker is hit', () => {
    const got = run(
      'The Syrian Democratic Forces said a Turkish drone struck one of its vehicles near Tal Tamr on Monday.',
    );
    expect(got.map((e) => [e[1], e[2]])).toEqual([['Military Forces of Turkey', 'Syrian Democratic Forces']]);
  });
  it('"said it struck one of their positions": the speaker is still the attacker', () => {
    const got = run('The Syrian Democratic Forces said it struck one of their positions near Tal Tamr on Monday.');
    expect(got.map((e) => e[1])).toEqual(['Syrian Democratic Forces']);
  });
});
