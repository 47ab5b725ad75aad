// More rules from the fifth hand review (eight invented wire articles): details told into the event before them,
// objects of attack verbs, region-level places, dates of references, and trigger words for handovers, bases,
// abductions, mobs and protests. Invented sentences and place names.
import { describe, expect, test } from 'vitest';
import { eventsIn, rolesIn as roles, testArticle, WIRE_PLACES } from './helpers.js';

const events = (text: string, published = '2016-05-10') =>
  eventsIn(text, WIRE_PLACES, testArticle(text, { published }));
const types = (text: string) => events(text).map((p) => p.sub_event_type);

describe('details told into the event before them', () => {
  test('a bare toll after a clash is its fatalities, not another event', () => {
    const text =
      'Tel Nour has been tense for weeks. Heavy fighting broke out between rival groups in Tel Nour on Sunday night. At least six people were killed, the health ministry said.';
    expect(events(text).map((p) => [p.sub_event_type, p.fatalities])).toEqual([['Armed clash', 6]]);
  });
  test('arrests with no place of their own after a protest are its intervention', () => {
    const text =
      'Tel Nour has been tense for weeks. Hundreds of students marched in Tel Nour on Monday. Police arrested 40 of them, a lawyers group said.';
    expect(roles(text)).toEqual(['Protest with intervention @ Tel Nour: Protesters (Syria) > Police Forces of Syria']);
  });
});

describe('actors', () => {
  test('the object of the attack verb is the target: "jihadists attacked an army post, killing 50 soldiers"', () => {
    expect(
      roles('Suspected jihadists attacked an army post in Tel Nour on Thursday, killing around 50 soldiers.'),
    ).toEqual(['Armed clash @ Tel Nour: Unidentified Armed Group (Syria) > Military Forces of Syria']);
  });
  test('"troops rescued hostages and killed three kidnappers": the troops attack', () => {
    expect(
      roles('In Tel Nour, troops rescued 11 kidnap victims and killed three suspected kidnappers in a raid on Friday.'),
    ).toEqual(['Armed clash @ Tel Nour: Military Forces of Syria > Unidentified Armed Group (Syria)']);
  });
  test('"shot dead two protesters" counts two dead', () => {
    expect(events('In Tel Nour, police shot dead two protesters on Wednesday.')[0].fatalities).toBe(2);
  });
});

describe('places', () => {
  test('"in the Tel Nour and Beit Alam regions": precision 3 at each town', () => {
    const text = 'Russian shelling killed five civilians in the Tel Nour and Beit Alam regions on Tuesday.';
    expect(
      events(text)
        .map((p) => [p.location, p.geo_precision])
        .sort(),
    ).toEqual([
      ['Beit Alam', 3],
      ['Tel Nour', 3],
    ]);
  });
});

describe('dates', () => {
  test('"The protests began on June 18": the reference dates itself', () => {
    const text = 'The protests began on June 18, when a few hundred people gathered outside parliament in Tel Nour.';
    expect(events(text, '2025-06-26')[0].date_start).toBe('2025-06-18');
  });
  test('"moves that drew a protest … on May 3": a relative "that" is no reference back', () => {
    const text = 'The junta banned all parties, moves that drew a rare protest in Tel Nour on May 3.';
    expect(events(text, '2025-06-12')[0].date_start).toBe('2025-05-03');
  });
  test('"shortly after midnight" is the report day', () => {
    const text = 'A drone hit a residential building in Tel Nour shortly after midnight, killing two women.';
    expect(events(text, '2025-10-14')[0].date_start).toBe('2025-10-14');
  });
});

describe('triggers', () => {
  test('a base handed over to another force is a non-violent transfer of territory', () => {
    expect(types('In Tel Nour, the peacekeepers handed their base over to the army on Tuesday.')).toEqual([
      'Non-violent transfer of territory',
    ]);
  });
  test('a new camp or command set up, a command moved: headquarters or base established', () => {
    expect(types('The armed group has set up a new camp in Tel Nour, officials said.')).toEqual([
      'Headquarters or base established',
    ]);
    expect(types('The group moved its command to Tel Nour earlier this month.')).toEqual([
      'Headquarters or base established',
    ]);
  });
  test('"had taken control of" a headquarters is a capture', () => {
    expect(
      types("Government forces had taken control of the militia's headquarters in Tel Nour on Wednesday."),
    ).toEqual(['Government regains territory']);
  });
  test('insurgents who "seized 12 women" abducted them; rescued "kidnap victims" are no abduction', () => {
    expect(types('Insurgents seized 12 women collecting firewood outside Tel Nour on Thursday.')).toEqual([
      'Abduction/forced disappearance',
    ]);
    expect(types('Troops rescued 11 kidnap victims near Tel Nour on Friday.')).toEqual([]);
  });
  test('gangs that "frequently kidnap" villagers: habitual, no event', () => {
    expect(types('Armed gangs in Tel Nour frequently kidnap villagers for ransom.')).toEqual([]);
  });
  test('compensation for "the family of each policeman killed" names the attack told before', () => {
    expect(types('The government announced compensation for the family of each policeman killed in Tel Nour.')).toEqual(
      [],
    );
  });
  test('"gunfire and explosions heard" are no bombing', () => {
    expect(types('Gunfire and explosions were heard across Tel Nour on Tuesday night.')).toEqual([]);
  });
  test('a crowd "gathered … to demand" is a protest; gunmen who "marched the students" into a forest are not', () => {
    expect(
      types('Parents gathered outside the school in Tel Nour on Sunday to demand the release of the pupils.'),
    ).toEqual(['Peaceful protest']);
    expect(types('The gunmen marched the students into the forest near Tel Nour on Sunday.')).toEqual([]);
  });
  test('"a crowd attacked and set fire to a house": one mob event, the verb after "and" shares its subject', () => {
    expect(types('In Tel Nour, a crowd attacked and set fire to the house of an official on Monday.')).toEqual([
      'Mob violence',
    ]);
  });
  test('a glide bomb that struck a market is an air strike', () => {
    expect(types('A Russian glide bomb struck a market in Tel Nour on Wednesday, killing four people.')).toEqual([
      'Air/drone strike',
    ]);
  });
});
