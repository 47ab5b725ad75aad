import { describe, expect, test } from 'vitest';
import { assignActors, countryName, findActors } from '../../src/events/actors.js';

const roles = (text: string, trigger: string, cc = 'SY', symmetric = false) =>
  assignActors(text, text.indexOf(trigger), findActors(text, cc), symmetric);

describe('actors', () => {
  test('dictionary names, aliases and case-sensitive acronyms', () => {
    const names = findActors('The IDF, Hezbollah, Daesh (IS), HTS and the SDF; this is not IS-like.').map(
      (h) => h.name,
    );
    expect(names).toEqual([
      'Military Forces of Israel',
      'Hezbollah',
      'Islamic State',
      'Islamic State',
      'Hayat Tahrir al-Sham',
      'Syrian Democratic Forces',
    ]);
    expect(findActors('what is this')).toEqual([]);
  });

  test('demonym patterns and coordinated demonyms', () => {
    expect(findActors('Israeli forces pulled out').map((h) => h.name)).toEqual(['Military Forces of Israel']);
    expect(findActors('the Lebanese army deployed').map((h) => h.name)).toEqual(['Military Forces of Lebanon']);
    const both = findActors('Lebanese and Israeli civilian representatives held talks')
      .map((h) => h.name)
      .sort();
    expect(both).toEqual(['Government of Israel', 'Government of Lebanon']);
  });

  test('generic patterns take the event country; a named actor absorbs its generic noun', () => {
    expect(findActors('regime forces shelled the town', 'SY').map((h) => h.name)).toEqual(['Military Forces of Syria']);
    expect(findActors('Islamic State militants seized the town', 'SY').map((h) => h.name)).toEqual(['Islamic State']);
    expect(findActors('rioters torched a police station', 'SY').map((h) => h.name)).toEqual(['Rioters (Syria)']);
  });

  test('initiator, target, agent, associated actors', () => {
    expect(roles('A raid by US forces and the Syrian Free Army killed a man', 'raid')).toMatchObject({
      actor1: 'Military Forces of the United States',
    });
    const r = roles('American troops and forces from Syria’s Interior Ministry had destroyed IS caches', 'destroyed');
    expect(r.actor1).toBe('Military Forces of the United States');
    expect(r.assoc).toEqual(['Police Forces of Syria']);
    expect(r.actor2).toBe('Islamic State');
    expect(roles('Residents said US troops conducted the raid alongside the Syrian Free Army', 'raid')).toEqual({
      actor1: 'Military Forces of the United States',
      actor2: '',
      assoc: ['Syrian Free Army'],
    });
    expect(roles('Fighting erupted between the SDF and Turkish forces', 'Fighting', 'SY', true)).toMatchObject({
      actor1: 'Syrian Democratic Forces',
      actor2: 'Military Forces of Turkey',
    });
  });

  test('speakers count only when nobody else is named', () => {
    expect(roles('CENTCOM said that American troops raided a house', 'raided').actor1).toBe(
      'Military Forces of the United States',
    );
    expect(roles('Hezbollah said it attacked a post', 'attacked').actor1).toBe('Hezbollah');
  });

  test('country names in ACLED wording', () => {
    expect(countryName('US', true)).toBe('the United States');
    expect(countryName('US')).toBe('United States');
    expect(countryName('LB')).toBe('Lebanon');
    expect(countryName('KZ')).toBe('Kazakhstan');
  });
});
