// Issue #5 actor conventions: a bare force word takes the nationality of the force named before it, a reporting
// source is not a party, a crowd's group is its associate, the two sides of an agreement, and "the <region> town
// of X". Invented sentences and place names.
import { describe, expect, test } from 'vitest';
import { COUNTRY_PLACES, detectIn, type PlaceSpec, rolesIn, TWO_TOWNS } from './helpers.js';

const PLACES: PlaceSpec[] = [...TWO_TOWNS, ...COUNTRY_PLACES];
const roles = (text: string) => rolesIn(text, PLACES);

describe('a bare force word takes the nationality of the force named before it', () => {
  test('in the same sentence: "Turkish tanks shelled …, and troops demolished …"', () => {
    expect(roles('Turkish tanks shelled Beit Alam on Monday, and troops demolished houses in Tel Nour.')).toContain(
      'Looting/property destruction @ Tel Nour: Military Forces of Turkey > Civilians (Syria)',
    );
  });
  test('in the previous sentence of the paragraph', () => {
    expect(roles('Turkish jets bombed Beit Alam on Monday. Soldiers detained ten men in Tel Nour.')).toContain(
      'Arrests @ Tel Nour: Military Forces of Turkey > Civilians (Syria)',
    );
  });
  test('with no force named before, the event country’s forces', () => {
    expect(roles('Soldiers detained ten men in Tel Nour on Monday.')).toEqual([
      'Arrests @ Tel Nour: Military Forces of Syria > Civilians (Syria)',
    ]);
  });
});

describe('parties, not speakers or supporters', () => {
  test('"…, the UN said": the source is neither side; the first-named delegation leads', () => {
    expect(roles('Syrian and Lebanese delegates met in Tel Nour on Monday, the UN said.')).toEqual([
      'Agreement @ Tel Nour: Government of Syria > Government of Lebanon',
    ]);
  });
  test('"Hezbollah supporters rallied": the group is not the protest’s target', () => {
    expect(roles('Hezbollah supporters rallied in Tel Nour on Friday.')).toEqual([
      'Peaceful protest @ Tel Nour: Protesters (Syria) > ',
    ]);
  });
  test('"Israel and Hamas agreed to exchange prisoners": the two coordinated subjects are the sides', () => {
    expect(roles('Israel and Hamas agreed to exchange prisoners at talks in Tel Nour on Monday.')).toEqual([
      'Agreement @ Tel Nour: Government of Israel > Hamas',
    ]);
  });
});

test('"raided the occupied Jabal Qamar town of X": a region name before "town of" still attaches X', () => {
  const text = 'Israeli forces raided the occupied Jabal Qamar town of Tel Nour on Monday and arrested five men.';
  const f = detectIn(text, PLACES);
  expect(f.map((e) => [e.properties.location, e.properties.geo_precision, e.properties.actor1])).toEqual([
    ['Tel Nour', 1, 'Military Forces of Israel'],
  ]);
});
