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

describe('a weapons cache with grenades is disrupted weapons use (taxonomy.json grenade not / not_clause)', () => {
  it('"found a weapons cache including rifles and hand grenades", "seized rifles, ammunition and hand grenades"', () => {
    expect(
      run('Police found a weapons cache including rifles and hand grenades in a house in Imphal on Monday.').map(
        (e) => e.sub_event_type,
      ),
    ).toEqual(['Disrupted weapons use']);
    expect(
      run('Soldiers seized rifles, ammunition and several hand grenades from a hideout near Imphal on Monday.').map(
        (e) => e.sub_event_type,
      ),
    ).toEqual(['Disrupted weapons use']);
  });

  it('a grenade thrown is still a grenade attack', () => {
    expect(
      run('Militants threw a grenade at a police post in Imphal on Monday, wounding two officers.').map(
        (e) => e.sub_event_type,
      ),
    ).toEqual(['Grenade']);
  });
});

describe('one-liners of incident records', () => {
  it('"assassinated a security commander" is one dead; an assassinated judge is a civilian (fatalities.ts, taxonomy.json)', () => {
    expect(
      run('Unknown gunmen assassinated a security commander in Aden on Wednesday, officials said.').map((e) => [
        e.sub_event_type,
        e.fatalities,
      ]),
    ).toEqual([['Armed clash', 1]]);
    expect(
      run('Gunmen assassinated a local judge in Aden on Wednesday, officials said.').map((e) => [
        e.sub_event_type,
        e.actor2,
        e.fatalities,
      ]),
    ).toEqual([['Attack', 'Civilians (Yemen)', 1]]);
  });

  it('"killed a soldier with explosives" is an explosive attack (taxonomy.json ied)', () => {
    expect(
      run('Rebels killed a policeman with explosives near Tibu on Friday, the army said.').map((e) => e.sub_event_type),
    ).toEqual(['Remote explosive/landmine/IED']);
  });

  it('"X claimed a suicide bombing that killed …": the claimant is actor1 (roles.ts speakerIsSubject)', () => {
    expect(
      roles('Islamic State Khorasan claimed a suicide bombing that killed five people in Kunduz on Friday.'),
    ).toEqual([['Suicide bomb', 'Islamic State Khorasan Province', 'Civilians (Afghanistan)']]);
    // The police are the speaker, not the bomber; the bomber is unidentified (twenty-third session, bomb-author.ts).
    expect(roles('Police said a suicide bombing killed seven people in Jalalabad on Saturday.')[0]?.[1]).toBe(
      'Unidentified Armed Group (Afghanistan)',
    );
  });
});

describe('a claim of another act, and the route of an ambushed convoy (follow-ups.ts, attacker-detail.ts)', () => {
  it('"The BLA separately claimed the killing of nine passengers near Kalat" does not name the Quetta bomber', () => {
    const got = run(
      'A roadside bomb killed two people in Quetta on Monday, police said. The BLA separately claimed the killing of six bus passengers near Kalat on Sunday.',
    )
      .map((e) => [e.location, e.actor1])
      .sort();
    expect(got).toEqual([
      ['Kalat', 'BLA: Baloch Liberation Army'],
      // Not the BLA; a roadside bomb with no author is an unidentified armed group's (twenty-third session).
      ['Quetta', 'Unidentified Armed Group (Pakistan)'],
    ]);
  });

  it('a claim of the same attack still names it ("The BLA claimed responsibility for the attack")', () => {
    expect(
      run(
        'A roadside bomb killed three soldiers near Kalat on Monday. The BLA claimed responsibility for the attack.',
      ).map((e) => e.actor1),
    ).toEqual(['BLA: Baloch Liberation Army']);
  });

  it('"The convoy was travelling to X from the town of Y when …" is the ambush\'s detail, not a second event at Y', () => {
    const got = run(
      'Separatists ambushed an army convoy near Bamenda on Saturday, killing three soldiers. The convoy was travelling to Bamenda from the town of Bali when the separatists opened fire.',
    ).map((e) => [e.sub_event_type, e.location, e.fatalities]);
    expect(got).toEqual([['Armed clash', 'Bamenda', 3]]);
  });
});

describe('an armed group moving its fighters out of a country is a change of activity (taxonomy.json change-group)', () => {
  it('"said it was withdrawing all its fighters from Turkey to northern Iraq": Change to group/activity by the PKK', () => {
    expect(roles('The PKK said on Saturday it was withdrawing all its fighters from Turkey to northern Iraq.')).toEqual(
      [['Change to group/activity', "PKK: Kurdistan Workers' Party", '']],
    );
  });

  it('"withdrew its fighters from X to Y" is no transfer of territory; a force leaving a town still is', () => {
    expect(
      run('The PKK withdrew its fighters from Turkey to northern Iraq on Saturday, a spokesman said.').map(
        (e) => e.sub_event_type,
      ),
    ).toEqual(['Change to group/activity']);
    expect(
      run('Israeli forces withdrew from Kfar Kila on Saturday, handing control to the Lebanese army.').map(
        (e) => e.sub_event_type,
      ),
    ).toEqual(['Non-violent transfer of territory']);
  });
});

describe('a loose reading abroad next to a group with a home (actor-home.ts)', () => {
  it('"JNIM fighters attacked an army post in Boulkessi" is not pinned on Balıkesir in Turkey', () => {
    const got = run('JNIM fighters attacked an army post in Boulkessi on Saturday, killing seven soldiers.');
    expect(got.filter((e) => e.iso === 'TR')).toEqual([]);
  });

  it("a town of the group's home ground stays", () => {
    expect(
      run('JNIM fighters attacked an army post in Djibo on Saturday, killing seven soldiers.').map((e) => e.location),
    ).toEqual(['Djibo']);
  });
});
