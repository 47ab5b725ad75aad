// Rules from two invented pages of the seventeenth session (a Tripoli clashes story, a Kurdistan gas-field strike):
// a placeless event later in a story whose lead happened in its dateline's city is in that city (dateline-story.ts);
// flights "diverted to X" name no event place (destinations.ts); ", which lies in X" places the event
// (relative-scope.ts, sentences.ts); "X district between Y and Z" only locates X (where-words.ts BETWEEN_REFERENCE);
// a reference back in the next sentence says where in a region with no outline the event happened (group.ts
// refinesRegion), and the body's report stays the evidence; "Aleppo's X and Y neighborhoods" names parts of the city,
// not an organisation of it (site-words.ts NAMED_SITE); from a Gaza day: "two others died" is a toll (fatalities.ts),
// "N across X, including M in Y" gives Y its M (place-tolls.ts), a toll "across" a region opens a roundup whose
// undated incidents take its day (lead-day.ts), and a placeless claim naming "the school" joins the school's strike,
// not the event told just before it (claims.ts claimSiteGroup); "kept up near-daily attacks" is a habit, no event
// (taxonomy guards.habitual), so are "similar attacks" a group "has carried out" (guards.generic_plural); "a member of
// the Revolutionary Guards" is a combatant (taxonomy combatant lists); a battle's reports that count each side's dead add up (claimed-toll.ts bothSidesToll).
import { describe, expect, it } from 'vitest';
import { capture, captureEvents, pipelineEvents } from './pipeline-helpers.js';

const run = (text: string) => pipelineEvents(text, '2025-06-19');
const brief = (text: string) => run(text).map((e) => [e.sub_event_type, e.location, e.geo_precision]);

describe('a city story told from its dateline', () => {
  const lead =
    'BENGHAZI: Heavy fighting broke out overnight in the eastern city between rival brigades, killing five people, medics said on Thursday.';

  it('a later placeless event is in the dateline city when the lead was', () => {
    const got = brief(`${lead} The army said it had announced a ceasefire on Thursday afternoon.`);
    expect(got).toContainEqual(['Agreement', 'Benghazi', 2]);
  });

  it('without the lead at the dateline, the placeless event still has no place', () => {
    const got = brief(
      'BENGHAZI: Heavy fighting broke out in Sirte between rival brigades on Thursday, medics said. The army said it had announced a ceasefire on Thursday afternoon.',
    );
    expect(got.some((e) => e[0] === 'Agreement')).toBe(false);
  });

  it('flights diverted to another city do not place the next placeless event there', () => {
    const got = brief(
      `${lead} Gunfire was heard near the airport, which suspended flights and diverted them to Tobruk. Dozens protested in Tobruk on Wednesday. The army said it had announced a ceasefire on Thursday afternoon.`,
    );
    expect(got).toContainEqual(['Agreement', 'Benghazi', 2]);
    expect(got.filter((e) => e[0] === 'Agreement')).toHaveLength(1);
  });
});

describe('a relative clause that says where the target lies', () => {
  it('", which lies in X district, late on Wednesday": X places the strike and the day stays its date', () => {
    const got = run(
      'SULAIMANIYAH: A drone struck a cement plant, which lies in Chamchamal district, late on Wednesday, officials said.',
    );
    expect(got.map((e) => [e.sub_event_type, e.location, e.event_date])).toEqual([
      ['Air/drone strike', 'Chamchamal District', '2025-06-18'],
    ]);
  });

  it('a relative clause telling something else still does not place the event', () => {
    const got = run(
      'Drones struck Kassala on Wednesday in an escalation by the RSF, which had until now focused on Khartoum.',
    );
    expect(got.map((e) => e.location)).toEqual(['Kassala']);
  });

  it('"X district between Y and Z": Y and Z are no event places, and the reference refines the region', () => {
    const got = run(
      "ERBIL: A drone struck a cement plant in Iraq's Kurdistan region late on Wednesday, officials said. Nobody was hurt in the attack on the plant, which lies in Chamchamal district between Kirkuk and Sulaimaniyah, the ministry said.",
    );
    expect(got.map((e) => [e.sub_event_type, e.location, e.event_date])).toEqual([
      ['Air/drone strike', 'Chamchamal District', '2025-06-18'],
    ]);
    expect(got[0].evidence.text.startsWith('ERBIL: A drone struck')).toBe(true);
  });

  it('a reference back with a toll of its own does not move the event', () => {
    const got = run(
      "ERBIL: A drone struck a cement plant in Iraq's Kurdistan region late on Wednesday, officials said. Two guards were killed in the attack in Chamchamal district, the ministry said.",
    );
    expect(got.map((e) => e.location)).toContain('Kurdistan Region');
  });
});

describe('a capture whose caption names the district', () => {
  it('caption, body and the reference back are one event at the district, told by the body', () => {
    const text = capture(
      'Drone hits cement plant in Iraqi Kurdistan',
      'Smoke rises from the cement plant in Chamchamal district after a drone strike. (AFP)',
      '19 June 2025',
      ['No one was hurt in the strike'],
      [
        "ERBIL: A drone struck a cement plant in Iraq's Kurdistan region late on Wednesday, officials said.",
        'Nobody was hurt in the attack on the plant, which lies in Chamchamal district, the ministry said.',
      ],
    );
    const got = captureEvents(text);
    expect(got.map((e) => [e.sub_event_type, e.location, e.event_date])).toEqual([
      ['Air/drone strike', 'Chamchamal District', '2025-06-18'],
    ]);
    expect(got[0].evidence.text.startsWith('ERBIL:')).toBe(true);
  });
});

describe("a city's named parts, listed", () => {
  it.each([
    ["Shelling hit Khartoum's Kalakla and Jabra neighbourhoods on Monday, killing four.", 'Khartoum'],
    ["Clashes broke out on Monday in Aleppo's Sheikh Maqsoud and Ashrafieh neighborhoods, killing two.", 'Aleppo'],
  ])('%s', (text, city) => {
    expect(run(text).map((e) => e.location)).toEqual([city]);
  });

  it('a country\'s leader is still no place: "Syria\'s President and Foreign Minister said"', () => {
    const got = run("Syria's President and Foreign Minister said on Monday that clashes had killed two.");
    expect(got.map((e) => e.location)).not.toContain('Syria');
  });
});

describe('a roundup day', () => {
  const lead =
    'EL FASHER: Drone strikes killed at least 30 people across North Darfur on Sunday, including 11 in a mosque in El Fasher, the local resistance committee said.';
  const detail =
    'Five people were killed when a drone hit a market in Kutum, and two others died in shelling east of Kabkabiya, medics said.';

  it('"two others died in shelling" counts two dead', () => {
    const got = pipelineEvents(`${lead} ${detail}`, '2025-06-16');
    expect(got.find((e) => e.sub_event_type === 'Shelling/artillery/missile attack')?.fatalities).toBe(2);
  });

  it('"30 across X, including 11 in a mosque in Y": Y has 11 dead', () => {
    const got = pipelineEvents(lead, '2025-06-16');
    expect(got.map((e) => [e.location, e.fatalities])).toEqual([['El Fasher', 11]]);
  });

  it('"kills 10 including 7 children in X": X keeps all ten', () => {
    const got = pipelineEvents('An air strike kills 10 including 7 children in Kutum on Sunday.', '2025-06-16');
    expect(got.map((e) => e.fatalities)).toEqual([10]);
  });

  it("an undated incident two sentences after the roundup takes the roundup's day", () => {
    const got = pipelineEvents(`${lead} Dozens were wounded at the mosque, a medic said. ${detail}`, '2025-06-16');
    const shelling = got.find((e) => e.sub_event_type === 'Shelling/artillery/missile attack');
    expect([shelling?.date_start, shelling?.time_precision]).toEqual(['2025-06-15', 1]);
  });

  it('a claim that names "the mosque" joins the mosque strike, not the drone strike told just before', () => {
    const got = pipelineEvents(
      `${lead} ${detail} The RSF said it had struck fighters of the army operating from a command post in the mosque.`,
      '2025-06-16',
    );
    expect(got.find((e) => e.location === 'Kutum')?.actor1).toBe('');
    expect(got.find((e) => e.location === 'El Fasher')?.actor1).toBe('Rapid Support Forces');
  });
});

describe('a habit told beside the event', () => {
  it('"as Israel kept up near-daily attacks despite a ceasefire" adds no event to the strike', () => {
    const got = run(
      'BEIRUT: An Israeli drone strike on a car killed two people in the village of Kfar Kila on Tuesday, the ministry said, as Israel kept up near-daily attacks despite a ceasefire.',
    );
    expect(got.map((e) => e.sub_event_type)).toEqual(['Air/drone strike']);
  });
});

describe("a battle's dead on both sides", () => {
  const lead =
    'QUETTA: Insurgents attacked a paramilitary post in the Kech district late on Monday, killing seven soldiers, the army said on Tuesday.';

  it('"killing seven soldiers … troops killed 12 militants in the ensuing operation": 19 dead', () => {
    const got = pipelineEvents(
      `${lead} Troops killed 12 militants in the ensuing operation, the army said, blaming the attack on the BLA.`,
      '2025-09-16',
    );
    expect(got.map((e) => [e.sub_event_type, e.fatalities])).toEqual([['Armed clash', 19]]);
  });

  it("a placeless follow-up with the other side's dead adds them too", () => {
    const got = pipelineEvents(
      "PESHAWAR: Militants ambushed a convoy in Pakistan's northwest Kurram district late on Monday, killing 11 soldiers, the army said on Tuesday. Security forces killed 19 militants in the clashes that followed, the army said, blaming the attack on the TTP.",
      '2025-09-16',
    );
    expect(got.map((e) => e.fatalities)).toEqual([30]);
  });

  it('two counts of the same dead (soldiers, then troops) are not added', () => {
    const got = pipelineEvents(
      `${lead} Nine soldiers were killed in the attack, a security official said, blaming the BLA.`,
      '2025-09-16',
    );
    expect(got.map((e) => e.fatalities)).toEqual([9]);
  });
});

describe('an Iran page', () => {
  it('"has carried out similar attacks in the province" is no event', () => {
    const got = run(
      'Gunmen shot dead a shopkeeper in the city of Khash in Sistan-Baluchestan province on Tuesday. No group claimed responsibility, but Jaish Al-Adl has carried out similar attacks in the province.',
    );
    expect(got.map((e) => e.location)).toEqual(['Khāsh']);
  });

  it('killing "a member of the Revolutionary Guards" is a clash with the state\'s forces, not an attack on civilians', () => {
    const got = run('Gunmen shot dead a member of the Revolutionary Guards in Khash on Tuesday.');
    expect(got.map((e) => [e.sub_event_type, e.actor2])).toEqual([['Armed clash', 'Military Forces of Iran']]);
  });

  it('"a member of the city council" stays a civilian', () => {
    const got = run('Gunmen shot dead a member of the city council in Khash on Tuesday.');
    expect(got.map((e) => e.sub_event_type)).toEqual(['Attack']);
  });
});

describe('how the attack went', () => {
  it('"The attack on the base … began with a car bomb, followed by gunfire" is the attack told before, not a bombing', () => {
    const got = pipelineEvents(
      'MOGADISHU: Al-Shabaab fighters attacked a military base in the Lower Shabelle region on Friday, killing eight soldiers, officials said. The attack on the base near Afgoye began with a car bomb, followed by heavy gunfire, an officer said.',
      '2025-09-14',
    );
    expect(got.map((e) => [e.sub_event_type, e.fatalities])).toEqual([['Armed clash', 8]]);
  });

  it('a car bomb told with a day of its own is still its own event', () => {
    const got = pipelineEvents(
      'MOGADISHU: Al-Shabaab fighters attacked a military base near Afgoye on Friday, killing eight soldiers. On Saturday, a car bomb exploded at a checkpoint in Mogadishu, killing three people.',
      '2025-09-14',
    );
    expect(got.map((e) => e.sub_event_type).sort()).toEqual(['Armed clash', 'Remote explosive/landmine/IED']);
  });
});
