// Conflict-news recognition (own sentences, fifth session): one test per rule.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';

const gaz = loadGazetteer();
const all = (text: string, name: string) => geoparse(text, gaz).filter((m) => m.text === name);
const pick = (text: string, name: string) => all(text, name)[0]?.place ?? null;
const role = (text: string, name: string) => all(text, name)[0]?.role;

describe('conflict-news recognition', () => {
  it('a gazetteer name with a geographic head word is not a person ("the Irrawaddy River")', () => {
    expect(pick('Rebels seized a ferry landing on the Irrawaddy River last week.', 'Irrawaddy')?.featureClass).toBe(
      'H',
    );
  });

  it('a name held whole by the gazetteer is a place after "in"/"near" or before "border crossing", whatever its first word', () => {
    expect(pick('Traders in Ben Guerdane said the queue was long.', 'Ben Guerdane')?.countryCode).toBe('TN');
    expect(pick('The Ibrahim Khalil border crossing reopened on Sunday.', 'Ibrahim Khalil')?.countryCode).toBe('IQ');
    expect(all('Officials met Ben Carson in Washington.', 'Ben Carson')).toHaveLength(0);
  });

  it('a one-word place after "and" and a two-word place, before "said", is no speaker', () => {
    const text = 'Families who reached El Fula and Muglad said the shelling went on for days in Sudan.';
    expect(pick(text, 'Muglad')?.countryCode).toBe('SD');
  });

  it('a three-letter province before "region" is a place', () => {
    expect(pick('Air strikes hit positions in the Gao region, the Malian army said.', 'Gao')?.countryCode).toBe('ML');
  });

  it('a name before "governor" is the province', () => {
    const text =
      'Dissidents attacked police in Suarez and Jamundi, in Cauca. Aid also reached Bucaramanga, a spokesman for the ' +
      'Santander governor said.';
    expect(pick(text, 'Santander')?.featureCode).toBe('ADM1');
  });

  it('place names inside a pipeline name are in_organisation', () => {
    expect(role('Rebels bombed the Cano Limon-Covenas oil pipeline in Colombia.', 'Limon')).toBe('in_organisation');
  });

  it('a plural possessive continues an organisation name ("Workers\' Party")', () => {
    expect(role("Fighters of the Kurdistan Workers' Party burned their rifles.", 'Kurdistan')).toBe('in_organisation');
  });

  it('a common word joined by "and" to a place is a place when a namesake lies near it in the same country', () => {
    const text = 'Rival guerrillas clashed near Saravena and Tame in eastern Colombia.';
    expect(pick(text, 'Tame')?.countryCode).toBe('CO');
    expect(all('The dogs were calm and Tame by evening in Colombia.', 'Tame')).toHaveLength(0);
  });

  it('a generic first word of an unknown name after "the" is not a place on its own ("the Wadi al-Rabie bridge")', () => {
    expect(all('Fighters shelled the Wadi al-Rabie bridge south of Tripoli.', 'Wadi')).toHaveLength(0);
  });

  it('a place after "Government of" or "Chamber of" is in_organisation', () => {
    const text = 'The Government of National Unity in Tripoli and the Chamber of Commerce in Peshawar met.';
    expect(role(text, 'Unity')).toBe('in_organisation');
  });
});
