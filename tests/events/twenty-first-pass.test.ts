/**
 * Rules from the twenty-first events pass (leftovers of the twentieth, and four pages from the seed's region: south
 * Lebanon, Syria, Gaza, the Syria–Lebanon border). Invented sentences; the real pipeline where the rule needs the
 * gazetteer, the unit where it does not.
 */
import { describe, expect, test } from 'vitest';
import { idleForce } from '../../src/events/idle-force.js';
import { recallStart } from '../../src/events/recalled.js';
import { relativeSpeaker } from '../../src/events/relative-speaker.js';
import { classify } from '../../src/events/taxonomy.js';
import type { EventProperties } from '../../src/types.js';
import { pipelineEvents } from './pipeline-helpers.js';

const line = (e: EventProperties) => `${e.sub_event_type} @ ${e.location} ${e.actor1} / ${e.actor2} f${e.fatalities}`;

describe('"X, including in Y" lists parts, not a container (where.ts CONTAINER_GAP)', () => {
  test('the first town after "across the West Bank, including in" keeps its event', () => {
    const events = pipelineEvents(
      'Israeli troops detained 14 people in raids across the West Bank on Thursday, including in Jenin, Nablus and Jericho.',
      '2026-02-06',
    );
    const places = events.map((e) => e.location);
    expect(places).toContain('Janīn');
    expect(places).toContain('Jericho');
  });
});

describe('a force told as not stepping in is no party (idle-force.ts)', () => {
  test('"did not intervene", "stood by" and "made no arrests" are idle; "dispersed" is not', () => {
    const s = 'Hundreds marched in the square, and police did not intervene.';
    expect(idleForce(s, { index: s.indexOf('police'), length: 6 })).toBe(true);
    const t = 'Settlers torched cars as soldiers stood by.';
    expect(idleForce(t, { index: t.indexOf('soldiers'), length: 8 })).toBe(true);
    const u = 'Hundreds marched, and police dispersed them.';
    expect(idleForce(u, { index: u.indexOf('police'), length: 6 })).toBe(false);
  });
  test('a rally whose clause says the security forces did not intervene has no actor2', () => {
    const [e] = pipelineEvents(
      'Several hundred people rallied in Aleppo on Friday to demand the release of detainees, and security forces did not intervene.',
      '2026-03-14',
    );
    expect([e.sub_event_type, e.actor2]).toEqual(['Peaceful protest', '']);
  });
});

describe('a helicopter raid is a ground raid (taxonomy.json strikes "not", air variants "unless")', () => {
  test('"a helicopter raid" and "a heliborne raid" are no air strikes', () => {
    expect(classify('US forces killed a militant leader in a helicopter raid near the village.')?.sub_event_type).toBe(
      'Armed clash',
    );
    expect(classify('Coalition troops carried out a heliborne raid on a farm, killing two.')?.sub_event_type).toBe(
      'Armed clash',
    );
  });
  test('helicopters that strike are still an air strike', () => {
    expect(classify('Army helicopters struck a convoy on the highway.')?.sub_event_type).toBe('Air/drone strike');
  });
});

describe('fire at a patrol (taxonomy.json attack patterns)', () => {
  test('"troops fired at a patrol" and "its convoy came under fire" are events', () => {
    expect(classify('Soldiers fired at a peacekeeping patrol outside the village.')?.event_type).toBe('Battles');
    expect(classify('The mission said its convoy came under fire near the border.')?.event_type).toBe('Battles');
  });
  test('a minister "came under fire" from critics is none', () => {
    expect(classify('The minister came under fire from lawmakers over the budget.')).toBeNull();
  });
});

describe('the launcher told before authors the missile attack (launcher-actor.ts)', () => {
  test('"Iran launched a barrage of missiles … A missile struck a house in Holon" gives Iran', () => {
    const events = pipelineEvents(
      'Iran launched a new barrage of ballistic missiles at Israel on Tuesday night, the Israeli military said. A missile struck a house in Holon, killing two people, medics said.',
      '2026-06-18',
    );
    const holon = events.find((e) => e.location.startsWith('H'));
    expect(holon?.actor1).toBe('Military Forces of Iran');
  });
  test('an attack in the launcher’s own country is not given to it', () => {
    const events = pipelineEvents(
      'Iran launched a new barrage of ballistic missiles at Israel on Tuesday night. A missile struck a house in Shiraz, killing two people.',
      '2026-06-18',
    );
    const shiraz = events.find((e) => e.location === 'Shiraz');
    expect(shiraz?.actor1).not.toBe('Military Forces of Iran');
  });
});

describe('the speaker before a relative clause (relative-speaker.ts)', () => {
  test('"The SDF, which holds the east, said its fighters …" names the SDF', () => {
    expect(relativeSpeaker('The SDF, which holds most of the east, ', 'said its fighters raided a farm')).toBe(
      'Syrian Democratic Forces',
    );
    expect(relativeSpeaker('The SDF, which holds most of the east, ', 'warned of more attacks')).toBeNull();
  });
  test('through the pipeline the raid gets the SDF as actor1', () => {
    const [e] = pipelineEvents(
      'The SDF, which runs much of the region, said its fighters raided a hideout in Raqqa on Sunday and detained four suspects.',
      '2026-04-06',
    );
    expect(e.actor1).toBe('Syrian Democratic Forces');
  });
});

describe('a conjunct with no subject of its own (elided-weapon.ts)', () => {
  test('"Rockets hit X, killing four, and struck a school in Y, killing two" is a second rocket attack', () => {
    const events = pipelineEvents(
      'Rockets hit houses in Kiryat Shmona on Monday, killing four people, and struck a school in Nahariya, killing two, police said.',
      '2026-03-10',
    );
    expect(events.map(line).sort()).toEqual([
      'Shelling/artillery/missile attack @ Nahariyya  /  f2',
      'Shelling/artillery/missile attack @ Qiryat Shmona  / Civilians (Israel) f4',
    ]);
    expect(new Set(events.map((e) => e.event_date))).toEqual(new Set(['2026-03-09']));
  });
});

describe('", two weeks after gunmen killed …" recalls the earlier attack (recalled.ts)', () => {
  test('the cue opens the recalled part of the sentence', () => {
    const s = 'Drones hit a depot on Monday, officials said, three weeks after rebels seized the town.';
    expect(recallStart(s)).toBe(s.indexOf(', three weeks after'));
    expect(recallStart('Drones hit a depot on Monday after rebels seized the town.')).toBe(-1);
  });
});
