// Events twenty-first session: the known-wrong list of the twentieth and causes found on ten invented wire pages,
// each told here in other invented sentences (docs/taxonomy.md, "Twenty-first session: events review").
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const run = (text: string, published = '2025-10-22') => pipelineEvents(text, published);
const roles = (text: string) => run(text).map((e) => [e.sub_event_type, e.actor1, e.actor2]);

describe('a group claiming the attack leads over the group it is linked to (actors.ts, follow-ups.ts)', () => {
  it('"…, claimed by JNIM, an al Qaeda-linked group" in a later sentence names the attacker', () => {
    const got = roles(
      'Militants killed 12 soldiers in an attack on a military base in Diapaga on Sunday, the army said. The attack, claimed by JNIM, an al Qaeda-linked group, was the deadliest this month.',
    );
    expect(got).toEqual([
      ['Armed clash', 'JNIM: Jamaat Nusrat al-Islam wal-Muslimin', 'Military Forces of Burkina Faso'],
    ]);
  });

  it('"an attack … that was claimed by JNIM, an al Qaeda-linked group": JNIM against the soldiers', () => {
    const got = roles(
      'Gunmen killed 12 soldiers on Sunday in an attack on a base in Diapaga that was claimed by JNIM, an al Qaeda-linked group.',
    );
    expect(got).toEqual([
      ['Armed clash', 'JNIM: Jamaat Nusrat al-Islam wal-Muslimin', 'Military Forces of Burkina Faso'],
    ]);
  });
});

describe('coordinated victim counts add up (fatalities.ts)', () => {
  it('"Two soldiers and two porters were killed": four', () => {
    const got = run(
      'Two soldiers and two porters were killed when rebels ambushed an army patrol near Bunia on Sunday.',
    );
    expect(got.map((e) => e.fatalities)).toEqual([4]);
  });

  it('"killing two soldiers and three porters": five; "five people and 40 cattle": five', () => {
    expect(
      run('Rebels ambushed an army patrol near Bunia on Sunday, killing two soldiers and three porters.')[0]
        ?.fatalities,
    ).toBe(5);
    expect(
      run('Rebels attacked a village near Bunia on Sunday, killing five people and 40 cattle.')[0]?.fatalities,
    ).toBe(5);
  });
});

describe('where protests spread to, and follow-ups of the same protest day (cue-walk.ts, continued-date.ts)', () => {
  it('"…, and the protests spread to Mombasa and Kisumu": one protest in each, on the lead\'s Tuesday', () => {
    const got = run(
      'Thousands of protesters marched in Nairobi on Tuesday against police brutality, and the protests spread to Mombasa and Kisumu.',
      '2025-07-10',
    );
    expect(got.map((e) => [e.event_type, e.location, e.date_start, e.time_precision]).sort()).toEqual([
      ['Protests', 'Kisumu', '2025-07-08', 1],
      ['Protests', 'Mombasa', '2025-07-08', 1],
      ['Protests', 'Nairobi', '2025-07-08', 1],
    ]);
  });

  it('"In Nakuru, a man was shot dead by police during the protests": the lead\'s day', () => {
    const got = run(
      'Police fired tear gas at thousands of protesters in Nairobi on Tuesday. In Nakuru, a man was shot dead by police during the protests, a rights group said.',
      '2025-07-10',
    );
    expect(got.map((e) => [e.location, e.date_start, e.time_precision])).toEqual([
      ['Nairobi', '2025-07-08', 1],
      ['Nakuru', '2025-07-08', 1],
    ]);
  });
});

describe('a ship attack told twice: the claim and the maritime report (blast-report.ts, actors.ts, taxonomy.json)', () => {
  it("one missile attack by the Houthis, at the report's place and on its Saturday", () => {
    const got = run(
      "SANAA (Reuters) - Yemen's Houthis said on Sunday they had attacked a tanker in the Red Sea with a ballistic missile. The British military's UKMTO centre said a vessel reported an explosion in the water near its hull late on Saturday, about 50 nautical miles west of Hodeidah.",
      '2025-10-20',
    );
    expect(got.map((e) => [e.sub_event_type, e.actor1, e.date_start, e.geo_precision])).toEqual([
      ['Shelling/artillery/missile attack', 'Houthis', '2025-10-18', 2],
    ]);
  });

  it('a roundup\'s "an explosion in X" beside strikes on Y in one sentence stays two events', () => {
    const got = run('An explosion hit a market in Jarabulus on Sunday, and warplanes struck villages near Idlib.');
    expect(got.map((e) => e.sub_event_type).sort()).toEqual(['Air/drone strike', 'Remote explosive/landmine/IED']);
  });
});

describe("a foreign state's capture is coded as ACLED codes it (foreign-capture.ts)", () => {
  it('"Russian forces captured X" in Ukraine: Non-state actor overtakes territory', () => {
    const got = roles('Russian forces captured the village of Novopavlivka in eastern Ukraine on Monday.');
    // The twenty-seventh session: the forces of the place's country lost it (foreign-capture.ts applyCaptureDefenders).
    expect(got).toEqual([
      ['Non-state actor overtakes territory', 'Military Forces of Russia', 'Military Forces of Ukraine'],
    ]);
  });

  it("a state's own forces retaking a town in their country still regain it", () => {
    const got = roles('Ukrainian troops recaptured the town of Kupiansk on Monday.');
    expect(got.map((r) => r[0])).toEqual(['Government regains territory']);
  });
});

describe('an agreement recalled by an earlier month is background (past-spell.ts)', () => {
  it('"signed a peace agreement in Washington in June" in an October report: no event', () => {
    const got = run(
      'M23 rebels seized the town of Pinga in North Kivu on Monday. Congo and Rwanda signed a peace agreement in Washington in June, but fighting has continued.',
    );
    expect(got.map((e) => e.sub_event_type)).toEqual(['Non-state actor overtakes territory']);
  });

  it('an agreement signed on a day of the report week stays', () => {
    const got = run('Congo and Rwanda signed a peace agreement in Washington on Monday.');
    expect(got.map((e) => e.sub_event_type)).toEqual(['Agreement']);
  });
});

describe('causes found on the ten invented pages', () => {
  it("a war's toll is its history, not the event's count (toll-blanks.ts)", () => {
    const got = run(
      'JUBA (Reuters) - The White Army overran an army garrison in the town of Nasir on Tuesday. The fighting threatens a 2018 peace deal that ended a five-year civil war in which about 400,000 people died.',
      '2025-11-17',
    );
    expect(got.map((e) => e.fatalities)).toEqual([0]);
  });

  it('"overran an army garrison": the army lost it, a non-state gain (taxonomy.json overtake)', () => {
    const got = run(
      'JUBA (Reuters) - The White Army overran an army garrison in the town of Nasir on Tuesday.',
      '2025-11-17',
    );
    expect(got.map((e) => e.sub_event_type)).toEqual(['Non-state actor overtakes territory']);
  });

  it('"soldiers were killed and six wounded on Wednesday when …": the soldiers are the target (passive-victims.ts)', () => {
    const got = roles(
      'Three Colombian soldiers were killed and six wounded on Wednesday when explosives dropped from a drone hit their base in Tibu, the army said.',
    );
    expect(got).toEqual([['Air/drone strike', '', 'Military Forces of Colombia']]);
  });

  it('"forced nine passengers off and shot them dead": nine (fatalities.ts)', () => {
    const got = run('Gunmen stopped a bus near Kalat on Friday night, forced nine passengers off and shot them dead.');
    expect(got.map((e) => e.fatalities)).toEqual([9]);
  });

  it('a group claiming the attack in a later sentence names the unidentified gunmen of the lead (build-event.ts)', () => {
    const got = roles(
      "Gunmen stopped a passenger bus on a highway near Kalat on Friday night and shot dead nine passengers. The attack happened near the town of Kalat, an official said. The gunmen checked the passengers' identity cards. The Balochistan Liberation Army claimed responsibility for the killings.",
    );
    expect(got.map((r) => r[1])).toEqual(['BLA: Baloch Liberation Army']);
  });

  it('"…, triggering protests in the capital": the attack, not a protest (taxonomy.json protest not)', () => {
    const got = roles(
      'Suspected militants killed three villagers in an attack on a village in the Jiribam district on Monday, police said, triggering protests in the state capital.',
    );
    expect(got.map((r) => r[0])).toEqual(['Attack']);
  });

  it('"More than 250 people have been killed and about 60,000 displaced": a running total (taxonomy.json cumulative)', () => {
    const got = run(
      'IMPHAL (Reuters) - Gunmen fired on houses in the village of Borobekra early on Monday and set homes on fire. More than 250 people have been killed and about 60,000 displaced.',
      '2025-11-19',
    );
    expect(got.map((e) => e.fatalities)).toEqual([0]);
  });

  // Cameroon's separatists are Ambazonian Separatists since the twenty-fifth session (ACLED's name).
  it('"separatist fighters" are a rebel group, the soldiers they killed the target (actors.json)', () => {
    const got = roles('Separatist fighters killed four soldiers in an ambush near Bamenda on Tuesday.');
    expect(got).toEqual([['Armed clash', 'Ambazonian Separatists', 'Military Forces of Cameroon']]);
  });
});

describe("the attackers' details are the attack told before (attacker-detail.ts)", () => {
  it('"The militants arrived … and overran the base": one clash, not a second capture', () => {
    const got = run(
      "MAIDUGURI, Nigeria (Reuters) - Fighters from Islamic State West Africa Province (ISWAP) killed 14 soldiers in an overnight assault on a military base in Marte, in Nigeria's northeastern Borno state, two military sources said on Thursday. The militants arrived in gun trucks shortly after midnight on Wednesday and overran the base after a gun battle that lasted nearly three hours, one of the sources said. They burned armoured vehicles and carted away weapons before withdrawing towards Lake Chad.",
      '2025-11-13',
    );
    expect(got.map((e) => e.sub_event_type)).toEqual(['Armed clash']);
  });

  it('"The attackers arrived … and rounded up villagers": one attack, no arrests', () => {
    const got = run(
      'PEMBA, Mozambique (AFP) - Islamic State-linked insurgents beheaded five civilians and set fire to dozens of homes in the village of Chai in Mozambique\'s northern Cabo Delgado province on Saturday, a local administrator and residents said. The attackers arrived in the early hours and rounded up villagers, the administrator of Macomia district, Tomas Badae, told reporters on Monday. "They killed five people with machetes and burned more than 40 houses," he said.',
      '2025-11-10',
    );
    expect(got.map((e) => e.sub_event_type)).toEqual(['Attack']);
  });

  it('the militants attacking another town that they name is another event', () => {
    const got = run(
      'ISWAP fighters killed 14 soldiers in an assault on a military base in Marte on Wednesday. The militants later attacked the town of Dikwa, killing three civilians.',
      '2025-11-13',
    );
    expect(got.map((e) => e.location).sort()).toEqual(['Dikwa', 'Marte']);
  });
});

describe('background told in a report or as a running state', () => {
  it('"In a report last month, X said soldiers had executed … in January 2024": the deed\'s date, so background (when.ts)', () => {
    const got = run(
      'ADDIS ABABA (Reuters) - A drone strike killed 11 people at a market in Debre Markos on Friday. In a report last month, Amnesty International said soldiers had executed dozens of civilians in the town of Merawi in January 2024.',
      '2025-11-16',
    );
    expect(got.map((e) => e.location)).toEqual(['Debre Mark’os']);
  });

  it('"Fighting … has forced 50,000 people from their homes since January": no event (taxonomy.json cumulative)', () => {
    const got = run(
      'BOGOTA (Reuters) - Fighting between the ELN and a dissident faction of the former FARC rebels has forced more than 50,000 people from their homes in Catatumbo since January.',
      '2025-11-13',
    );
    expect(got).toEqual([]);
  });
});

describe('"government positions" are the state\'s forces (actors.json)', () => {
  it('"Fano fighters attacked government positions": Military Forces of Ethiopia as actor2', () => {
    const got = roles('On Saturday, Fano fighters attacked government positions on the outskirts of Bahir Dar.');
    expect(got).toEqual([['Armed clash', 'Fano Militia', 'Military Forces of Ethiopia']]);
  });
});
