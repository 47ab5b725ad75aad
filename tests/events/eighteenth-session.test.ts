// Rules from four invented pages of the eighteenth session (south Lebanon strikes, Sweida clashes, an Iraq raid, a
// West Bank and Gaza day): a concession after the event ("despite the ceasefire that took effect on October 10")
// names something else, so its date is not the event's (relative-asides.ts CONCESSION); what a protest is about is
// no part of how it went (grievances.ts); a capital as the source of a reaction ("drawing condemnation from
// Damascus") is its government, no place of the event (src/toponyms/metonymy.ts REACTION_BEFORE).
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';
import { pipelineEvents } from './pipeline-helpers.js';

const run = (text: string, published = '2025-11-18') => pipelineEvents(text, published);

describe('a concession names something else', () => {
  it('"…killed four, despite the ceasefire that took effect on October 10": the strike is not dated October 10', () => {
    const [e] = run(
      'An Israeli airstrike on a tent in Khan Younis killed four people, the civil defence agency said, despite the ceasefire that took effect on October 10.',
    );
    expect(e.sub_event_type).toBe('Air/drone strike');
    expect(e.date_end).toBe('2025-11-18');
    expect(e.date_start > '2025-10-10').toBe(true);
  });

  it('"in violation of the truce agreed on Nov. 27": the strike keeps its own day', () => {
    const [e] = run(
      'Israeli jets struck a house in Kfar Kila on Monday in violation of the truce agreed on Nov. 27, 2024.',
    );
    expect([e.date_start, e.date_end]).toEqual(['2025-11-17', '2025-11-17']);
  });
});

describe('what a protest is about is no part of how it went (grievances.ts)', () => {
  it('"demanding an investigation into violence in July that killed hundreds": a peaceful protest, no toll', () => {
    const [e] = run(
      'Hundreds of people protested in Sweida city on Saturday, demanding an international investigation into violence in July that killed hundreds.',
      '2025-10-22',
    );
    expect([e.sub_event_type, e.fatalities, e.date_start]).toEqual(['Peaceful protest', 0, '2025-10-18']);
  });

  it('"rallied … against the killing of 12 demonstrators": the rally is peaceful', () => {
    const got = run(
      'Thousands rallied in Khartoum on Sunday against the killing of 12 demonstrators by security forces last week.',
      '2025-11-17',
    );
    expect(got.map((e) => [e.sub_event_type, e.fatalities])).toContainEqual(['Peaceful protest', 0]);
    expect(got.some((e) => e.sub_event_type === 'Excessive force against protesters')).toBe(false);
  });

  it('a toll after the grievance and a comma stays the protest\'s: "demanding …, killing three"', () => {
    const [e] = run(
      'Police opened fire on protesters demanding the release of detainees in Khartoum on Sunday, killing three.',
      '2025-11-17',
    );
    expect([e.sub_event_type, e.fatalities]).toEqual(['Excessive force against protesters', 3]);
  });
});

describe('a capital as the source of a reaction is its government', () => {
  it('"a raid that killed 13 people, drawing condemnation from Damascus": one event, at the village, with all 13', () => {
    const got = run(
      'Israeli forces advanced into the village of Beit Jinn in the Damascus countryside last month in a raid that killed 13 people, drawing condemnation from Damascus.',
      '2025-12-05',
    );
    expect(got).toHaveLength(1);
    expect(got[0].fatalities).toBe(13);
    expect(got[0].location).toMatch(/Jinn/);
  });

  it('the role: "condemnation from Damascus" is no place; "flights from Damascus" is', () => {
    const gaz = loadGazetteer();
    const role = (text: string) => geoparse(text, gaz).find((m) => m.text === 'Damascus')?.role;
    expect(role('The strike drew sharp condemnation from Damascus.')).toBe('in_organisation');
    expect(role('The first flights from Damascus landed in Riyadh.')).toBe('place');
  });
});

describe('actors added to the dictionary', () => {
  it('"forces loyal to the Southern Transitional Council" are the STC', () => {
    const [e] = run(
      'In the southern city of Aden, forces loyal to the Southern Transitional Council clashed with gunmen in the Mansoura district on Friday, leaving two fighters dead.',
      '2025-09-27',
    );
    expect([e.sub_event_type, e.actor1, e.fatalities]).toEqual([
      'Armed clash',
      'STC: Southern Transitional Council',
      2,
    ]);
  });
});

describe('more of the eighteenth session pages', () => {
  it('"demonstrated … against the Turkish strikes": a protest, not a strike in the protest\'s town', () => {
    const got = run(
      'In Sulaymaniyah, hundreds of people demonstrated on Wednesday against the Turkish strikes, waving Kurdish flags.',
      '2025-03-12',
    );
    expect(got.map((e) => e.sub_event_type)).toEqual(['Peaceful protest']);
  });

  it('"struck what it called Hezbollah infrastructure in X": the hedge does not hide the strike', () => {
    const [e] = run(
      'The Israeli army struck what it called Hezbollah infrastructure in the village of Arnoun on Sunday.',
      '2025-11-24',
    );
    expect([e?.sub_event_type, e?.location, e?.date_start]).toEqual(['Air/drone strike', 'Arnoun', '2025-11-23']);
    // The notes quote the trigger with the blanked hedge's spaces collapsed.
    expect(e?.notes).toContain('"struck Hezbollah infrastructure"');
  });

  it('"removed rocket launchers" is disrupted weapons use', () => {
    const [e] = run(
      'Lebanese army troops removed rocket launchers near the village of Arnoun on Sunday.',
      '2025-11-24',
    );
    expect(e?.sub_event_type).toBe('Disrupted weapons use');
  });
});

describe('a road named by its ends (where.ts)', () => {
  it('"on the Palmyra-Homs road" with no other place: near the first end, precision 2', () => {
    const [e] = run('A landmine exploded on the Palmyra-Homs road on Sunday, killing a shepherd.', '2025-10-20');
    expect([e?.sub_event_type, e?.location, e?.geo_precision]).toEqual(['Remote explosive/landmine/IED', 'Tadmur', 2]);
  });

  it('"on the Quneitra-Damascus road near the town of Saasaa": the town only', () => {
    const got = run(
      'A roadside bomb hit a patrol on the Quneitra-Damascus road near the town of Saasaa on Sunday.',
      '2025-10-20',
    );
    expect(got.map((e) => e.location)).toEqual(['Sa‘sa‘']);
  });
});

describe('an "after" clause with a finite violent verb is an event of its own (sentences.ts AFTER_CLAUSE)', () => {
  it('"… killed 44 across the Gaza Strip on Sunday after two soldiers were killed in Rafah": two events, two places', () => {
    const got = run(
      'Israeli strikes killed 44 Palestinians across the Gaza Strip on Sunday after two soldiers were killed in Rafah.',
      '2025-10-20',
    );
    expect(got.map((e) => [e.sub_event_type, e.location, e.fatalities]).sort()).toEqual([
      ['Air/drone strike', 'Gaza Strip', 44],
      ['Armed clash', 'Rafaḩ', 2],
    ]);
  });

  it('"protested in X on Tuesday after soldiers shot dead a young man": a peaceful protest and, before it, the killing', () => {
    const got = run(
      'Hundreds protested in Kindu on Tuesday after soldiers shot dead a young man in the town.',
      '2025-10-20',
    );
    expect(got.map((e) => [e.sub_event_type, e.fatalities, e.date_end]).sort()).toEqual([
      ['Attack', 1, '2025-10-13'],
      ['Peaceful protest', 0, '2025-10-14'],
    ]);
  });

  it('a noun phrase after "after" stays with its clause: "deployed to X on Tuesday after two days of clashes"', () => {
    const got = run('Troops deployed to Rafah on Tuesday after two days of clashes in the town.', '2025-10-20');
    expect(got.map((e) => [e.sub_event_type, e.location])).toEqual([['Armed clash', 'Rafaḩ']]);
  });
});

describe('a settlement and the fighting before it', () => {
  it('"agreed to a ceasefire in … after deadly clashes there earlier this month": the agreement and the clashes', () => {
    const got = run(
      'Delegations of the Syrian Democratic Forces and the government met in Damascus on Sunday and agreed to a ceasefire in the Aleppo neighbourhoods of Sheikh Maqsoud and Ashrafieh after deadly clashes there earlier this month.',
      '2025-10-22',
    );
    const subs = got.map((e) => e.sub_event_type);
    expect(subs).toContain('Agreement');
    expect(got.find((e) => e.sub_event_type === 'Armed clash')?.time_precision).toBe(3);
  });

  it('"agreed to a truce … after years of fighting": an agreement, no battle (long-spans.ts)', () => {
    const got = run('The two sides agreed to a truce in Tripoli on Sunday after years of fighting.', '2025-10-22');
    expect(got.map((e) => e.sub_event_type)).toEqual(['Agreement']);
  });
});

describe('residents burning a police post riot', () => {
  it('"Residents set fire to a police post in X after soldiers shot dead a young man": a riot and the killing', () => {
    const got = run(
      'Residents set fire to a police post in Kindu on Tuesday after soldiers shot dead a young man in the town.',
      '2025-10-20',
    );
    expect(got.map((e) => e.sub_event_type).sort()).toEqual(['Attack', 'Violent demonstration']);
  });
});
