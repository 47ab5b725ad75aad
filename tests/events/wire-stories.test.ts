// Rules from short wire stories of the twenty-first session (Gaza, Darfur, Pakistan, Nigeria, the Caribbean), each
// told in two or more sentences so that the story is read as an article, not as a headline:
// - a town listed after a comma is one more place of the list, not the container of the town before it, though
//   towns of a small territory all lie within 30 km of each other (containment.ts listedAfterComma), and "in X, the Y
//   camp and Z" goes on listing after the comma (cue-walk.ts);
// - "…, after Israel accused Hamas of killing a soldier in Rafah": a blamed attack is a clause of its own, so the
//   main clause keeps its own place (sentences.ts AFTER_CLAUSE);
// - "had taken full control of X" attaches X (cue-walk.ts);
// - "besieged militants" is a clash (taxonomy.json);
// - "the fifth such strike since September", "kidnappings are common in X" tell no event (taxonomy.json guards).
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const run = (text: string, published = '2025-10-29') => pipelineEvents(text, published);
const places = (text: string) =>
  run(text)
    .map((e) => e.location)
    .sort();

describe('a list of towns in a small territory', () => {
  it('"in Khan Younis, Nuseirat and Beit Lahia": three events', () => {
    expect(
      places(
        'Israeli strikes hit houses in Khan Younis, Nuseirat and Beit Lahia on Tuesday, medics said. The army said it targeted militants.',
      ),
    ).toEqual(['An Nuşayrāt', 'Bayt Lāhyā', 'Khān Yūnis']);
  });

  it('"in Khan Younis, the Bureij camp and Gaza City\'s Sabra neighbourhood": three events', () => {
    expect(
      places(
        "Israeli strikes hit houses in Khan Younis, the Bureij camp and Gaza City's Sabra neighbourhood on Tuesday, medics said. The army said it targeted militants.",
      ),
    ).toEqual(['Al Burayj', 'Gaza', 'Khān Yūnis']);
  });

  it('a suburb before its city still lies in it ("in Jaramana, Damascus")', () => {
    expect(
      places('An air strike hit a house in Jaramana, Damascus, on Tuesday. Two people were wounded, medics said.'),
    ).toEqual(['Jaramānā']);
  });
});

describe('an accusation told in an "after" clause', () => {
  it('the strikes "across the Gaza Strip" stay there; the blamed killing is its own event in Rafah', () => {
    const es = run(
      'Israeli air strikes killed at least 104 people across the Gaza Strip overnight, health authorities said on Wednesday, after Israel accused Hamas of violating the ceasefire by killing a soldier in Rafah. Hamas denied involvement.',
    );
    const strike = es.find((e) => e.sub_event_type === 'Air/drone strike');
    expect([strike?.location, strike?.fatalities, strike?.actor1]).toEqual([
      'Gaza Strip',
      104,
      'Military Forces of Israel',
    ]);
    expect(es.find((e) => e.location === 'Rafaḩ')?.actor1).toBe('Hamas');
  });
});

describe('a takeover of a named town', () => {
  it('"said they had taken full control of El Fasher, the army\'s last stronghold in the Darfur region": El Fasher', () => {
    const es = run(
      "Sudan's paramilitary Rapid Support Forces said on Sunday they had taken full control of El Fasher, the army's last stronghold in the Darfur region, after an 18-month siege. Thousands of residents fled.",
      '2025-10-27',
    );
    expect(es.map((e) => [e.sub_event_type, e.location, e.date_start])).toEqual([
      ['Non-state actor overtakes territory', 'El Fasher', '2025-10-26'],
    ]);
  });
});

describe('a siege of attackers', () => {
  it('"security forces besieged militants who had stormed a cadet college in Wana": a clash in Wana', () => {
    const es = run(
      'Security forces besieged militants who had stormed a cadet college in Wana on Tuesday, police said. No group claimed the attack.',
      '2025-11-11',
    );
    expect(es.map((e) => [e.sub_event_type, e.location])).toEqual([['Armed clash', 'Wana']]);
  });
});

describe('background told in the words of an event', () => {
  it('"It was at least the fifth such strike in the southern Caribbean since early September": no second event', () => {
    const es = run(
      'The U.S. military struck a vessel off the coast of Venezuela on Tuesday, killing six people. It was at least the fifth such strike in the southern Caribbean since early September.',
      '2025-10-14',
    );
    expect(es).toHaveLength(1);
  });

  it('"Kidnappings for ransom are common in Nigeria\'s northwest": no event', () => {
    const es = run(
      "Gunmen abducted 25 schoolgirls from a boarding school in Kebbi state on Monday, police said. Kidnappings for ransom are common in Nigeria's northwest.",
      '2025-11-17',
    );
    expect(es.map((e) => e.location)).toEqual(['Kebbi']);
  });
});

describe('Red Sea and Yemen wire phrasing', () => {
  it('"said they fired a drone at the Israeli Red Sea port city of Eilat": a drone strike on Eilat', () => {
    const es = run(
      "Yemen's Houthi rebels said Wednesday they fired a drone at the Israeli Red Sea port city of Eilat. Israel's rescue service said 22 people were wounded.",
      '2025-09-24',
    );
    expect(es.map((e) => [e.sub_event_type, e.location, e.actor1])).toEqual([['Air/drone strike', 'Eilat', 'Houthis']]);
  });

  it('"Israeli jets struck the Houthi-held capital, Sanaa": the name after the comma is the capital', () => {
    const es = run(
      'Israeli jets struck the Houthi-held capital, Sanaa, on Wednesday, hitting a power station. The rebels said there were no casualties.',
      '2025-09-24',
    );
    expect(es.map((e) => [e.sub_event_type, e.location])).toEqual([['Air/drone strike', 'Sanaa']]);
  });

  it('"as the workers drove from the capital, Juba, to Pibor": a journey\'s start is no place of the attack', () => {
    const es = run(
      'Gunmen killed six aid workers in South Sudan on Saturday. The attack occurred as the workers drove from the capital, Juba, to Pibor.',
      '2025-09-24',
    );
    expect(es.map((e) => e.location)).not.toContain('Juba');
  });
});

describe('an ambush and the attackers killed in the fighting after it', () => {
  it('"killed 15 soldiers in an ambush … troops killed 32 of the attackers in the ensuing fighting": 47 dead', () => {
    const es = run(
      'NIAMEY, Nov 12 (Reuters) - Islamist militants killed 15 Nigerien soldiers in an ambush near the town of Banibangou in the western Tillaberi region on Tuesday, the defence ministry said on Wednesday. The army said its troops killed 32 of the attackers in the ensuing fighting.',
      '2025-11-12',
    );
    expect(es.map((e) => [e.sub_event_type, e.fatalities])).toEqual([['Armed clash', 47]]);
  });
});
