// Precision on full news articles: origins, accidents and hazards, background statements, protest places, knife
// attacks. Invented sentences and place names, coordinates typed here.
import { describe, expect, test } from 'vitest';
import { COUNTRY_PLACES, detectIn, type PlaceSpec, testArticle, TWO_TOWNS } from './helpers.js';

const article = (text: string, title = '') => testArticle(text, { title });
const FR = { countryCode: 'FR', featureClass: 'P', featureCode: 'PPL' };
const PLACES: PlaceSpec[] = [
  ...TWO_TOWNS,
  { text: 'Port Vella', geonameid: 23, lat: 45.0, lon: 5.0, ...FR },
  { text: 'Abbas', geonameid: 24, lat: 46.0, lon: 4.0, ...FR },
  { text: 'Stade', geonameid: 25, lat: 47.0, lon: 3.0, ...FR },
  { text: 'Saint Alam', geonameid: 26, lat: 44.0, lon: 2.0, ...FR },
  ...COUNTRY_PLACES,
];
const events = (text: string, title = '') => detectIn(text, PLACES, article(text, title));
const what = (text: string, title = '') =>
  events(text, title).map((f) => `${f.properties.sub_event_type} @ ${f.properties.location}`);

describe("a person's origin is not the event place", () => {
  test('"from X", "visiting from X", "a native of X"', () => {
    expect(what('Four soldiers and a tourist from Lebanon were killed in the shootings in Tel Nour')).toEqual([
      'Attack @ Tel Nour',
    ]);
    expect(what('Gunmen killed a woman visiting from Lebanon.')).toEqual([]);
    expect(what('Smith, a native of Lebanon, was arrested on Monday.')).toEqual([]);
  });
});

describe('accidents and natural hazards are not attacks', () => {
  test.each([
    'A cyclist was killed after crashing into a lamp post in Tel Nour',
    'A girl was killed when a huge branch fell onto a picnic in Tel Nour',
    'A blast at a bakery in Tel Nour wounded 12 people and was probably due to a gas leak',
  ])('%s', (text) => expect(what(text)).toEqual([]));

  test("in a hazard article a bare toll is the hazard's; a toll with violence is still an event", () => {
    const text =
      'A strong earthquake struck on Monday. The villages around Tel Nour suffered casualties. ' +
      'Gunmen killed two aid workers in Beit Alam on Tuesday.';
    expect(what(text, 'Earthquake hits Tel Nour')).toEqual(['Attack @ Beit Alam']);
  });
});

describe('background and generic statements are not events', () => {
  test.each([
    'The militia is blamed by locals for attacks in Tel Nour',
    'The stabbing is the newest in a growing spate of knife attacks in Tel Nour',
    'The minister warned of hundreds of young jihadists fighting in Tel Nour',
    'The fishermen fought the harbour plan in the courts of Tel Nour',
    'Front lines in Tel Nour have enjoyed a lull in the fighting',
    'He pleaded guilty on Monday to attempted murder in Tel Nour',
    'The teacher appeared in court on charges that he sexually assaulted a student in Tel Nour',
    'A man who plotted to execute an employee and then attack a police station in Tel Nour was sentenced',
    'The president, on vacation in Port Vella, was told of the killing',
    'She faces three counts of aggravated assault in Tel Nour',
    'The imam praised the stand against the killing of civilians in Tel Nour',
    'The mufti condemned the deplorable attack in Tel Nour',
    'The attack in Nour targeted a shrine of a group centered in Lebanon',
  ])('%s', (text) => expect(what(text)).toEqual([]));
});

describe('places of protests and of named sites', () => {
  test('a place naming the rally is where it was held; "in support of … X" is its cause', () => {
    expect(
      what('Organizers of a Port Vella rally in support of families trapped by the war in Tel Nour spoke'),
    ).toEqual(['Peaceful protest @ Port Vella']);
  });

  test('"in X" after role/conflict/war is a topic, not a place', () => {
    const text =
      'The embassy said so on Monday. A gunman shot dead the envoy, shouting about the conflict in Tel Nour.';
    expect(what(text)).toEqual([]);
  });

  test('"Y\'s X" with X resolved outside Y: Y stands for it', () => {
    expect(what("A bomb exploded in Tel Nour's Abbas district")).toEqual(['Remote explosive/landmine/IED @ Tel Nour']);
  });

  test('a saint or a "de …" name inside a longer name is not a place', () => {
    expect(what('A bomb exploded at the Saint Alam and Saint Nour Church in Tel Nour')).toEqual([
      'Remote explosive/landmine/IED @ Tel Nour',
    ]);
    expect(what('Gunmen attacked the crowd at the Stade de Nour')).toEqual([]);
  });
});

describe('types and actors', () => {
  test('knife attacks and shootings of diplomats are violence against civilians', () => {
    expect(what('The attack, carried out with a bread knife, took place on Friday at a bakery in Tel Nour')).toEqual([
      'Attack @ Tel Nour',
    ]);
    expect(what('A policeman fatally shot the ambassador on Monday in Tel Nour')).toEqual(['Attack @ Tel Nour']);
  });

  test('a demonym before the trigger ("a Lebanese official said") is not actor1', () => {
    const [e] = events('A Lebanese official said two people were killed in Tel Nour');
    expect(e.properties.actor1).toBe('');
    // Countries that speak about the attack are not its actors.
    const [f] = events('Lebanon and Syria said the attack in Tel Nour wounded two men');
    expect(f.properties.actor1).toBe('');
  });
});
