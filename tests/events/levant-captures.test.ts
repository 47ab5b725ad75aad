// Event rules found on our own Levant captures (eighth session): an opening setting ("In Gaza, …") is where the
// places after it lie; a protest outside a ministry or embassy in a city happened in that city; "a family of five".
import { describe, expect, it } from 'vitest';
import { countFatalities } from '../../src/events/fatalities.js';
import { pipelineEvents } from './pipeline-helpers.js';

const events = (text: string) => pipelineEvents(text, '2025-09-03');

describe('an opening setting', () => {
  it('"In Gaza, strikes killed 18 in Khan Younis and Nuseirat": two places, the toll split between them', () => {
    const got = events(
      'In Gaza, Israeli airstrikes killed at least 18 people overnight, including six children, in Khan Younis and in the Nuseirat refugee camp.',
    );
    expect(got.map((e) => e.location).sort()).toEqual(['An Nuşayrāt', 'Khān Yūnis']);
    expect(got.reduce((n, e) => n + e.fatalities, 0)).toBe(18);
  });
});

describe('a building as the site of an event', () => {
  it('a protest outside the Defense Ministry in Tel Aviv is in Tel Aviv', () => {
    const got = events(
      'Hundreds of Israelis demonstrated outside the Defense Ministry in Tel Aviv on Tuesday evening.',
    );
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ location: 'Tel Aviv', event_type: 'Protests', event_date: '2025-09-02' });
  });

  it('an embassy that speaks still only mentions its city', () => {
    const got = events('The US embassy in Beirut said on Tuesday that a drone struck a car in Tyre.');
    expect(got.map((e) => e.location)).toEqual(['Tyre']);
  });
});

describe('a family of N', () => {
  it.each([
    ['An Israeli strike on a tent killed a family of five.', 5],
    ['A family of six was killed when a shell hit their home.', 6],
    ['A family of six was displaced by the fighting.', 0],
  ])('%s → %i', (text, n) => expect(countFatalities(text)).toBe(n));
});

describe('talks told as a meeting', () => {
  it('mediators who met a side to discuss a ceasefire held talks where they met', () => {
    const got = events(
      'Egyptian and Qatari mediators met Hamas officials in Cairo on Monday to discuss a new ceasefire proposal.',
    );
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ sub_event_type: 'Agreement', location: 'Cairo', event_date: '2025-09-01' });
  });

  it('a ceasefire monitoring committee that met', () => {
    const got = events('The ceasefire monitoring committee met in Naqoura on Wednesday.');
    expect(got[0]?.sub_event_type).toBe('Agreement');
  });

  it('a meeting on anything else is no event', () => {
    expect(events('Officials met in Paris on Monday to discuss the economy.')).toEqual([]);
  });
});

describe('a detail of a dated lead', () => {
  it('"The strikes hit …" takes the day of the strikes told before, across another event of the lead\'s sentence', () => {
    const got = pipelineEvents(
      'U.S. warplanes struck Houthi targets around the port city of Hodeidah late Saturday, hours after the group claimed a missile attack on a cargo ship in the Red Sea. The strikes hit a radar site near the town of Zabid, and three people were killed, the rebels said.',
      '2025-07-13',
    );
    const zabid = got.find((e) => /Zab/.test(e.location ?? ''));
    expect(zabid).toMatchObject({ date_start: '2025-07-12', date_end: '2025-07-12' });
  });
});

describe('a country-wide lead and a province among its details', () => {
  it('"another man died … in the Kharkiv region" takes the lead\'s day and attacker', () => {
    const got = pipelineEvents(
      [
        'KYIV, Ukraine (AP) — Russia launched hundreds of drones and missiles at Ukraine overnight, killing at least nine people, officials said Wednesday.',
        'In the western city of Ternopil, a missile struck a residential building, killing six people.',
        'Two people were killed in a drone attack on the city of Zaporizhzhia, and another man died when a drone hit his car in the Kharkiv region, local officials said.',
      ].join('\n\n'),
      '2025-11-19',
    );
    const kharkiv = got.find((e) => /Kharkiv/.test(e.location ?? ''));
    expect(kharkiv).toMatchObject({
      date_start: '2025-11-19',
      date_end: '2025-11-19',
      actor1: 'Military Forces of Russia',
    });
  });
});
