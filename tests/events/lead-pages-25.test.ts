// Rules from six long pages of the twenty-fifth session (Gaza and the West Bank, north-west Pakistan and Quetta,
// eastern Congo, Colombia and Mexico, Yemen and the Red Sea, the Sahel), each told in sentences of our own:
// - "in North Kivu's Masisi territory": a division the province holds, so the province is no organisation
//   (site-words.ts NAMED_SITE);
// - "Allied Democratic Forces (ADF) militants": the generic word after the acronym names the group (actors.ts);
// - "Peace talks between X and Y resumed": talks as the subject (taxonomy.json agreement);
// - "A journalist, <name>, was shot dead": one dead across the name (fatalities.ts), an unidentified armed group the
//   shooter (shooting-author.ts);
// - "seized 200 rifles in a raid on a ranch": Disrupted weapons use, not a clash (taxonomy.json raid variant);
// - "one guerrilla was killed": guerrillas, bandits, terrorists count as dead (fatalities.ts);
// - "…, the British military's Maritime Trade Operations (UKMTO) centre said": a speaker, not the target (roles.ts);
// - "an official said, adding that eight fighters and three soldiers were killed": the sentence's clash's toll
//   (added-toll.ts);
// - "an al-Qaeda-linked group" in the Sahel is JNIM (is-province.ts, "branch_of" in actors.json);
// - "ambushed a convoy of fuel tankers": an attack on civilians (taxonomy.json ambush variant).
// Second six pages (south Lebanon and Syria, Ukraine, Borno, Haiti, Sudan, Myanmar):
// - "a village in the Gangaw township of Magway region": the region after a named division (cue-walk.ts);
// - "clashed with gangs north of the capital": the article's national capital (capital-place.ts);
// - "Haitian police retook …": the country's police, not its military (roles.ts demonymAgent);
// - "One member of the security forces was also killed.": added to the toll before (claimed-toll.ts alsoToll);
// - "launched an operation against gangs" is a clash, and "He said four gang members were killed and two officers
//   wounded." its toll (taxonomy.json clash, bare-toll.ts);
// - a state's strike on "RSF-held X", or on X when the next sentence says "the RSF, which controls X": the RSF are
//   actor2 (held-place-target.ts).
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

describe('a division named after its province', () => {
  it('"the village of X in <province>\'s <Name> territory" keeps the province as the place', () => {
    const events = pipelineEvents(
      "Gunmen attacked the village of Kibirizi in North Kivu's Masisi territory on Friday, killing six civilians.",
      '2025-11-19',
    );
    expect(events.map((e) => [e.sub_event_type, e.location, e.geo_precision, e.fatalities])).toEqual([
      ['Attack', 'North Kivu', 3, 6],
    ]);
  });
});

describe('a group named with its acronym', () => {
  it('"Allied Democratic Forces (ADF) militants" are the ADF, not an unidentified group', () => {
    const events = pipelineEvents(
      'Allied Democratic Forces (ADF) militants killed 11 farmers near Oicha on Thursday, a local official said.',
      '2025-11-22',
    );
    expect(events.map((e) => [e.actor1, e.actor2])).toEqual([
      ['ADF: Allied Democratic Forces', 'Civilians (Democratic Republic of Congo)'],
    ]);
  });
});

describe('talks as the subject', () => {
  it('"Peace talks between the government and the rebels resumed in X" is an agreement event', () => {
    const events = pipelineEvents(
      'Peace talks between the government and the M23 resumed in Doha on Monday, mediators said.',
      '2025-11-19',
    );
    expect(events.map((e) => [e.sub_event_type, e.location, e.date_start])).toEqual([
      ['Agreement', 'Doha', '2025-11-17'],
    ]);
  });
  it('"between <national capital> and X": the capital stands for its government', () => {
    const events = pipelineEvents(
      'Ceasefire talks between Khartoum and the Rapid Support Forces resumed in Jeddah on Monday, Saudi officials said.',
      '2025-11-19',
    );
    expect(events.map((e) => [e.sub_event_type, [e.actor1, e.actor2].sort()])).toEqual([
      ['Agreement', ['Government of Sudan', 'Rapid Support Forces']],
    ]);
  });
  it('"Trade talks … resumed" is no event', () => {
    expect(pipelineEvents('Trade talks between Kenya and Uganda resumed in Nairobi on Monday.', '2025-11-19')).toEqual(
      [],
    );
  });
});

describe('a targeted shooting told in the passive', () => {
  it('"A radio reporter, <name>, was shot dead" counts one dead, by an unidentified armed group', () => {
    const events = pipelineEvents(
      'A radio reporter, Jose Luis Herrera, was shot dead outside a bakery in Zamora, Michoacan, on Sunday, ' +
        'press freedom groups said.',
      '2025-12-02',
    );
    expect(events.map((e) => [e.sub_event_type, e.actor1, e.actor2, e.fatalities])).toEqual([
      ['Attack', 'Unidentified Armed Group (Mexico)', 'Civilians (Mexico)', 1],
    ]);
  });
  it('a shooting by police keeps no unidentified author', () => {
    const events = pipelineEvents(
      'A street vendor was shot dead during a police operation in Zamora, Michoacan, on Sunday.',
      '2025-12-02',
    );
    expect(events.every((e) => !e.actor1.startsWith('Unidentified'))).toBe(true);
  });
});

describe('weapons seized in a raid', () => {
  it('"seized 150 rifles in a raid on a warehouse" is Disrupted weapons use', () => {
    const events = pipelineEvents(
      'Soldiers seized 150 rifles and 12,000 rounds of ammunition in a raid on a warehouse near Reynosa on Friday.',
      '2025-12-01',
    );
    expect(events.map((e) => [e.sub_event_type, e.actor1])).toEqual([
      ['Disrupted weapons use', 'Military Forces of Mexico'],
    ]);
  });
  it('a raid with a firefight stays a clash', () => {
    const events = pipelineEvents(
      'Soldiers seized 150 rifles in a raid on a warehouse near Reynosa on Friday and killed two gunmen in a firefight.',
      '2025-12-01',
    );
    expect(events.map((e) => e.sub_event_type)).toEqual(['Armed clash']);
  });
});

describe('more words for dead fighters', () => {
  it('"one guerrilla was killed in the fighting that followed" is the toll of the attack before', () => {
    const events = pipelineEvents(
      'Fighters of the ELN attacked a police station in the town of Saravena on Thursday, wounding three officers.\n\n' +
        'The police said officers repelled the attack and that one guerrilla was killed in the fighting that followed.',
      '2025-12-05',
    );
    expect(events.map((e) => [e.location, e.fatalities])).toEqual([['Saravena', 1]]);
  });
});

describe('a speaker with a long name after the attack', () => {
  it('"…, the British military\'s United Kingdom Maritime Trade Operations (UKMTO) centre said" is no side', () => {
    const events = pipelineEvents(
      'Houthi rebels fired two missiles at a bulk carrier about 40 nautical miles south of Mokha on Tuesday, the ' +
        "British military's United Kingdom Maritime Trade Operations (UKMTO) centre said.",
      '2025-11-27',
    );
    expect(events.map((e) => [e.actor1, e.actor2])).toEqual([['Houthis', '']]);
  });
});

describe('a toll the speaker adds', () => {
  it('"an officer said, adding that six fighters and two soldiers were killed" is the clash\'s toll', () => {
    const events = pipelineEvents(
      'In Taiz province, government forces and the Houthis clashed on Monday near the town of Maqbanah, an army ' +
        'officer said, adding that six Houthi fighters and two soldiers were killed.',
      '2025-11-27',
    );
    expect(events.map((e) => [e.sub_event_type, e.fatalities])).toEqual([['Armed clash', 8]]);
  });
});

describe("Al Qaeda's branch by the event's country", () => {
  const cases: Array<[string, string, string]> = [
    [
      'Militants from an al-Qaeda-linked group attacked a gendarmerie post in Arbinda on Saturday, killing nine gendarmes.',
      '2025-12-08',
      'JNIM: Jamaat Nusrat al-Islam wal-Muslimin',
    ],
    [
      'Al-Qaeda in the Arabian Peninsula fighters attacked a checkpoint in Mudiyah, Abyan, on Sunday, killing three soldiers.',
      '2025-12-08',
      'AQAP: Al Qaeda in the Arabian Peninsula',
    ],
  ];
  for (const [text, published, actor1] of cases)
    it(text, () => {
      expect(pipelineEvents(text, published).map((e) => e.actor1)).toEqual([actor1]);
    });
});

describe('an ambushed civilian convoy', () => {
  it('"ambushed a convoy of fuel tankers" is an attack on civilians', () => {
    const events = pipelineEvents(
      'JNIM militants ambushed a convoy of fuel tankers near Nioro du Sahel on Thursday and burned 15 trucks.',
      '2025-12-08',
    );
    expect(events.map((e) => [e.event_type, e.sub_event_type, e.actor2])).toEqual([
      ['Violence against civilians', 'Attack', 'Civilians (Mali)'],
    ]);
  });
});

describe('a division the gazetteer lacks, of a region it has', () => {
  it('"a village in the Pauk township of Magway region" is in the region, after another event', () => {
    const events = pipelineEvents(
      'Rebels said on Sunday they had captured the town of Mogok in Mandalay region.\n\n' +
        'A military jet bombed a village in the Pauk township of Magway region on Saturday, killing nine civilians.',
      '2025-12-14',
    );
    expect(events.map((e) => [e.sub_event_type, e.location, e.geo_precision]).sort()).toEqual([
      ['Air/drone strike', 'Magway', 3],
      ['Non-state actor overtakes territory', 'Mogok', 1],
    ]);
  });
});

describe('"the capital"', () => {
  it('"clashed with gangs near the capital" is near the capital the dateline names', () => {
    const events = pipelineEvents(
      'PORT-AU-PRINCE, Haiti — Police clashed with gangs near the capital on Sunday, killing three gang members.',
      '2025-12-16',
    );
    expect(events.map((e) => [e.location, e.geo_precision, e.fatalities])).toEqual([['Port-au-Prince', 2, 3]]);
  });
  it('"the regional capital" is not the national one', () => {
    const events = pipelineEvents(
      'PORT-AU-PRINCE, Haiti — Police clashed with gangs in the regional capital on Sunday, killing three gang members.',
      '2025-12-16',
    );
    expect(events.map((e) => e.location)).toEqual([]);
  });
});

describe("a country's police named by its demonym", () => {
  it('"Haitian police retook the town of X" is the police, not the military', () => {
    const events = pipelineEvents('Haitian police retook the town of Cabaret from gangs on Sunday.', '2025-12-16');
    expect(events.map((e) => [e.sub_event_type, e.actor1])).toEqual([
      ['Government regains territory', 'Police Forces of Haiti'],
    ]);
  });
});

describe('more dead told with "also"', () => {
  it('"One soldier was also killed." adds to the toll before', () => {
    const events = pipelineEvents(
      "In Syria's Homs province, security forces clashed with gunmen near the town of Talkalakh on Tuesday, killing " +
        'three of them, the interior ministry said. One soldier was also killed.',
      '2025-12-10',
    );
    expect(events.map((e) => e.fatalities)).toEqual([4]);
  });
});

describe('an operation against armed men', () => {
  it('"launched an operation … against gangs", then "He said three … were killed and two officers wounded."', () => {
    const events = pipelineEvents(
      'PORT-AU-PRINCE, Haiti — Police launched an operation on Saturday against gangs in Cabaret, a police spokesman ' +
        'said. He said three gang members were killed and two officers wounded.',
      '2025-12-16',
    );
    expect(events.map((e) => [e.sub_event_type, e.location, e.fatalities])).toEqual([['Armed clash', 'Cabaret', 3]]);
  });
  it('an operation against a crime is no clash', () => {
    const events = pipelineEvents(
      'Police launched an operation against drug trafficking in Cabaret on Sunday.',
      '2025-12-16',
    );
    expect(events.map((e) => e.event_type)).not.toContain('Battles');
  });
});

describe('a strike on a place an armed group holds', () => {
  it('"struck an ammunition store in RSF-held Geneina" is aimed at the RSF', () => {
    const events = pipelineEvents(
      'A Sudanese army drone struck an ammunition store in RSF-held Geneina on Friday, witnesses said.',
      '2025-12-18',
    );
    expect(events.map((e) => [e.actor1, e.actor2])).toEqual([['Military Forces of Sudan', 'Rapid Support Forces']]);
  });
  it('"The RSF, which controls X, did not comment." names the holder of the place struck', () => {
    const events = pipelineEvents(
      'Army warplanes bombed the airport of Geneina on Friday, witnesses said. The Rapid Support Forces, which ' +
        'controls Geneina, did not comment.',
      '2025-12-18',
    );
    expect(events.map((e) => [e.actor1, e.actor2])).toEqual([['Military Forces of Sudan', 'Rapid Support Forces']]);
  });
  it('victims named keep their side', () => {
    const events = pipelineEvents(
      'A Sudanese army drone struck a market in RSF-held Geneina on Friday, killing six civilians.',
      '2025-12-18',
    );
    expect(events.map((e) => e.actor2)).toEqual(['Civilians (Sudan)']);
  });
});
