// Events twenty-third session: the known-wrong list of the twenty-second session and causes found in forty invented
// incident reports, each told here in other invented sentences (docs/taxonomy.md, "Twenty-third session: events
// review").
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const run = (text: string, published = '2025-10-23') => pipelineEvents(text, published);
const brief = (text: string, published = '2025-10-23') =>
  run(text, published).map(
    (e) => `${e.sub_event_type} @ ${e.location} ${e.date_start} ${e.actor1}|${e.actor2} ${e.fatalities}`,
  );

describe('the attacker blamed two sentences on (blame.ts, follow-ups.ts)', () => {
  it('"The RSF has been blamed for the attacks" names the drone strike\'s attacker', () => {
    const got = run(
      "Drones struck fuel depots in the port city of Port Sudan on Thursday, setting off large fires, residents said. Flights at the city's airport were suspended until further notice. The RSF has been blamed for the attacks, which it has not claimed.",
    );
    expect(got.map((e) => [e.sub_event_type, e.location, e.actor1])).toEqual([
      ['Air/drone strike', 'Port Sudan', 'Rapid Support Forces'],
    ]);
  });

  it('two sentences on, a bare "X blamed Y." with no attack named lends no attacker', () => {
    const got = run(
      'Drones struck fuel depots in Port Sudan on Thursday, residents said. Flights at the airport were suspended. Later, the government blamed the RSF.',
    );
    expect(got.map((e) => e.actor1)).toEqual(['']);
  });
});

describe('a toll told inside a quotation (quoted-toll.ts)', () => {
  it('\'"We killed dozens of terrorists," the army said\' gives the repelled attack its toll', () => {
    const got = run(
      'Soldiers repelled an attack on a base near Djibo on Monday. "We killed dozens of terrorists," the army said in a statement.',
    );
    expect(got.map((e) => [e.sub_event_type, e.fatalities])).toEqual([['Armed clash', 12]]);
  });

  it('a quoted count with a span is a running total, not this toll', () => {
    const got = run(
      'Soldiers repelled an attack on a base near Djibo on Monday. "We have killed more than 300 terrorists since January," the army said.',
    );
    expect(got.map((e) => e.fatalities)).toEqual([0]);
  });

  it('a toll given outside the quote is kept', () => {
    const got = run(
      'Militants attacked an army base near Djibo on Monday, killing four soldiers. "We killed dozens of terrorists," the army said.',
    );
    expect(got.map((e) => e.fatalities)).toEqual([4]);
  });
});

describe('the evidence of a clash is its incident, not a trend (build-event.ts)', () => {
  it('"Fighting has been heaviest around X in recent weeks" before the Monday attack near X', () => {
    const got = run(
      'Fighting has been heaviest around Kostiantynivka in recent weeks. Russian troops attacked Ukrainian positions near Kostiantynivka on Monday, the general staff said.',
      '2025-10-21',
    );
    expect(got.map((e) => [e.sub_event_type, e.date_start, e.evidence.text])).toEqual([
      [
        'Armed clash',
        '2025-10-20',
        'Russian troops attacked Ukrainian positions near Kostiantynivka on Monday, the general staff said.',
      ],
    ]);
  });

  it('the incident told "near the town" after the trend is in the evidence', () => {
    const got = run(
      'Fighting has been heaviest around Kostiantynivka in recent weeks, the general staff said. On Monday, Russian troops attacked Ukrainian positions on the southern edge of the town, killing two soldiers.',
      '2025-10-21',
    );
    expect(got).toHaveLength(1);
    expect(got[0].evidence.text).toContain('On Monday, Russian troops attacked');
  });
});

describe("Burkina Faso's volunteer fighters are the VDP (data/actors.json)", () => {
  it('"killed nine volunteer fighters near Djibo" names the VDP as the victims\' side', () => {
    expect(run('Jihadists killed nine volunteer fighters near Djibo on Sunday, local sources said.')[0]?.actor2).toBe(
      'VDP: Volunteers for the Defence of the Homeland',
    );
  });

  it('elsewhere "volunteer fighters" are no VDP', () => {
    const got = run('Volunteer fighters from abroad clashed with Russian troops near Kupiansk on Sunday.');
    expect(got.flatMap((e) => [e.actor1, e.actor2])).not.toContain('VDP: Volunteers for the Defence of the Homeland');
  });
});

describe('background told in a relative clause (relative-background.ts)', () => {
  it('"In X, which the army recaptured in January, officials said …" is no January event', () => {
    const got = run(
      'Drones hit El Obeid on Wednesday. In Wad Madani, which the army recaptured in January, officials said they had begun repairing the bridge.',
    );
    expect(got.map((e) => e.sub_event_type)).toEqual(['Air/drone strike']);
  });

  it('a recent act in the clause ("which the army recaptured on October 11") is kept', () => {
    const got = run(
      'Drones hit El Obeid on Wednesday. In Wad Madani, which the army recaptured on October 11, officials said they had begun repairing the bridge.',
    );
    expect(got.map((e) => e.sub_event_type)).toContain('Government regains territory');
  });
});

describe('a planted bomb with no named attacker (bomb-author.ts)', () => {
  it('a roadside bomb, a car bomb and a suicide bomber: Unidentified Armed Group of the country', () => {
    expect(run('A roadside bomb killed three soldiers near Kidal on Monday, the army said.')[0]?.actor1).toBe(
      'Unidentified Armed Group (Mali)',
    );
    expect(run('A car bomb exploded in Manbij on Monday, killing seven civilians.')[0]?.actor1).toBe(
      'Unidentified Armed Group (Syria)',
    );
    expect(
      run('A suicide bomber blew himself up near a security convoy in Miranshah on Friday, killing five soldiers.')[0]
        ?.actor1,
    ).toBe('Unidentified Armed Group (Pakistan)');
  });

  it('a landmine or a bare explosion keeps no actor1; a claimant wins', () => {
    expect(run('A landmine killed two shepherds near Kidal on Monday, the army said.')[0]?.actor1).toBe('');
    expect(run('An explosion killed two people at a market in Manbij on Monday.')[0]?.actor1).toBe('');
    expect(
      run('A roadside bomb killed three soldiers near Kidal on Monday. JNIM claimed responsibility for the attack.')[0]
        ?.actor1,
    ).toBe('JNIM: Jamaat Nusrat al-Islam wal-Muslimin');
  });
});

describe('deployments (taxonomy.json other)', () => {
  it('"soldiers deployed to the villages of X and Y" (no object) is an event at each village', () => {
    expect(brief('Lebanese soldiers deployed to the villages of Kfar Kila and Odaisseh on Monday.')).toEqual([
      'Other @ Kfar Kila 2025-10-20 Military Forces of Lebanon| 0',
      'Other @ Aadaïssé 2025-10-20 Military Forces of Lebanon| 0',
    ]);
  });

  it('"has deployed 10,000 soldiers south of the Litani" is a standing deployment, no event', () => {
    expect(
      run('The army has deployed 10,000 soldiers south of the Litani river, the prime minister said on Monday.'),
    ).toEqual([]);
    expect(brief('The army deployed 2,000 soldiers to Kfar Kila on Monday.')).toEqual([
      'Other @ Kfar Kila 2025-10-20 Military Forces of Lebanon| 0',
    ]);
  });
});

describe('a social leader killed is a civilian victim (taxonomy.json kill variants)', () => {
  it('"killed a social leader", "shot dead two community leaders" are attacks on civilians', () => {
    expect(brief('FARC dissidents killed a social leader in Toribio, Cauca, on Friday.', '2025-11-18')).toEqual([
      'Attack @ Toribío 2025-11-14 FARC Dissidents|Civilians (Colombia) 1',
    ]);
    expect(brief('Gunmen shot dead two community leaders near Tumaco on Friday.', '2025-11-18')).toEqual([
      'Attack @ Tumaco 2025-11-14 Unidentified Armed Group (Colombia)|Civilians (Colombia) 2',
    ]);
  });

  it('a rebel leader killed by troops stays a clash', () => {
    expect(run('Troops killed a rebel leader near Tumaco on Friday.', '2025-11-18')[0]?.sub_event_type).toBe(
      'Armed clash',
    );
  });
});

describe('armed groups the dictionary lacked (data/actors.json)', () => {
  it('the Oromo Liberation Army (OLA) in Ethiopia', () => {
    expect(brief('OLA rebels stormed a police station in Dembi Dolo on Monday.', '2025-11-18')).toEqual([
      'Armed clash @ Dembī Dolo 2025-11-17 OLA: Oromo Liberation Army|Police Forces of Ethiopia 0',
    ]);
  });

  it('the Gran Grif gang in Haiti', () => {
    expect(
      run('Members of the Gran Grif gang killed 12 people in the town of Saint-Marc on Thursday.', '2025-11-18').map(
        (e) => [e.sub_event_type, e.actor1, e.fatalities],
      ),
    ).toEqual([['Attack', 'Gran Grif', 12]]);
  });
});

describe('the closing source is no victim (source-tail.ts)', () => {
  it('"…, killing four police officers, local residents said" is a clash with the police', () => {
    expect(
      brief(
        'Fano militiamen attacked a police station in Debre Markos on Sunday, killing four police officers, local residents said.',
        '2025-11-18',
      ),
    ).toEqual(['Armed clash @ Debre Mark’os 2025-11-16 Fano Militia|Police Forces of Ethiopia 4']);
  });

  it('villagers killed, told by residents, stay an attack on civilians', () => {
    expect(
      run('Gunmen killed four villagers near Debre Markos on Sunday, local residents said.', '2025-11-18')[0]
        ?.sub_event_type,
    ).toBe('Attack');
  });
});

describe('fire at troops or police is an attack (taxonomy.json attack)', () => {
  it('"fired on security forces", "fired at police" are clashes', () => {
    expect(
      brief('Suspected militants fired on security forces in Imphal on Friday, wounding a soldier.', '2025-11-18'),
    ).toEqual(['Armed clash @ Imphal 2025-11-14 Unidentified Armed Group (India)|Police Forces of India 0']);
    expect(run('Gunmen fired at police in Bannu on Friday, killing two officers.', '2025-11-18')[0]?.fatalities).toBe(
      2,
    );
  });
});

describe('killed "in a gunfight with" a party (passive-victims.ts)', () => {
  it('the party after "with" is actor1, the dead actor2', () => {
    expect(
      brief(
        'Two militants were killed in a gunfight with security forces in Kupwara on Monday, police said.',
        '2025-11-18',
      ),
    ).toEqual(['Armed clash @ Kupwāra 2025-11-17 Police Forces of India|Unidentified Armed Group (India) 2']);
    expect(brief('Three soldiers were killed in a clash with militants in Kupwara on Monday.', '2025-11-18')).toEqual([
      'Armed clash @ Kupwāra 2025-11-17 Unidentified Armed Group (India)|Military Forces of India 3',
    ]);
  });
});
