// Events twentieth session (issue #5): causes found on eleven invented wire pages, each told here in other invented
// sentences (docs/taxonomy.md, "Twentieth session: events review").
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const run = (text: string, published = '2025-10-22') => pipelineEvents(text, published);
const roles = (text: string) => run(text).map((e) => [e.sub_event_type, e.actor1, e.actor2]);

describe('"an overnight raid" binds no day (when.ts)', () => {
  it('"On Saturday, … in an overnight raid": the named Saturday, not the report day', () => {
    const got = run(
      'On Saturday, rebels killed 14 villagers with machetes in an overnight raid on a village near Butembo.',
    );
    expect(got.map((e) => [e.date_start, e.date_end, e.time_precision])).toEqual([['2025-10-18', '2025-10-18', 1]]);
  });

  it('"an overnight raid" with no day named stays the report day', () => {
    const got = run('Rebels killed 14 villagers with machetes in an overnight raid on a village near Butembo.');
    expect(got.map((e) => e.date_start)).toEqual(['2025-10-22']);
  });
});

describe('one victim told before the strike is its target (roles.ts)', () => {
  it('"A man was killed in a drone attack": Civilians as actor2', () => {
    const got = roles('A man was killed in a Russian drone attack on a bus near Nikopol on Monday.');
    expect(got).toEqual([['Air/drone strike', 'Military Forces of Russia', 'Civilians (Ukraine)']]);
  });
});

describe("soldiers killed by the act are not the attacker's own (victim-force.ts)", () => {
  it('"Turkish drones struck a truck …, killing three soldiers": the forces of the country struck', () => {
    const got = roles('Turkish drones struck a truck near Qamishli on Sunday, killing three soldiers.');
    expect(got).toEqual([['Air/drone strike', 'Military Forces of Turkey', 'Military Forces of Syria']]);
  });

  it('"killed in the military operation": no victim force read from a preposition', () => {
    const got = roles('Two Turkish soldiers were killed in the military operation near al-Bab on Sunday.');
    expect(got[0]?.[2]).not.toBe('Military Forces of Syria');
  });
});

describe('"jihadists linked to al-Qaeda" are one attacker (actors.ts MEMBER_OF)', () => {
  it('the soldiers killed are actor2, not the generic jihadists', () => {
    const got = roles(
      'Jihadists linked to al-Qaeda killed 20 soldiers in an attack on an army post near Dori on Sunday.',
    );
    // Al Qaeda's branch in Burkina Faso is JNIM (is-province.ts, twenty-fifth session).
    expect(got).toEqual([
      ['Armed clash', 'JNIM: Jamaat Nusrat al-Islam wal-Muslimin', 'Military Forces of Burkina Faso'],
    ]);
  });
});

describe("an undated toll at the place just struck is that strike's (absorb.ts)", () => {
  it('"He said two dock workers were killed … at the port of Odesa": one strike with two dead', () => {
    const got = run(
      'Russian missiles struck the port of Odesa on Sunday, the regional governor said. He said two dock workers were killed and five wounded at the port of Odesa.',
    );
    expect(got.map((e) => [e.sub_event_type, e.location, e.fatalities, e.actor2])).toEqual([
      ['Shelling/artillery/missile attack', 'Odesa', 2, 'Civilians (Ukraine)'],
    ]);
  });

  it('a toll dated another day at the same place stays an event of its own', () => {
    const got = run(
      'Russian missiles struck the port of Odesa on Sunday, the regional governor said. Two dock workers were killed in Odesa on Monday.',
    );
    expect(got).toHaveLength(2);
  });
});

describe('"in the X area of Y" places the event in Y (cue-walk.ts NAMED_AREA_OF)', () => {
  it('a reference back "took place in the Mir Ali area of North Waziristan" refines the province', () => {
    const got = run(
      'Militants ambushed an army convoy in Khyber Pakhtunkhwa province on Sunday, killing six soldiers. The attack took place in the Mir Ali area of North Waziristan.',
    );
    expect(got.map((e) => [e.sub_event_type, e.location])).toEqual([['Armed clash', 'North Wazīristān District']]);
  });
});

describe('air strikes that back a ground force are not the event (taxonomy.json air-strike not; actors.ts)', () => {
  it('"Kenyan troops backed by U.S. airstrikes killed 12 militants": a clash by the troops', () => {
    const got = run('Kenyan troops backed by U.S. airstrikes killed 12 al-Shabaab militants near Kismayo on Sunday.');
    expect(got.map((e) => [e.sub_event_type, e.actor1, e.actor2])).toEqual([
      ['Armed clash', 'Military Forces of Kenya', 'Al Shabaab'],
    ]);
  });

  it('"U.S. airstrikes killed 12 militants" stays an air strike', () => {
    const got = roles('U.S. airstrikes killed 12 al-Shabaab militants near Kismayo on Sunday.');
    expect(got).toEqual([['Air/drone strike', 'Military Forces of the United States', 'Al Shabaab']]);
  });
});

describe('a spell of violence in an earlier month is background (past-spell.ts)', () => {
  it('"In June, weeks of fighting around Tawila killed hundreds" in an October report: no event', () => {
    expect(run('In June, weeks of fighting around Tawila killed hundreds of people, aid groups said.')).toEqual([]);
  });

  it('"Days of clashes … killed 30 last week" stays an event', () => {
    expect(run('Days of clashes around Tawila killed 30 people last week, aid groups said.')).toHaveLength(1);
  });
});

describe("a vaguer period holding the statement's day does not date the event (when.ts)", () => {
  it('"said on Sunday it had fired …, its third attack this month": Sunday, not the month', () => {
    const got = run(
      'The Houthis said on Sunday they had fired a missile at a tanker in the Gulf of Aden, their third attack on shipping this month.',
    );
    expect(got.map((e) => [e.date_start, e.date_end, e.time_precision])).toEqual([['2025-10-19', '2025-10-19', 1]]);
  });
});

describe('an ambush of civilians is an attack on them (taxonomy.json clash variant)', () => {
  it('"ambushed a minibus …, killing four passengers": Attack, civilians the target', () => {
    const got = roles('Bandits ambushed a minibus near Gusau on Sunday, killing four passengers.');
    expect(got).toEqual([['Attack', 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)']]);
  });

  it('"ambushed an army patrol" stays an armed clash', () => {
    const got = roles('Bandits ambushed an army patrol near Gusau on Sunday, killing four soldiers.');
    expect(got[0]?.[0]).toBe('Armed clash');
  });
});

describe('a seized police station or outpost is a territorial gain (taxonomy.json overtake)', () => {
  it('"Rebels seized a police station near Lashio": a non-state gain against the police', () => {
    const got = roles('Rebels seized a police station near Lashio on Sunday after a day of fighting.');
    expect(got).toEqual([
      ['Non-state actor overtakes territory', 'Rebel groups (Myanmar)', 'Police Forces of Myanmar'],
    ]);
  });
});
