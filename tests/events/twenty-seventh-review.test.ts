// Events twenty-seventh review (issue #5): the known leftovers of the eighteenth session and the twenty-sixth
// review, each told in invented sentences (docs/taxonomy.md, "Twenty-seventh review").
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const run = (text: string, published = '2025-10-20') => pipelineEvents(text, published);

describe('two towns of one strike are two events (listed-places.ts)', () => {
  it('"Israeli strikes hit Yohmor and Arnoun": one event at each village, 2 km apart', () => {
    const got = run('Israeli strikes hit the villages of Yohmor and Arnoun in southern Lebanon on Sunday.');
    expect(got.map((e) => [e.location, e.geo_precision]).sort()).toEqual([
      ['Arnoun', 1],
      ['Yohmor', 1],
    ]);
  });

  it('"a car between Arnoun and Yohmor" is one scene', () => {
    const got = run('An Israeli drone strike hit a car between Arnoun and Yohmor on Sunday.');
    expect(got).toHaveLength(1);
  });
});

describe('strikes told as part of the operation before are no new event (support-strike.ts)', () => {
  const raid =
    'Iraqi forces killed three Islamic State militants in a raid on a hideout near Kirkuk on Saturday, the military said.';

  it('"The coalition then carried out air strikes on the area": one event, the raid', () => {
    const got = run(`${raid} The coalition then carried out air strikes on the area.`);
    expect(got.map((e) => [e.sub_event_type, e.location, e.fatalities])).toEqual([['Armed clash', 'Kirkuk', 3]]);
  });

  it('"air strikes in support of the raid" too', () => {
    const got = run(`${raid} Coalition aircraft carried out air strikes in support of the raid.`);
    expect(got).toHaveLength(1);
  });

  it('strikes on a named town of their own stay an event', () => {
    const got = run(`${raid} Coalition air strikes then hit Hawija on Sunday, killing two militants.`);
    expect(got.map((e) => e.sub_event_type).sort()).toEqual(['Air/drone strike', 'Armed clash']);
  });
});

describe('"two soldiers were killed": the soldiers are the victims (passive-victims.ts)', () => {
  it("after another clause's attacker: the soldiers' side is actor2, not actor1", () => {
    const got = run(
      'Israeli strikes killed 44 Palestinians across the Gaza Strip on Sunday after two soldiers were killed in Rafah.',
    );
    const rafah = got.find((e) => e.fatalities === 2);
    expect([rafah?.actor1, rafah?.actor2]).toEqual(['', 'Military Forces of Israel']);
  });

  it('"while two soldiers were killed in Babanusa": the army is the victim, not the attacker', () => {
    const got = run('The RSF shelled El Obeid on Sunday, while two soldiers were killed in Babanusa.');
    const b = got.find((e) => e.location.startsWith('Bab'));
    expect(b?.actor1).not.toBe('Military Forces of Sudan');
    expect(b?.actor2).toBe('Military Forces of Sudan');
  });

  it('"were killed by Hamas fighters": the agent acts', () => {
    const [e] = run('Two soldiers were killed by Hamas fighters in Rafah on Sunday.');
    expect([e.actor1, e.actor2]).toEqual(['Hamas', 'Military Forces of Israel']);
  });
});

describe('a claimant telling its method is the weapon of the event (relative-weapon.ts)', () => {
  const body = [
    "YANGON: A military air strike on a village in Myanmar's Sagaing region killed nine people on Tuesday, residents said.",
    'A drone strike hit a market in Monywa on Wednesday, killing four people.',
    "The killing of three soldiers at a checkpoint in Mandalay on Monday was claimed by a local People's Defence Force, which said it had planted an explosive device near the post.",
  ].join(' ');

  it('one explosive event at Mandalay on Monday with the three dead, not a second one at the country', () => {
    const got = pipelineEvents(body, '2025-02-14').filter((e) => e.fatalities === 3 || e.location === 'Myanmar');
    expect(got.map((e) => [e.sub_event_type, e.location, e.geo_precision, e.date_start, e.fatalities])).toEqual([
      ['Remote explosive/landmine/IED', 'Mandalay', 1, '2025-02-10', 3],
    ]);
  });
});

describe('one agreement told at its place and at the talks is one event (agreement-retold.ts)', () => {
  it('"agreed to a truce in El Fasher … The truce was agreed at talks in Jeddah": one Agreement', () => {
    const got = run(
      'The army and the RSF agreed on Sunday to a truce in El Fasher. The truce was agreed at talks in Jeddah, mediators said.',
    );
    expect(got.filter((e) => e.sub_event_type === 'Agreement').map((e) => e.location)).toEqual(['El Fasher']);
  });

  it('another agreement, indefinite, elsewhere stays its own', () => {
    const got = run(
      'The army and the RSF agreed on Sunday to a truce in El Fasher. In Libya, rival factions signed a ceasefire deal in Tripoli on Sunday.',
    );
    expect(got.filter((e) => e.sub_event_type === 'Agreement')).toHaveLength(2);
  });
});

describe('"… rallied in X as air strikes hit Y" is a protest and a strike (sentences.ts AS_STRIKES)', () => {
  it('the protest at its own place, the strike at Y', () => {
    const got = run('Protesters rallied in Beirut on Sunday as air strikes hit Nabatieh.');
    expect(got.map((e) => [e.sub_event_type, e.location]).sort()).toEqual([
      ['Air/drone strike', 'Nabatieh'],
      ['Peaceful protest', 'Beirut'],
    ]);
  });

  it('"as security forces fired on the crowd" stays the protest\'s', () => {
    const got = run('Hundreds protested in Kindu on Tuesday as security forces fired on the crowd, killing two.');
    expect(got).toHaveLength(1);
  });
});

describe('a burnt office is the site of the event (exclusion.ts SITE_BEFORE)', () => {
  it('"villagers torched the local government office in Kindu": a riot at Kindu', () => {
    const [e] = run('Angry villagers torched the local government office in Kindu on Tuesday.');
    expect([e?.event_type, e?.location, e?.geo_precision]).toEqual(['Riots', 'Kindu', 1]);
  });

  it('"the local government office in Kindu said" is still a speaker, no place', () => {
    const got = run('The local government office in Kindu said on Tuesday that gunmen had attacked a convoy.');
    expect(got.some((e) => e.location === 'Kindu')).toBe(false);
  });
});

describe("pages: handovers, held suspects, a cache's contents (taxonomy.json)", () => {
  it('"handed over two villages west of Raqqa to government forces" is a non-violent transfer', () => {
    const [e] = run('The SDF handed over two villages west of Raqqa to government forces on Friday, the group said.');
    expect(e?.sub_event_type).toBe('Non-violent transfer of territory');
  });

  it('"Eleven suspects were held in Gaziantep" is an arrest; "held hostage" is not', () => {
    const [e] = run('Eleven suspects were held in the southeastern city of Gaziantep on Thursday, police said.');
    expect([e?.sub_event_type, e?.location]).toEqual(['Arrests', 'Gaziantep']);
    const got = run('Two suspects were held hostage in Gaziantep on Thursday.');
    expect(got.some((x) => x.sub_event_type === 'Arrests')).toBe(false);
  });

  it('"the cache … contained rockets and mortar rounds" is a seized cache, not shelling', () => {
    const [e] = run(
      'The cache, hidden in a tunnel near the town of Rutba, contained rockets, mortar rounds and explosive belts, the army said.',
    );
    expect(e?.sub_event_type).toBe('Disrupted weapons use');
  });
});

describe('a town taken without a fight is a non-violent transfer (taxonomy.json, capture variants)', () => {
  it('"took control of Tabqa on Friday without a fight" is no battle', () => {
    const [e] = run('Government troops took control of Tabqa on Friday without a fight.', '2025-11-21');
    expect([e?.event_type, e?.sub_event_type]).toEqual(['Strategic developments', 'Non-violent transfer of territory']);
  });

  it('"recaptured Tabqa after fierce fighting" is still a battle', () => {
    const [e] = run('Government troops recaptured Tabqa on Friday after fierce fighting.', '2025-11-21');
    expect(e?.sub_event_type).toBe('Government regains territory');
  });
});

describe('a capture told as peaceful in a clause of its own (peaceful-capture.ts)', () => {
  it('"The handover took place without incident, and government troops took control of X": a transfer', () => {
    const [e] = run(
      'The handover took place without incident on Friday, and government troops took control of the Tabqa dam.',
      '2025-11-21',
    );
    expect(e?.sub_event_type).toBe('Non-violent transfer of territory');
  });

  it('"Fighting raged for hours, and government troops took control of Tabqa": still a battle', () => {
    const got = run('Fighting raged for hours, and government troops took control of Tabqa on Friday.', '2025-11-21');
    expect(got.map((e) => e.sub_event_type)).toContain('Government regains territory');
  });
});
