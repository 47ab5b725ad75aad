/**
 * Rules from the twenty-fourth hand review (invented pages from eastern Congo, the central Sahel, Myanmar and
 * Colombia/Mexico). Invented sentences and places; the real pipeline, since the rules need the gazetteer.
 */
import { describe, expect, test } from 'vitest';
import { capture, captureEvents, pipelineEvents } from './pipeline-helpers.js';

const one = (s: string, day = '2026-11-12') => pipelineEvents(s, day);

describe('armed groups of these theatres the dictionary lacked (data/actors.json)', () => {
  test('Wazalendo fighters are the other side of a clash with the M23', () => {
    const [e] = one('Clashes between the M23 and Wazalendo fighters erupted on Sunday near Rutshuru, officials said.');
    expect(e.actor1).toMatch(/M23/);
    expect(e.actor2).toMatch(/Wazalendo/);
  });

  test("Burkina Faso's VDP volunteers are a named party, the FDLR a Rwandan Hutu militia", () => {
    const [e] = one('VDP fighters clashed with militants near Djibo on Tuesday, residents said.', '2026-11-20');
    expect(e.actor1).toMatch(/^VDP/);
    const [f] = one('FDLR fighters attacked a village near Rutshuru on Monday, killing four farmers.');
    expect(f.actor1).toMatch(/^FDLR/);
  });

  test('Islamic State Sahel Province is named as such, not as the Islamic State at large', () => {
    const [e] = one(
      'Islamic State Sahel Province fighters attacked Menaka on Monday, killing nine villagers.',
      '2026-11-20',
    );
    expect(e.actor1).toBe('Islamic State Sahel Province');
  });

  test('bare "jihadists" are an armed group of the country', () => {
    const [e] = one('Jihadists ambushed an army convoy near Djibo on Tuesday, killing 12 soldiers.', '2026-11-20');
    expect(e.actor1).toBe('Unidentified Armed Group (Burkina Faso)');
    expect(e.actor2).toBe('Military Forces of Burkina Faso');
  });
});

describe('references to a group named before (parties.ts, actors.ts)', () => {
  test('"the dissidents" are the FARC dissidents named in the sentence before', () => {
    const evs = one(
      'FARC dissidents attacked a police station in Suarez on Tuesday. The dissidents also detonated a car bomb in Jamundi on Wednesday, killing a civilian.',
      '2026-10-29',
    );
    const bomb = evs.find((e) => e.sub_event_type === 'Remote explosive/landmine/IED');
    expect(bomb?.actor1).toBe('FARC Dissidents');
  });

  test('"Rebels of the National Liberation Army" are the ELN, not a second party', () => {
    const [e] = one(
      'Rebels of the National Liberation Army (ELN) killed six soldiers in an attack on a military base in Tibu on Tuesday, the army said.',
      '2026-10-29',
    );
    expect(e.actor1).toMatch(/^ELN/);
    expect(e.actor2).toBe('Military Forces of Colombia');
  });
});

describe('trigger rules (data/taxonomy.json)', () => {
  test('a war "since January 2025" is background, and the day\'s fighting told next keeps its own sentence', () => {
    const evs = one(
      'The ELN has been fighting FARC dissidents for control of the region around Tibu since January 2025. Fighting between the two groups near Tibu on Monday forced 400 people to flee.',
      '2026-10-29',
    );
    expect(evs).toHaveLength(1);
    expect(evs[0].evidence.text).toMatch(/^Fighting between the two groups/);
  });

  test('fighting that has gone on "since Monday" is still an event', () => {
    const evs = one('Rebels have been fighting the army near Tibu since Monday, residents said.', '2026-10-29');
    expect(evs).toHaveLength(1);
  });

  test('militants who set fire to a bus destroyed property', () => {
    const [e] = one(
      'JNIM fighters set fire to a bus near Kayes on Friday after ordering its passengers off.',
      '2026-11-20',
    );
    expect(e?.sub_event_type).toBe('Looting/property destruction');
    expect(e?.actor1).toMatch(/^JNIM/);
  });

  test('relatives of missing people who protest are protesters, not a reference to another event', () => {
    const [e] = one(
      'Relatives of missing people protested in front of the state government building in Culiacan on Monday.',
      '2026-10-29',
    );
    expect(e?.sub_event_type).toBe('Peaceful protest');
    // The families of those killed are still no new killing.
    expect(one('The families of the soldiers killed in Culiacan gathered on Monday.', '2026-10-29')).toHaveLength(0);
  });
});

describe('an unknown village after a background sentence (unknown-settlement.ts)', () => {
  const story = (between: string) =>
    one(
      `Rebels killed six soldiers in an attack on a base in Tibu on Tuesday, the army said. ${between} Fighting between the two groups near the village of Campo Dos on Monday forced 400 people to flee. In Mexico, gunmen killed five people in Culiacan on Tuesday. Police arrested two men in Culiacan on Wednesday.`,
      '2026-10-29',
    );

  test('a sentence between that told no event does not move the story to the focus city abroad', () => {
    const fight = story('The ELN has been fighting FARC dissidents for control of the region since January 2025.').find(
      (e) => e.event_date === '2026-10-26',
    );
    expect(fight?.location).toBe('Tibú');
    expect(fight?.geo_precision).toBe(2);
  });

  test('a sentence between that told its own event still ends the reach', () => {
    const fight = story('Gunmen killed a farmer in Culiacan on Sunday.').find((e) => e.event_date === '2026-10-26');
    expect(fight?.location).not.toBe('Tibú');
  });
});

test('nor does a sentence that only refers back to the event before (unknown-settlement.ts)', () => {
  const fight = one(
    'Rebels killed six soldiers in an attack on a base in Tibu, the army said on Wednesday. The attack on the base took place late on Tuesday. The ELN has been fighting FARC dissidents for control of the region since January 2025. Fighting between the two groups near the village of Campo Dos on Monday forced 400 people to flee. In Mexico, gunmen killed five people in Culiacan on Tuesday. Police arrested two men in Culiacan on Wednesday.',
    '2026-10-29',
  ).find((e) => e.event_date === '2026-10-26');
  expect(fight?.location).toBe('Tibú');
});

describe('"on Saturday, days after X" dates X before Saturday (after-date.ts)', () => {
  test('a retaking told after "days after" lies in the days before the clash, not in the report week', () => {
    const evs = one(
      'Junta troops and rebels clashed near Lashio on Saturday, days after the military retook the town of Mogok from the Ta’ang National Liberation Army.',
      '2026-11-05',
    );
    const retake = evs.find((e) => e.sub_event_type === 'Government regains territory');
    expect(retake?.date_start).toBe('2026-10-25');
    expect(retake?.date_end).toBe('2026-10-30');
  });

  test('"two days after" is the day two days before', () => {
    const evs = one(
      'Junta troops and rebels clashed near Lashio on Saturday, two days after the military retook the town of Mogok.',
      '2026-11-05',
    );
    expect(evs.find((e) => e.sub_event_type === 'Government regains territory')?.event_date).toBe('2026-10-29');
  });
});

describe('people displaced by fighting (taxonomy.json, clash not)', () => {
  test('"displaced by fighting" is the cause of their flight, no clash', () => {
    expect(
      one(
        'About 150 people displaced by fighting had been sheltering in the monastery in Mogok, he said.',
        '2026-11-05',
      ),
    ).toHaveLength(0);
  });

  test("so an army's claim after it is not a retelling, and keeps its own capture", () => {
    const evs = captureEvents(
      capture(
        'Air strike on monastery kills 22',
        'People in the rubble. (Reuters)',
        '05 November 2026',
        ['The strike hit a monastery in Mogok on Monday night'],
        [
          'BANGKOK: A military air strike hit a monastery in Mogok on Monday night, killing 22 people, residents said on Tuesday.',
          'About 150 people displaced by fighting had been sheltering there, he said.',
          'The junta did not answer calls.',
          'The Arakan Army said on Tuesday that its fighters had captured a navy base at Thandwe after a two-week battle, in which dozens of junta soldiers were killed.',
          'Junta troops and rebels clashed near Lashio on Saturday, days after the military retook the nearby town of Hsipaw.',
        ],
      ),
    );
    const taken = evs.find((e) => e.actor1 === 'Arakan Army');
    expect(taken?.sub_event_type).toBe('Non-state actor overtakes territory');
    expect(evs.filter((e) => e.location === 'Mogok').map((e) => e.sub_event_type)).toEqual(['Air/drone strike']);
  });
});

describe("a highlight names its event's attacker (front-sides.ts, group.ts)", () => {
  const page = (highlight: string) =>
    captureEvents(
      capture(
        'Rebels close in on port',
        'A street in the port. (AFP)',
        '05 November 2026',
        [highlight],
        [
          'BANGKOK: The Arakan Army said on Tuesday that its fighters had captured a navy base at Thandwe after a two-week battle.',
          'Junta troops and rebels clashed near Lashio on Saturday, days after the military retook the nearby town of Hsipaw.',
        ],
      ),
    );

  test("the capture told loosely in the highlight joins the same group's capture, not the junta's unplaced retaking", () => {
    const evs = page('The Arakan Army said its fighters captured a navy base south of Sittwe');
    const byAa = evs.filter((e) => e.actor1 === 'Arakan Army');
    expect(byAa).toHaveLength(1);
    expect(byAa[0].location).toBe('Thandwe District');
    expect(evs.some((e) => e.actor1 === 'Military Forces of Myanmar' && /Sittwe/.test(e.location))).toBe(false);
  });
});

test('"The attack on the base took place late on Tuesday" dates the attack told before (reference-date.ts)', () => {
  const [e] = one(
    'Rebels killed six soldiers in a drone attack on a military base in Tibu, the army said on Wednesday.\nThe attack on the base took place late on Tuesday, and eight other soldiers were wounded, the army said.',
    '2026-10-29',
  );
  expect(e.event_date).toBe('2026-10-27');
});

test('the reference dates its attack also when the article focus gives it a place of its own (reference-date.ts)', () => {
  const evs = one(
    [
      'Rebels killed six soldiers in a drone attack on a military base in Tibu, the army said on Wednesday.',
      'The attack on the base took place late on Tuesday, and eight other soldiers were wounded, the army said.',
      'In Mexico, gunmen killed five people at a car wash in Culiacan on Tuesday.',
      'Soldiers arrested a cell leader in Culiacan on Wednesday.',
      'Relatives of missing people protested in Culiacan on Monday.',
    ].join('\n'),
    '2026-10-29',
  );
  expect(evs.find((e) => e.location === 'Tibú')?.event_date).toBe('2026-10-27');
});

test('"resistance fighters" are the rebel side of a clash (actors.json generic)', () => {
  const [e] = one('Junta troops and resistance fighters clashed near Lashio on Saturday.', '2026-11-05');
  expect([e.actor1, e.actor2].sort()).toEqual(['Military Forces of Myanmar', 'Rebel groups (Myanmar)']);
});

test('"troops repelled an M23 attack …, killing several rebels": the army is the target, the rebels the attackers\' men', () => {
  const [e] = one(
    'The army said its troops had repelled an M23 attack on their positions near Rutshuru on Monday night, killing several rebels.',
  );
  expect(e.actor1).toMatch(/M23/);
  expect(e.actor2).toBe('Military Forces of Democratic Republic of Congo');
});

test('an armed group that fired to disperse a protest is its actor2, not what the protest was against (protest-followup.ts)', () => {
  const [e] = one(
    "Hundreds of people protested in Bukavu on Thursday against the rebels' taxes on traders, before M23 fighters fired in the air to disperse them.",
  );
  expect(e.sub_event_type).toBe('Protest with intervention');
  expect(e.actor2).toMatch(/M23/);
  // What the protest is against stays no party.
  const [f] = one('Hundreds of people protested in Bukavu on Thursday against the M23, witnesses said.');
  expect(f.actor2).toBe('');
});
