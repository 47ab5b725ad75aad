/**
 * Defects found by an audit of the sixteenth session's code (elided conjuncts, accused killings, place tolls, the
 * home part of a country). Invented sentences; the real pipeline where the rules need the gazetteer.
 */
import type { MultiPolygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { homePart } from '../../src/events/home-part.js';
import { findTriggers } from '../../src/events/taxonomy.js';
import { countFatalities } from '../../src/events/fatalities.js';
import { victimNationality } from '../../src/events/victim-nationality.js';
import { pipelineEvents } from './pipeline-helpers.js';

const one = (s: string, day = '2026-03-12') => pipelineEvents(s, day);
const tollAt = (evs: { location: string; fatalities: number }[], n: string) =>
  evs.find((e) => e.location.includes(n))?.fatalities;

describe('an elided conjunct is only a place, a day or "area" (elided-event.ts)', () => {
  test('"…, and in Y the market reopened" has a subject and verb of its own: no clash in Y', () => {
    const got = one('Fighting broke out in Gao on Monday, and in Timbuktu the market reopened.');
    expect(got.map((e) => e.location)).toEqual(['Gao']);
  });
  test('"…, and in Y schools stayed closed": no shelling in Y', () => {
    const got = one('Shelling hit Kherson on Monday, and in Odesa schools stayed closed.');
    expect(got.map((e) => e.location)).toEqual(['Kherson']);
  });
  test('"…, and continued near Y on Tuesday" still places the event in Y', () => {
    const got = one('Clashes erupted in Gao on Monday, and continued near Timbuktu on Tuesday.');
    expect(got.map((e) => e.location).sort()).toEqual(['Gao', 'Timbuktu']);
  });
});

describe('"held responsible for the deaths of" is no arrest over a killing (fatalities.ts ACCUSED_OF)', () => {
  test("the deaths the army is held responsible for are the shelling's own toll", () => {
    expect(countFatalities('Villagers held the army responsible for the deaths of 12 people killed in shelling.')).toBe(
      12,
    );
    expect(
      countFatalities('Elders held the militia accountable for the deaths of five farmers killed in a raid.'),
    ).toBe(5);
  });
  test('"held two men over the killing of a farmer" still counts no dead', () => {
    expect(countFatalities('Police held two men over the killing of a farmer in the market.')).toBe(0);
  });
});

describe('a count joined to a wounded count is of the wounded too (place-tolls.ts)', () => {
  test('"killed two in X and wounded five in Y and four in Z": Z has no dead of its own', () => {
    const evs = one('Drones killed two people in Odesa and wounded five in Kherson and four in Dnipro on Tuesday.');
    expect([tollAt(evs, 'Odesa'), tollAt(evs, 'Kherson'), tollAt(evs, 'Dnipro')]).toEqual([2, 0, 0]);
  });
  test('"wounded five in X and killed four in Y": a verb of its own before the count counts', () => {
    const evs = one('Drones wounded five people in Kherson and killed four in Dnipro on Tuesday.');
    expect([tollAt(evs, 'Kherson'), tollAt(evs, 'Dnipro')]).toEqual([0, 4]);
  });
});

describe('the home part of a country is worked out once per country and focus (home-part.ts)', () => {
  // Two squares of country A parted by a strip of country B (coordinates of a made-up map, tests only).
  const square = (x: number) => [
    [
      [x, 0],
      [x + 1, 0],
      [x + 1, 1],
      [x, 1],
      [x, 0],
    ],
  ];
  let calls = 0;
  const countryAt = (lon: number) => {
    calls++;
    return lon > 1 && lon < 1.5 ? 'BB' : 'AA';
  };
  test('the small piece parted by another country stands for it, and asking again probes nothing', () => {
    const small: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        square(0),
        [
          [
            [1.5, 0],
            [4, 0],
            [4, 2],
            [1.5, 2],
            [1.5, 0],
          ],
        ],
      ],
    };
    const at = { lon: 0.5, lat: 0.5 };
    expect(homePart(small, at, countryAt)).toEqual({ type: 'Polygon', coordinates: square(0) });
    expect(calls).toBeGreaterThan(0);
    calls = 0;
    expect(homePart(small, at, countryAt)).toEqual({ type: 'Polygon', coordinates: square(0) });
    expect(calls).toBe(0);
  });
});

describe('victims named by their nationality after a trigger that opens with the attacker (victim-nationality.ts)', () => {
  const victims = (s: string) => one(s).map((e) => e.actor2);
  test('"Gunmen killed two Afghan civilians in Quetta": the victims are Afghans, as after "killed" alone', () => {
    expect(victims('Gunmen killed two Afghan civilians in Quetta on Monday.')).toEqual(['Civilians (Afghanistan)']);
  });
  test('"A Palestinian stabbed and wounded an Israeli man near Hebron" keeps its Israeli victim', () => {
    expect(victims('A Palestinian stabbed and wounded an Israeli man near Hebron on Monday.')).toEqual([
      'Civilians (Israel)',
    ]);
  });
  test('the words before the count are no count themselves ("killed a man and wounded two …")', () => {
    expect(victimNationality('killed a man and wounded two Israeli women')).toBeNull();
    expect(victimNationality('Gunmen shot dead an Israeli man')).toBe('IL');
  });
});

describe('an opening reference is a definite event noun, not a clause with a verb (taxonomy guard opening_reference)', () => {
  const triggers = (s: string) => findTriggers(s).map((t) => t.text);
  test('"After the gunmen opened fire, residents fled": the gunmen\'s firing is an event told here', () => {
    expect(triggers('After the gunmen opened fire, residents fled the village.')).not.toEqual([]);
    expect(triggers('After the militants attacked, villagers fled the town.')).not.toEqual([]);
  });
  test('"Following the attack," and "After Tuesday\'s deadly raid," still name the event told before', () => {
    expect(triggers('Following the attack, residents fled the village.')).toEqual([]);
    expect(triggers("After Tuesday's deadly raid, residents fled the village.")).toEqual([]);
  });
});
