// Rules from invented Israel–Iran and Jordan/Turkey wire stories (fourteenth session): running tolls counted from a
// party's first attack or "over the same period", and claims of destroying a share of an arsenal, are tallies
// (data/taxonomy.json `cumulative`); "the skies over X" is no territory (`overtake` not); "… and said …" opens another
// statement (src/events/sentences.ts CLAUSE_BREAK); "Another hit …" is one more of the weapon told just before
// (src/events/elided-weapon.ts); weapons "also" seized in an arrest's raids are part of the arrest (absorb.ts).
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const run = (text: string) =>
  pipelineEvents(text, '2025-06-18', 'War report').map((e) => [e.sub_event_type, e.location, e.fatalities]);

describe('wartime tallies and elided weapons', () => {
  it('a toll "since Israel began its strikes on Friday" is no event of Friday', () => {
    const got = run(
      'Officials in Tabriz said 130 people had been killed in the province since Israel began its strikes on Friday.',
    );
    expect(got).toEqual([]);
  });

  it('a toll "since Sunday" is a running total', () => {
    const got = run('In Haifa, the mayor said 11 people have been killed since Sunday.');
    expect(got).toEqual([]);
  });

  it('"had destroyed half of the launchers" is a claim over the war, not a seizure in the province named', () => {
    const got = run(
      "Israel's army said on Tuesday it had destroyed half of the missile launchers in Kermanshah province.",
    );
    expect(got).toEqual([]);
  });

  it('"gained control of the skies over X" is no capture of X', () => {
    const got = run(
      'Israel struck radar sites in western Iran on Tuesday and said its jets had gained control of the skies over ' +
        'Isfahan.',
    );
    expect(got.map((e) => e[0])).toEqual(['Air/drone strike']);
  });

  it('"struck X in western Y and said … over Z" is placed in western Y, not at Z', () => {
    const got = run(
      'Israel struck radar sites in western Iran on Tuesday and said its jets now flew freely over Isfahan.',
    );
    expect(got.map((e) => e[1])).toEqual(['Western Iran']);
  });

  it('a toll "over the same period" does not swell a day\'s missile strike', () => {
    const got = run(
      'A missile struck a school in Ashdod on Tuesday, killing two guards. Israel says 19 people have been killed in ' +
        'Iranian missile attacks over the same period.',
    );
    expect(got).toEqual([['Shelling/artillery/missile attack', 'Ashdod', 2]]);
  });

  it('"A missile struck X. Another hit Y, killing three." gives two missile attacks', () => {
    const got = run(
      'A missile struck an apartment block in Rehovot on Tuesday, wounding 20 people. Another hit near a power ' +
        'station in Ashkelon, killing three workers.',
    );
    expect(got).toContainEqual(['Shelling/artillery/missile attack', 'Ashkelon', 3]);
    expect(got.map((e) => e[0])).not.toContain('Attack');
  });

  it('"Another gunman killed …" after a strike is no strike', () => {
    const got = run(
      'A drone struck a car in Nabatieh on Tuesday, killing its driver. Another gunman shot dead a shopkeeper in Tyre.',
    );
    expect(got).toContainEqual(['Attack', 'Tyre', 1]);
  });

  it('pistols "also" seized in the raids of an arrest are part of the arrest', () => {
    const got = pipelineEvents(
      'ANKARA: Turkish police detained 30 people suspected of links to Daesh in simultaneous raids across nine ' +
        'provinces on Tuesday, the interior minister said. The operations were centred on Izmir, Konya and Ankara, ' +
        'where officers also seized pistols and ammunition. Eight of them were later remanded in custody.',
      '2025-06-18',
      'Turkey report',
    ).map((e) => e.sub_event_type);
    expect(got).toEqual(['Arrests']);
  });
});
