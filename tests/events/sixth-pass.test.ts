// Rules from the sixth hand review (ten invented wire articles: Sahel, Sudan, eastern Congo, Myanmar, Yemen, Libya,
// Somalia, Ukraine, Gaza/West Bank, Syria/Iraq): actors the dictionary lacked or misread, agents after the trigger,
// state gains, summary leads, reference points and speakers' places. Invented sentences and place names.
import { describe, expect, test } from 'vitest';
import { COUNTRY_PLACES, eventsIn, rolesIn as roles, SY_TOWN } from './helpers.js';

const events = (text: string) => eventsIn(text);
const where = (text: string) => events(text).map((p) => `${p.sub_event_type} @ ${p.location} (${p.geo_precision})`);

/** Tel Nour as a Libyan town: a state's gain in its own country is the government's (in another country it is a
 * foreign state's, coded as ACLED codes a non-state actor's: twenty-first-session.test.ts). */
const LIBYAN_TOWN = [
  { text: 'Tel Nour', geonameid: 21, lat: 32.0, lon: 13.0, admin1: '01', ...SY_TOWN, countryCode: 'LY' },
];
const inLibya = (text: string) => roles(text, [...LIBYAN_TOWN, ...COUNTRY_PLACES]);

describe('actors the dictionary names', () => {
  test('"forces loyal to … Haftar" (a dictionary pattern) are the LNA, a state force: its gain is the government’s', () => {
    expect(inLibya('Forces loyal to eastern commander Khalifa Haftar took control of Tel Nour on Friday.')).toEqual([
      'Government regains territory @ Tel Nour: Military Forces of Libya (Libyan National Army) > ',
    ]);
  });
  test('"GNU forces seized X": a state force named by the dictionary gains territory for the government', () => {
    expect(inLibya('GNU forces seized the town of Tel Nour on Friday.')).toEqual([
      'Government regains territory @ Tel Nour: Military Forces of Libya (Government of National Unity) > ',
    ]);
  });
  test('the Saudi-led coalition, and "the coalition" after it, strike', () => {
    const text =
      'The Saudi-led coalition bombed Beit Alam on Monday, residents said. The coalition carried out air strikes on Tel Nour on Tuesday.';
    expect(roles(text).map((r) => r.split(': ')[1])).toEqual(['Saudi-led Coalition > ', 'Saudi-led Coalition > ']);
  });
  test("the Ta'ang National Liberation Army is the TNLA, not Colombia's ELN", () => {
    expect(roles("Troops recaptured Tel Nour on Tuesday from the Ta'ang National Liberation Army.")).toEqual([
      "Government regains territory @ Tel Nour: Military Forces of Syria > TNLA: Ta'ang National Liberation Army",
    ]);
  });
  test('"army warplanes" are the country’s military', () => {
    expect(roles('Army warplanes bombed Tel Nour on Thursday, killing nine civilians.')).toEqual([
      'Air/drone strike @ Tel Nour: Military Forces of Syria > Civilians (Syria)',
    ]);
  });
});

describe('who did it', () => {
  test('"an air strike by Syria’s military": a possessive force after "by" is the agent', () => {
    expect(roles('An air strike by Syria’s military on a school in Tel Nour killed 12 people on Monday.')).toEqual([
      'Air/drone strike @ Tel Nour: Military Forces of Syria > Civilians (Syria)',
    ]);
  });
  test('"X’s defence ministry said its troops had captured": the speaker’s troops, not the last force named', () => {
    const text =
      'Syrian drones struck Beit Alam on Monday. Israel’s defence ministry said its troops had captured the town of Tel Nour on Tuesday.';
    // Israel's troops in a Syrian town: a foreign state's capture (ACLED: "Non-state actor overtakes territory").
    // The twenty-seventh session: the forces of the place's country lost it (foreign-capture.ts applyCaptureDefenders).
    expect(roles(text)[1]).toBe(
      'Non-state actor overtakes territory @ Tel Nour: Military Forces of Israel > Military Forces of Syria',
    );
  });
  test('"X arrested Islamic State members in raids": the subject made the arrests, the group was arrested', () => {
    expect(
      roles('Syrian Democratic Forces arrested 20 Islamic State members in raids in Tel Nour on Saturday.'),
    ).toEqual(['Arrests @ Tel Nour: Syrian Democratic Forces > Islamic State']);
  });
  test('a demonym inside the object of a long trigger ("attacked a Syrian army base") is the target', () => {
    expect(roles('Militants attacked a Syrian army base in Tel Nour on Tuesday.')).toEqual([
      'Armed clash @ Tel Nour: Unidentified Armed Group (Syria) > Military Forces of Syria',
    ]);
  });
  test('"armed groups allied to X" lead; X is their associate', () => {
    expect(
      roles(
        'Armed groups allied to the Syrian Democratic Forces clashed with a rival militia in Tel Nour on Saturday.',
      ),
    ).toEqual(['Armed clash @ Tel Nour: Unidentified Armed Group (Syria) > Militia (Syria)']);
  });
  test('"the militants" never stand for peacekeepers named before', () => {
    const text = 'UN peacekeepers patrolled Beit Alam on Sunday. The militants attacked Tel Nour on Monday.';
    expect(roles(text)).toEqual(['Armed clash @ Tel Nour: Unidentified Armed Group (Syria) > ']);
  });
  test('a participle clause ("…, looting homes and abducting 20 women") shares the subject before it', () => {
    const text = 'Rebels stormed Tel Nour on Wednesday, looting homes and abducting at least 20 women in Beit Alam.';
    expect(roles(text).find((r) => r.startsWith('Abduction'))).toBe(
      'Abduction/forced disappearance @ Beit Alam: Rebel groups (Syria) > Civilians (Syria)',
    );
    expect(roles('Rebels shelled Tel Nour on Wednesday, before abducting 20 women in Beit Alam.')[1]).toBe(
      'Abduction/forced disappearance @ Beit Alam: Rebel groups (Syria) > Civilians (Syria)',
    );
  });
  test('"the United Nations envoy’s office said" is a source, not a party', () => {
    expect(roles('Clashes erupted in Tel Nour on Monday, the United Nations envoy’s office said.')).toEqual([
      'Armed clash @ Tel Nour:  > ',
    ]);
  });
  test('a protest’s demand names no target ("to demand news of soldiers missing")', () => {
    expect(
      roles('Hundreds of people rallied in Tel Nour on Saturday to demand news of soldiers missing in action.'),
    ).toEqual(['Peaceful protest @ Tel Nour: Protesters (Syria) > ']);
    expect(roles('Hundreds protested in Tel Nour on Saturday to demand jobs before police dispersed them.')).toEqual([
      'Protest with intervention @ Tel Nour: Protesters (Syria) > Police Forces of Syria',
    ]);
  });
});

describe('tolls', () => {
  test('"X said five dock workers were killed" after a strike is its toll, not a killing of its own', () => {
    const text =
      'Warplanes struck the port of Tel Nour in Syria on Tuesday, residents said. Al-Masirah said five dock workers were killed.\nGunmen shot dead a policeman in Beit Alam on Sunday.';
    expect(events(text).map((p) => `${p.location} ${p.fatalities}`)).toEqual(['Tel Nour 5', 'Beit Alam 1']);
  });
});

describe('types', () => {
  test('an attack that only burns cars and homes is property destruction', () => {
    expect(
      roles('Israeli settlers attacked the village of Tel Nour on Sunday, setting fire to cars and homes.'),
    ).toEqual(['Looting/property destruction @ Tel Nour: Settlers (Israel) > Civilians (Syria)']);
  });
  test('"the militants have regained ground … this year" is a trend, no event', () => {
    expect(events('Analysts say the militants have regained ground in Tel Nour this year.')).toEqual([]);
  });
});

describe('places', () => {
  test('a summary across "three provinces" names provinces: precision 3', () => {
    const text = 'Fighting spread across three provinces this week, with clashes in Tel Nour, Beit Alam and Kafr Saba.';
    expect(events(text).map((p) => p.geo_precision)).toEqual([3, 3, 3]);
  });
  test('"the village of X near Y": Y is a reference point, not a second event', () => {
    expect(events('Gunmen attacked the village of Tel Nour near Beit Alam on Sunday.').map((p) => p.location)).toEqual([
      'Tel Nour',
    ]);
  });
  test('"to demand … held in Y" after the venue: Y is the cause of the protest', () => {
    expect(
      where('Thousands protested in Tel Nour on Saturday to demand a deal to free hostages held in Beit Alam.'),
    ).toEqual(['Peaceful protest @ Tel Nour (1)']);
  });
  test('"told Reuters by phone from Y": the speaker’s place', () => {
    const text =
      'A car bomb exploded at the gate of the base on Tuesday, an officer told Reuters by phone from Beit Alam.';
    expect(events(text).map((p) => p.location)).not.toContain('Beit Alam');
  });
  test('"a push westward from the capital Y": where the advance started is no event place', () => {
    expect(
      where('The army captured the town of Tel Nour on Friday, extending a push westward from the capital Beit Alam.'),
    ).toEqual(['Government regains territory @ Tel Nour (1)']);
  });
  test('a sentence opening "In X," places its later clauses', () => {
    const text =
      'Troops shelled Beit Alam on Monday. Beit Alam was hit again on Tuesday. In Tel Nour, rioters attacked a police station on Tuesday, burning tyres and looting shops.';
    // Since the twenty-fifth review "burning tyres and looting shops" is one participle chain of the riot, not a
    // looting event of its own: the riot, with its looting, is the clause placed by the setting.
    expect(where(text).filter((w) => !w.startsWith('Shelling'))).toEqual(['Violent demonstration @ Tel Nour (1)']);
  });
});
