// Triggers and clauses of short wire/monitor headlines, and reports that are not conflict events. Invented names,
// coordinates typed here.
import { describe, expect, test } from 'vitest';
import { detectEvents } from '../../src/events/detect-events.js';
import { maskQuotes } from '../../src/events/sentences.js';
import { COUNTRY_PLACES, detectIn, mentionsFor, type PlaceSpec, testArticle, TWO_TOWNS } from './helpers.js';

const article = (text: string) => testArticle(text, { title: text });
const PLACES: PlaceSpec[] = [
  ...TWO_TOWNS,
  { text: 'Port Vella', geonameid: 23, lat: 45.0, lon: 5.0, countryCode: 'FR', featureClass: 'P', featureCode: 'PPL' },
  ...COUNTRY_PLACES,
];
const run = (text: string) =>
  detectIn(text, PLACES, article(text)).map((f) => ({
    what: `${f.properties.sub_event_type} @ ${f.properties.location}`,
    actor1: f.properties.actor1,
    precision: f.properties.geo_precision,
  }));
const what = (text: string) => run(text).map((e) => e.what);

describe('headline triggers and clauses', () => {
  test('scare quotes lose their marks, not their words; quoted speech stays masked', () => {
    expect(maskQuotes('the “Caliphate” group “stoned” two women')).toBe('the  Caliphate  group  stoned  two women');
    expect(maskQuotes('he said “we attacked”')).not.toContain('attacked');
    expect(maskQuotes('charged with “helping the enemy forces”')).not.toContain('enemy');
    expect(what('The “Islamic State” faction “stoned” three men in the village of Tel Nour')).toEqual([
      'Attack @ Tel Nour',
    ]);
    expect(run('The “Islamic State” executes two men in Tel Nour')[0].actor1).toBe('Islamic State');
  });

  test('"the Syrian – Lebanese border" is one border area, not a clause break', () => {
    const events = run('Militants target a checkpoint at the Syrian – Lebanese border');
    expect(events.map((e) => `${e.what} ${e.precision}`)).toEqual(['Armed clash @ Syria border area with Lebanon 2']);
  });

  test('"air and missile strikes": one event; a comma before them ("clashes, air and …"): two', () => {
    const one = detectEvents(
      article('5 martyrs in heavy air and missile strikes on Tel Nour'),
      mentionsFor('5 martyrs in heavy air and missile strikes on Tel Nour', PLACES),
    ).events.features;
    expect(one.map((f) => [f.properties.sub_event_type, f.properties.fatalities])).toEqual([['Air/drone strike', 5]]);
    expect(what('Heavy fighting, air and missile strikes on Tel Nour').sort()).toEqual([
      'Air/drone strike @ Tel Nour',
      'Armed clash @ Tel Nour',
    ]);
  });

  test('" and " before a new subject and its verb opens a new event', () => {
    expect(what('3 casualties at least in Tel Nour and the regime forces retake Beit Alam').sort()).toEqual([
      'Attack @ Tel Nour',
      'Government regains territory @ Beit Alam',
    ]);
    // Same subject: one event.
    expect(what('Rebels raid Tel Nour and kill three fighters')).toHaveLength(1);
  });

  test('a place naming another event ("linked to the X attack") is not the event place', () => {
    expect(what('US airstrike in Syria kills leaders linked to Port Vella attack')).toEqual([
      'Air/drone strike @ Syria',
    ]);
    expect(what('Police arrest a man suspected of the Port Vella bombing in Tel Nour')).toEqual(['Arrests @ Tel Nour']);
  });

  test('hangings are killings; "hang out" is not', () => {
    expect(what('Militants hang two men in Tel Nour')).toEqual(['Attack @ Tel Nour']);
    expect(what('Youths hang out in Tel Nour')).toEqual([]);
  });

  test('territory taken from state forces is a non-state overtake, not a government gain', () => {
    expect(what('Rebels seize the town of Tel Nour from regime forces')).toEqual([
      'Non-state actor overtakes territory @ Tel Nour',
    ]);
    expect(what('The militants expel regime forces from Tel Nour')).toEqual([
      'Non-state actor overtakes territory @ Tel Nour',
    ]);
    expect(what('Regime forces take control of Tel Nour from the militants')).toEqual([
      'Government regains territory @ Tel Nour',
    ]);
    expect(what('Rebels recapture Tel Nour from the militants')).toEqual([
      'Non-state actor overtakes territory @ Tel Nour',
    ]);
  });
});

describe('reports that are not conflict events', () => {
  test.each([
    'A cholera outbreak in the crowded slums of the capital Tel Nour has so far killed 40 people',
    'The earthquake which hit Tel Nour on Monday has killed almost 300',
    'Two people died in a gas explosion at a restaurant in Tel Nour',
    'The charity is fighting AIDS in Tel Nour',
    'The shop in Tel Nour recalled shelled pistachios',
  ])('%s', (text) => expect(what(text)).toEqual([]));
});
