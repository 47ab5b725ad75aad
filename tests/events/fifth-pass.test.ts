// Rules from a hand review of eight invented wire articles (protests, abductions, shelling, looting, withdrawals,
// caches, bases, relative dates): places read abroad, suspects arrested, running tolls, calls to protest, mobs,
// seized munitions. Invented sentences and place names.
import { describe, expect, test } from 'vitest';
import { detectIn, type PlaceSpec, rolesIn as roles, WIRE_PLACES as PLACES } from './helpers.js';
/** A village the gazetteer lacks, read as a namesake in the US spelled differently; a beach read as a town in Italy. */
const ABROAD: PlaceSpec[] = [
  { text: 'Wadi Kafra', name: 'Wadley Kafer', geonameid: 91, countryCode: 'US', lat: 40, lon: -75 },
  { text: 'Lido', name: 'Lido', geonameid: 92, countryCode: 'IT', lat: 45.4, lon: 12.4 },
];
const WITH_ABROAD = [...PLACES, ...ABROAD];
const countries = (text: string) => detectIn(text, WITH_ABROAD).map((f) => f.properties.iso);

describe('places read in a country the article never concerns', () => {
  const lead = 'Syrian troops shelled Tel Nour on Sunday, killing two people. Beit Alam was also shelled.';
  test('a loosely spelled reading abroad, telling a new incident, gives no event rather than a US town', () => {
    expect(countries(`${lead}\nRebels seized the village of Wadi Kafra on Monday.`)).toEqual(countries(lead));
  });
  test('"the town" naming that reading is no event either', () => {
    const text = `${lead}\nRebels seized the village of Wadi Kafra on Monday. They had lost the town in April.`;
    expect(countries(text)).toEqual(countries(lead));
  });
  test('a detail of an incident already placed, read abroad, takes the incident place (one event)', () => {
    const text =
      'A suicide bomber killed ten people at a restaurant in Tel Nour on Saturday. The bomber blew himself up near the Lido beach, police said.\nClashes were reported in Beit Alam on Sunday.';
    expect(roles(text, WITH_ABROAD)).toEqual([
      // A suicide bomber with no group named: an unidentified armed group (twenty-third session, bomb-author.ts).
      'Suicide bomb @ Tel Nour: Unidentified Armed Group (Syria) > Civilians (Syria)',
      'Armed clash @ Beit Alam:  > ',
    ]);
  });
  test('a place abroad spelled as written, in a paragraph of its own, stays an event there', () => {
    expect(countries(`${lead}\nSeparately, a car bomb exploded in Lido on Monday.`)).toContain('IT');
  });
});

describe('the arrested', () => {
  test('wanted men and suspects are not civilians; "wanted for murder" is no killing', () => {
    expect(roles('Police arrested two wanted men in Tel Nour on Monday.')).toEqual([
      'Arrests @ Tel Nour: Police Forces of Syria > ',
    ]);
    expect(roles('Police arrested two men wanted for murder in Tel Nour on Monday.')).toEqual([
      'Arrests @ Tel Nour: Police Forces of Syria > ',
    ]);
  });
  test('a group named after the arrest verb was arrested, not the arrester', () => {
    expect(
      roles('In Tel Nour, counter-terrorism forces arrested four Islamic State militants in a raid on Sunday.'),
    ).toEqual(['Arrests @ Tel Nour:  > Islamic State']);
  });
});

describe('not an event', () => {
  test('a running toll ("has killed 7,000 people since January") summarises a war', () => {
    expect(roles('Fighting in Syria has killed at least 7,000 people since January, the minister said.')).toEqual([]);
    expect(roles('More than 900 soldiers have been killed in attacks in Syria this year.')).toEqual([]);
  });
  test('a call for a protest is no protest', () => {
    expect(roles('Opposition leaders in Tel Nour called for a national day of protest next week.')).toEqual([]);
  });
});

describe('event types', () => {
  test('tear gas and water cannon at demonstrators: a protest with intervention, not shelling', () => {
    expect(
      roles('Police fired tear gas and water cannon at thousands of demonstrators in Tel Nour on Wednesday.'),
    ).toEqual(['Protest with intervention @ Tel Nour: Protesters (Syria) > Police Forces of Syria']);
  });
  test('a crowd that attacked and burned a house: mob violence', () => {
    expect(roles('In Tel Nour, a crowd attacked and set fire to the house of a local official on Monday.')[0]).toMatch(
      /^Mob violence @ Tel Nour: Rioters \(Syria\)/,
    );
  });
  test('an arms depot "containing mortar rounds" found and destroyed: disrupted weapons use, not shelling', () => {
    expect(
      roles('Kurdish fighters found and destroyed an arms depot containing mortar rounds near Tel Nour on Monday.')[0],
    ).toMatch(/^Disrupted weapons use @ Tel Nour/);
  });
  test('"killing three men": the victims are civilians', () => {
    expect(roles('Russian forces shelled Tel Nour on Tuesday, killing three men at a bus stop.')).toEqual([
      'Shelling/artillery/missile attack @ Tel Nour: Military Forces of Russia > Civilians (Syria)',
    ]);
  });
});
