// Rules from eight invented pages of the nineteenth session (Darfur, Gaza, Turkish strikes in Iraq, Yemen, Ukraine,
// the West Bank, Sweida, south Lebanon): a place "near the southern city of Y" only locates the site before it
// (where-words.ts NEAR_REFERENCE); "two more were shot dead" counts its dead and, naming no armed victims, is an attack
// (fatalities.ts, taxonomy.json); a dropped echoing lead hands its sides to the incident (lead-echo.ts); "X province
// in northern Y" is the province (where.ts); "the interior ministry said it had seized" names the police
// (parties.ts); an unauthored air strike near another one takes its striker (air-actor.ts); victims told before an
// air strike's trigger are its target (roles.ts).
import { describe, expect, it } from 'vitest';
import { capture, captureEvents, pipelineEvents } from './pipeline-helpers.js';

const run = (text: string, published = '2025-11-18') => pipelineEvents(text, published);

describe('a town near which a site lies only locates it', () => {
  it('"the Rashidieh refugee camp near the southern coastal city of Tyre": one strike, at the camp', () => {
    const es = run(
      'An Israeli drone strike on the Rashidieh refugee camp near the southern coastal city of Tyre killed two people on Monday.',
    );
    expect(es.map((e) => [e.location, e.fatalities])).toEqual([['Rashidieh', 2]]);
  });
});

describe('victims told by "more" after a toll', () => {
  const text =
    'Three civilians were killed in an air strike in Idlib on Monday. Three more were shot dead by soldiers near Saraqib, activists said.';
  it('"Three more were shot dead by soldiers": three dead, an attack on civilians', () => {
    const e = run(text).find((x) => x.location === 'Saraqib');
    expect([e?.event_type, e?.fatalities, e?.actor2]).toEqual(['Violence against civilians', 3, 'Civilians (Syria)']);
  });

  it('"Two more militants were killed by troops": militants named, a battle', () => {
    const [e] = run('Two more militants were killed by troops in Mandera on Monday.');
    expect([e.sub_event_type, e.fatalities]).toEqual(['Armed clash', 2]);
  });

  it('"Three civilians were killed in an air strike": the civilians are the target', () => {
    const e = run(text).find((x) => x.location === 'Idlib');
    expect(e?.actor2).toBe('Civilians (Syria)');
  });
});

describe('the sides of an event told twice', () => {
  it('"struck suspected PKK positions in northern Iraq … The strikes hit areas near X": the target stays named', () => {
    const es = run(
      'Turkish warplanes struck suspected PKK positions in the mountains of northern Iraq on Monday. The strikes hit areas around the village of Kani Masi near the Turkish border, the mayor said.',
    );
    expect(es.map((e) => [e.location, e.actor1, e.actor2])).toEqual([
      ['Kānī Māsī', 'Military Forces of Turkey', "PKK: Kurdistan Workers' Party"],
    ]);
  });
});

describe('a province in part of a country', () => {
  it('"in Duhok province in northern Iraq": the province, not the north of the country', () => {
    const [e] = run('Turkish warplanes struck suspected PKK positions in Duhok province in northern Iraq on Monday.');
    expect([e.location, e.geo_precision]).toEqual(['Duhok', 3]);
  });
});

describe('a ministry speaking of what its forces did', () => {
  it('"The interior ministry said on Monday that it had arrested 14 people in Latakia": the police arrested', () => {
    const [e] = run('The interior ministry said on Monday that it had arrested 14 people in Latakia.');
    expect([e.sub_event_type, e.actor1]).toEqual(['Arrests', 'Police Forces of Syria']);
  });

  it('"…were killed in Homs, the interior ministry said": the ministry only reports', () => {
    const [e] = run('Five people were killed in Homs on Sunday, the interior ministry said.');
    expect(e.actor1).toBe('');
  });
});

describe('an air strike that names no striker (air-actor.ts)', () => {
  it('a drone strike in Bint Jbeil told three sentences after an Israeli one in Nabatieh: Israel', () => {
    const es = run(
      'An Israeli drone hit a house in Nabatieh on Monday, killing two people. The military said it had targeted a Hezbollah commander. Hezbollah did not comment. Earlier on Monday, a drone strike on a car in the town of Bint Jbeil killed one person, the ministry said.',
    );
    expect(es.find((e) => e.location === 'Bent Jbaïl')?.actor1).toBe('Military Forces of Israel');
  });

  it('a drone strike in Izium after Russian drones hit Kharkiv: Russia', () => {
    const es = run(
      'Russian drones hit an apartment block in Kharkiv on Monday, killing two. A drone strike on a car in Izium killed one person, officials said.',
    );
    expect(es.find((e) => e.location === 'Izium')?.actor1).toBe('Military Forces of Russia');
  });

  it('an air strike in Daraa after coalition strikes in Raqqa, 400 km away: unknown', () => {
    const es = run(
      'Coalition warplanes killed three civilians in Raqqa on Monday. In Daraa, an air strike killed two people.',
    );
    expect(es.find((e) => e.location === 'Dar‘ā')?.actor1).toBe('');
  });
});

describe('a backdrop told with its sides (taxonomy.json guards.backdrop)', () => {
  it('", as fighting between the paramilitaries and the army spread east into the X region": no battle there', () => {
    const es = run(
      'Drone strikes by the paramilitary Rapid Support Forces killed at least 40 people in the town of Mellit on Monday, as fighting between the paramilitaries and the army spread east into the Kordofan region.',
    );
    expect(es.map((e) => [e.sub_event_type, e.location])).toEqual([['Air/drone strike', 'Mellit']]);
  });

  it('"as fighting between the army and the RSF raged in X, where five soldiers were killed": the deaths stay', () => {
    const es = run(
      'Drone strikes killed 40 people in Mellit on Monday, as fighting between the army and the RSF raged in Babanusa, where five soldiers were killed.',
    );
    expect(es.some((e) => e.sub_event_type === 'Armed clash' && e.fatalities === 5)).toBe(true);
  });
});

describe('an archive photo credited "(File/AFP)" (aftermath-caption.ts)', () => {
  it('"Protesters gather in X. (File/AFP)": no protest from the caption', () => {
    const page = capture(
      'Residents demand answers after activist killed',
      'Libyan protesters gather in the western city of Zawiya. (File/AFP)',
      '7 November 2025',
      [],
      ['TRIPOLI: The UN mission called for calm in Zawiya on Thursday and urged an investigation.'],
    );
    expect(captureEvents(page).filter((e) => e.event_type === 'Protests')).toEqual([]);
  });
});

describe('the cause told in an "after" clause', () => {
  const text =
    'TRIPOLI: Protesters stormed and set fire to a municipal building in the western city of Zawiya on Thursday after a local activist was shot dead by unknown gunmen, witnesses said. The activist was killed on Wednesday evening near his home in Zawiya, relatives said.';
  it('the killing is placed where the riot was, not at the dateline, and joins the day told later', () => {
    const kills = run(text, '2025-11-07').filter((e) => e.event_type === 'Violence against civilians');
    expect(kills.map((e) => [e.location, e.date_start, e.fatalities])).toEqual([['Az Zāwīyah', '2025-11-05', 1]]);
  });
});

describe('a toll told district by district', () => {
  const text =
    "PESHAWAR: Pakistani security forces killed 17 militants in two raids in the northwestern province of Khyber Pakhtunkhwa, the military said on Friday. Eleven militants were killed in an intelligence-based operation in the North Waziristan district on Thursday, and six more in the Bannu district, the military's media wing said in a statement.";
  it('"and six more in the Bannu district": an event there with six dead; the province\'s lead goes', () => {
    const es = run(text, '2025-11-21');
    expect(es.map((e) => [e.location, e.fatalities, e.date_start]).sort()).toEqual([
      ['Bannu District', 6, '2025-11-20'],
      ['North Wazīristān District', 11, '2025-11-20'],
    ]);
  });

  it('"Eleven militants were killed": the militants are the target, the lead\'s forces the attacker', () => {
    const e = run(text, '2025-11-21').find((x) => x.fatalities === 11);
    expect([e?.actor1, e?.actor2]).toEqual(['Military Forces of Pakistan', 'Unidentified Armed Group (Pakistan)']);
  });
});

describe('the framework an act follows, and where a deployment went', () => {
  it('"handed over two neighbourhoods … under an agreement signed in April": not dated April', () => {
    const [e] = run(
      'The Syrian Democratic Forces said they had handed over control of two neighborhoods in Aleppo to government forces under an agreement signed in April.',
      '2025-11-24',
    );
    expect([e.sub_event_type, e.time_precision, e.date_end]).toEqual([
      'Non-violent transfer of territory',
      2,
      '2025-11-24',
    ]);
  });

  it('"deployed reinforcements to the countryside of Latakia": the deployment is there, not at the dateline', () => {
    const es = run(
      'DAMASCUS: Syrian security forces deployed reinforcements to the countryside of Latakia on Sunday after gunmen ambushed a patrol near the town of Jableh. The ministry said two of the assailants had been arrested.',
      '2025-11-24',
    );
    expect(es.find((e) => e.sub_event_type === 'Other')?.location).toBe('Latakia');
  });
});

describe('"X and the village of Y" is a list, not a setting (where.ts SETTING_GAP)', () => {
  it('"struck areas around Amadiya and the village of Kani Masi": two places struck', () => {
    const es = run(
      'Turkish warplanes struck areas around Amadiya and the village of Kani Masi on Tuesday.',
      '2025-11-12',
    );
    expect(es.map((e) => e.location).sort()).toEqual(['Al ‘Amādīyah', 'Kānī Māsī']);
  });

  it('"struck the Red Sea port of Hodeidah": the port is the place, the sea its setting', () => {
    const es = run('US warplanes struck the Red Sea port of Hodeidah on Saturday.', '2025-11-09');
    expect(es.map((e) => e.location)).toEqual(['Al Ḩudaydah']);
  });
});

describe('a claim that goes on (claims.ts CLAIM_GOES_ON)', () => {
  it('"said it had struck depots in X, and killed an operative near Y": the operative is the strike told at Y', () => {
    const es = run(
      'Two more people died when a drone hit a car on the coastal road near the town of Naqoura on Thursday, the ministry said. The Israeli military said it had struck Hezbollah weapons depots in the area of Jbaa, and killed a Hezbollah operative who was trying to rebuild infrastructure near Naqoura.',
      '2025-11-20',
    );
    const naqoura = es.filter((e) => e.location === 'En Nâqoûra');
    expect(naqoura.map((e) => [e.sub_event_type, e.fatalities])).toEqual([['Air/drone strike', 2]]);
  });
});

describe('a claim of responsibility (follow-ups.ts, when.ts, group.ts)', () => {
  const text =
    'DAMASCUS, Nov 22 (Reuters) - Islamic State claimed responsibility on Saturday for an attack on a Syrian army checkpoint east of Palmyra that killed five soldiers. The attack took place late on Friday on the highway between Palmyra and Deir ez-Zor, a war monitor said.';
  it('the claimant attacked, the army checkpoint was attacked, on the day the reference names', () => {
    const es = run(text, '2025-11-22');
    expect(es.map((e) => [e.actor1, e.actor2, e.date_start, e.fatalities])).toEqual([
      ['Islamic State', 'Military Forces of Syria', '2025-11-21', 5],
    ]);
  });
});

describe('a distance at sea (areas.ts)', () => {
  it('"about 60 nautical miles southwest of the Yemeni port of Mokha": a point 111 km off the port, named plainly', () => {
    const [e] = run(
      'A merchant vessel was hit by a missile in the Red Sea about 60 nautical miles southwest of the Yemeni port of Mokha on Tuesday, the agency said.',
      '2025-11-18',
    );
    expect(e.location).toBe('60 nautical miles southwest of Mocha');
    expect(e.geo_precision).toBe(2);
  });
});
