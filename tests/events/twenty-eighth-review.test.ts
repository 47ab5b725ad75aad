// Events twenty-eighth review (issue #5): leftovers of the last reviews, each told in invented sentences
// (docs/taxonomy.md, "Twenty-eighth review").
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const run = (text: string, published = '2025-10-20') => pipelineEvents(text, published);
const roles = (text: string) => run(text).map((e) => [e.sub_event_type, e.actor1, e.actor2]);

describe('the arrested of a passive arrest are actor2 (passive-victims.ts)', () => {
  it('"two of the assailants had been arrested": the assailants are arrested, not arresting', () => {
    const got = roles(
      'The Interior Ministry said on Monday that two of the assailants had been arrested in a follow-up operation in the village of Tarmiyah.',
    );
    expect(got).toEqual([['Arrests', '', 'Unidentified Armed Group (Iraq)']]);
  });

  it('"were arrested by Israeli troops": the agent arrests', () => {
    const got = roles('Two Hamas members were arrested by Israeli troops in Jenin on Sunday.');
    expect(got).toEqual([['Arrests', 'Military Forces of Israel', 'Hamas']]);
  });
});

describe('an air strike by "security forces" is the military\'s (military-source.ts)', () => {
  it('"Iraqi security forces killed four militants in an air strike": Military Forces of Iraq', () => {
    const got = roles(
      'Iraqi security forces killed four militants in an air strike on a hideout near Tikrit on Sunday.',
    );
    expect(got[0]?.slice(0, 2)).toEqual(['Air/drone strike', 'Military Forces of Iraq']);
  });

  it('a raid by "security forces" with no military source stays the police\'s', () => {
    const got = roles('Iraqi security forces killed four militants in a raid on a hideout near Tikrit on Sunday.');
    expect(got[0]?.[1]).toBe('Police Forces of Iraq');
  });
});

describe('people of a trade arrested are civilians (follow-ups.ts)', () => {
  it('"detained three shepherds": Civilians as actor2', () => {
    const got = roles('Israeli troops detained three shepherds near the village of Tubas on Sunday.');
    expect(got).toEqual([['Arrests', 'Military Forces of Israel', 'Civilians (Palestine)']]);
  });
});

describe('an arms deal is no conflict agreement (data/taxonomy.json)', () => {
  it('"signed an arms deal": no event', () => {
    expect(run('Turkey and Qatar signed an arms deal in Ankara on Monday.')).toEqual([]);
  });

  it('"signed a ceasefire deal" stays an Agreement', () => {
    const got = run('The two factions signed a ceasefire deal in Tripoli on Monday.');
    expect(got.map((e) => e.sub_event_type)).toEqual(['Agreement']);
  });
});

describe('where the detained were released is no second arrest (destinations.ts)', () => {
  it('"arrested five men in Goma and released them in Bukavu": one arrest, at Goma', () => {
    const got = run('Police arrested five men in Goma on Sunday and released them in Bukavu on Monday.');
    expect(got.map((e) => [e.sub_event_type, e.location])).toEqual([['Arrests', 'Goma']]);
  });
});

describe('a killing "during the unrest" is the riot\'s toll (unrest-toll.ts, fatalities.ts)', () => {
  const riot = 'Hundreds of youths rioted in Kisumu on Tuesday, burning tyres and looting shops.';

  it('"One protester was shot dead by police during the unrest": the riot has one dead and the police', () => {
    const got = run(`${riot} One protester was shot dead by police during the unrest.`);
    expect(got.map((e) => [e.sub_event_type, e.fatalities, e.actor2])).toEqual([
      ['Violent demonstration', 1, 'Police Forces of Kenya'],
    ]);
  });

  it('a killing with no word of the unrest gives the riot nothing', () => {
    const got = run(`${riot} One protester was shot dead by police.`);
    expect(got.map((e) => e.fatalities)).toEqual([0]);
  });
});

describe('troops firing at protesters use excessive force (data/taxonomy.json, targets.ts, unrest-toll.ts)', () => {
  it('"Israeli troops fired at protesters": Excessive force, the army as actor2', () => {
    const got = run('Israeli troops fired at protesters in Nablus on Friday.');
    expect(got.map((e) => [e.sub_event_type, e.actor1, e.actor2])).toEqual([
      ['Excessive force against protesters', 'Protesters (Palestine)', 'Military Forces of Israel'],
    ]);
  });

  it('", and soldiers killed two of them": the protest takes the toll', () => {
    const got = run('Israeli troops fired at protesters in Nablus on Friday, and soldiers killed two of them.');
    expect(got.map((e) => [e.sub_event_type, e.fatalities])).toEqual([['Excessive force against protesters', 2]]);
  });
});

describe('a depot explosion with no cause is no event (data/taxonomy.json)', () => {
  it('"An explosion ripped through an arms depot …, killing two soldiers": no event', () => {
    expect(run('An explosion ripped through an arms depot in Tarmiyah on Sunday, killing two soldiers.')).toEqual([]);
  });

  it('"A bomb blast ripped through an arms depot" stays an IED', () => {
    const got = run('A bomb blast ripped through an arms depot in Tarmiyah on Sunday, killing two soldiers.');
    expect(got.map((e) => e.sub_event_type)).toEqual(['Remote explosive/landmine/IED']);
  });
});

describe('one protester killed is a protest event (data/taxonomy.json protest)', () => {
  it('"One protester was shot dead by police in Kisumu": Excessive force, not an armed clash', () => {
    const got = run('One protester was shot dead by police in Kisumu on Tuesday.');
    expect(got.map((e) => [e.sub_event_type, e.fatalities, e.actor2])).toEqual([
      ['Excessive force against protesters', 1, 'Police Forces of Kenya'],
    ]);
  });
});
