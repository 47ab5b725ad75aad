// Wire-copy conventions added after a hand review of invented conflict articles: raids that only loot, advances
// without fighting, non-state groups named by a demonym, civilians as victims, the campaign's state for a later
// strike, agreement sides, protest interventions, dates of references back and background periods. Invented
// sentences and place names.
import { describe, expect, test } from 'vitest';
import { COUNTRY_PLACES, detectIn, type PlaceSpec, roleLine, SYRIAN_TOWNS, testArticle } from './helpers.js';

const PLACES: PlaceSpec[] = [...SYRIAN_TOWNS, ...COUNTRY_PLACES];
const events = (text: string, published = '2016-05-10') =>
  detectIn(text, PLACES, testArticle(text, { published })).map((f) => f.properties);
const roles = (text: string) => detectIn(text, PLACES).map(roleLine);

describe('event types', () => {
  test('a village stormed and looted, nobody hurt: Looting/property destruction, not a clash', () => {
    expect(roles('Gunmen stormed the village of Tel Nour on Sunday and looted homes and shops.')).toEqual([
      'Looting/property destruction @ Tel Nour: Unidentified Armed Group (Syria) > Civilians (Syria)',
    ]);
  });
  test('a raid that beheads villagers is Violence against civilians', () => {
    expect(roles('Insurgents beheaded five villagers in a raid on Tel Nour on Sunday.')[0]).toMatch(
      /^Attack @ Tel Nour/,
    );
  });
  test('tanks advancing into a district without fighting are no event', () => {
    expect(roles('Turkish tanks advanced into the Tel Nour district overnight, residents said.')).toEqual([]);
  });
  test('"fought for control of the town of X" is a clash at X, not a capture', () => {
    expect(roles('Rebels and government troops fought for control of the town of Tel Nour on Sunday.')).toEqual([
      'Armed clash @ Tel Nour: Rebel groups (Syria) > Military Forces of Syria',
    ]);
  });
});

describe('actors', () => {
  test('"Palestinian militants fired rockets": a non-state group of that nationality, not state forces', () => {
    expect(roles('Palestinian militants fired three rockets at Tel Nour on Saturday.')).toEqual([
      'Shelling/artillery/missile attack @ Tel Nour: Unidentified Armed Group (Palestine) > ',
    ]);
  });
  test('"killed 27 Palestinians", "killing a 68-year-old man": the victims are civilians', () => {
    expect(roles('Turkish air strikes killed 27 Syrians in Tel Nour on Sunday.')).toEqual([
      'Air/drone strike @ Tel Nour: Military Forces of Turkey > Civilians (Syria)',
    ]);
    expect(roles('Artillery shelled Beit Alam on Saturday, killing a 68-year-old man.')[0]).toMatch(
      /> Civilians \(Syria\)$/,
    );
  });
  test('a later strike without an agent is the campaign named just before', () => {
    expect(
      roles(
        'Turkish air strikes killed ten people in Tel Nour on Sunday.\nA strike on a house in Beit Alam killed four people.',
      ),
    ).toContain('Air/drone strike @ Beit Alam: Military Forces of Turkey > Civilians (Syria)');
  });
  test('"the army said its jets struck": the speaker is the attacker', () => {
    expect(
      roles('The Turkish military said its jets had struck Islamic State hideouts in Tel Nour overnight.'),
    ).toEqual(['Air/drone strike @ Tel Nour: Military Forces of Turkey > Islamic State']);
  });
  test('forces "backed by" a militia lead; the militia is an associate', () => {
    expect(
      roles('Syrian forces backed by local clan militias recaptured Tel Nour from Islamic State on Friday.'),
    ).toEqual(['Government regains territory @ Tel Nour: Military Forces of Syria > Islamic State']);
  });
  test('"clashes between Druze fighters and Bedouin tribesmen" is one event with both sides', () => {
    expect(
      roles('In Tel Nour, clashes between Druze fighters and Bedouin tribesmen killed six people on Saturday.'),
    ).toEqual(['Armed clash @ Tel Nour: Druze Ethnic Militia (Syria) > Bedouin Ethnic Militia (Syria)']);
  });
  test('bandits and gangs are unidentified armed groups', () => {
    expect(roles('Bandits killed nine farmers in Tel Nour last week.')).toEqual([
      'Attack @ Tel Nour: Unidentified Armed Group (Syria) > Civilians (Syria)',
    ]);
  });
  test('agreement sides: "government officials", "a delegation from X"', () => {
    expect(
      roles(
        'A ceasefire was announced in Tel Nour on Monday after talks between local leaders and government officials.',
      ),
    ).toEqual(['Agreement @ Tel Nour: Government of Syria > ']);
    expect(roles('In Tel Nour, the government and a delegation from Lebanon signed an agreement on Monday.')).toEqual([
      'Agreement @ Tel Nour: Government of Syria > Government of Lebanon',
    ]);
  });
  test('a protest: the force of the intervention clause is actor2, the protest’s cause is not', () => {
    expect(
      roles(
        'In Tel Nour, hundreds protested on Wednesday against the failure to stop the gangs, and police fired tear gas.',
      ),
    ).toEqual(['Protest with intervention @ Tel Nour: Protesters (Syria) > Police Forces of Syria']);
  });
});

describe('places', () => {
  test('"Looting was reported at the port": the town named before', () => {
    const e = events('Rebels entered Tel Nour on Sunday. Looting was reported at the port on Saturday.');
    expect(e.find((p) => p.sub_event_type === 'Looting/property destruction')?.location).toBe('Tel Nour');
  });
  test('", as officers met in Y": the strike is not at Y', () => {
    const e = events('Turkish air strikes near Tel Nour killed three people on Tuesday, as officers met in Kafr Saba.');
    expect(e.map((p) => p.location)).toEqual(['Tel Nour']);
  });
});

describe('dates and grouping', () => {
  test('"The strikes on Thursday night" dates a lead that only has the statement day', () => {
    const e = events(
      'Turkish strikes on Tel Nour killed 38 people, the ministry said on Friday.\nThe strikes on Thursday night hit a market in Tel Nour.',
      '2016-05-13',
    );
    expect(e.map((p) => [p.location, p.date_start, p.actor1])).toEqual([
      ['Tel Nour', '2016-05-12', 'Military Forces of Turkey'],
    ]);
  });
  test('"The attack took place near X on Saturday" refines the lead told at province level', () => {
    const places: PlaceSpec[] = [
      {
        text: 'Hama',
        geonameid: 30,
        lat: 35.1,
        lon: 36.7,
        admin1: '05',
        countryCode: 'SY',
        featureClass: 'A',
        featureCode: 'ADM1',
        kind: 'area',
      },
      { ...SYRIAN_TOWNS[0], admin1: '05' },
      ...COUNTRY_PLACES,
    ];
    const text =
      'Militants beheaded five villagers in a raid in Hama province, a monitor said on Tuesday.\nThe attack took place near Tel Nour on Saturday, the monitor said.';
    const e = detectIn(text, places, testArticle(text)).map((f) => f.properties);
    expect(e.map((p) => [p.sub_event_type, p.location, p.date_start, p.fatalities])).toEqual([
      ['Attack', 'Tel Nour', '2016-05-07', 5],
    ]);
  });
  test('an undated strike is not the one "last week" in the same town', () => {
    const e = events(
      'Another strike hit a tent in Tel Nour, killing five people.\nThe military said it had struck militants in Tel Nour last week.',
      '2016-05-15',
    );
    expect(e).toHaveLength(2);
  });
  test('a war "in 2014" and a truce "in November that year" are background', () => {
    const text =
      'Rebels and the army fought a war in 2014 in Tel Nour, and a truce was signed in Beit Alam in November that year.';
    expect(events(text, '2015-10-20')).toEqual([]);
  });
});
