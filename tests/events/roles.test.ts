// Attacker and victim roles (actor1/actor2), two events with different dates in one sentence, reported speech
// without quotes, and places after "off" / "deployed to". Invented sentences and place names.
import { describe, expect, test } from 'vitest';
import { COUNTRY_PLACES, type PlaceSpec, detectIn, roleLine, TWO_TOWNS } from './helpers.js';

const PLACES: PlaceSpec[] = [...TWO_TOWNS, ...COUNTRY_PLACES];
const events = (text: string) => detectIn(text, PLACES);
const roles = (text: string) => events(text).map(roleLine);

describe('actor1 is the agent of the trigger, actor2 its target or victims', () => {
  test('a demonym modifying the trigger attacks; the people killed are civilians', () => {
    expect(roles('Israeli air strikes on the town of Tel Nour killed five people on Monday.')).toEqual([
      'Air/drone strike @ Tel Nour: Military Forces of Israel > Civilians (Syria)',
    ]);
  });
  test('"by the <modifier> X" is the agent', () => {
    expect(roles('Shelling by the rebel Free Syrian Army killed 12 civilians in Tel Nour on Monday.')).toEqual([
      'Shelling/artillery/missile attack @ Tel Nour: Free Syrian Army > Civilians (Syria)',
    ]);
  });
  test('"the army said it had repelled an X assault": X attacks, the army is the target', () => {
    expect(roles('The Syrian army said it had repelled an Islamic State assault on Tel Nour on Monday.')).toEqual([
      'Armed clash @ Tel Nour: Islamic State > Military Forces of Syria',
    ]);
  });
  test("a country's possessive is the agent, and does not make the event a reference back", () => {
    const f = events("Israel's bombardment of Beit Alam killed three civilians on Sunday.");
    expect(f.map((e) => [e.properties.actor1, e.properties.actor2, e.properties.event_date])).toEqual([
      ['Military Forces of Israel', 'Civilians (Syria)', '2016-05-08'],
    ]);
  });
});

describe('reported speech without quotes still tells events', () => {
  test('"X said it struck Y positions near Z"', () => {
    expect(roles('The Israeli military said it struck Hezbollah positions near Tel Nour overnight.')).toEqual([
      'Air/drone strike @ Tel Nour: Military Forces of Israel > Hezbollah',
    ]);
  });
  test('"X said on Monday it had fired missiles at a vessel off the port of Z": the speaker fired, near Z', () => {
    const f = events(
      "Yemen's Houthi movement said on Monday it had fired missiles at a vessel off the port of Tel Nour.",
    );
    expect(f.map((e) => [e.properties.actor1, e.properties.location, e.properties.geo_precision])).toEqual([
      ['Houthis', 'Tel Nour', 2],
    ]);
  });
});

describe('", a day after …" is a second event with its own type, date and toll', () => {
  test('air strike on Monday, demolition the day before', () => {
    const f = events(
      'Israeli air strikes on Tel Nour killed five people on Monday, the health ministry said, a day after Israeli troops demolished homes in Beit Alam.',
    );
    expect(
      f.map((e) => [
        e.properties.sub_event_type,
        e.properties.location,
        e.properties.event_date,
        e.properties.fatalities,
      ]),
    ).toEqual([
      ['Air/drone strike', 'Tel Nour', '2016-05-09', 5],
      ['Looting/property destruction', 'Beit Alam', '2016-05-08', 0],
    ]);
  });
});

test('"deployed to the town of X after forces withdrew": the event is at X, not at the article focus', () => {
  const text =
    'Life in Tel Nour is slowly returning, Tel Nour officials say. ' +
    'The Lebanese army deployed to the town of Beit Alam after Israeli forces withdrew on Sunday.';
  expect(events(text).map((e) => `${e.properties.sub_event_type} @ ${e.properties.location}`)).toEqual([
    'Non-violent transfer of territory @ Beit Alam',
  ]);
});
