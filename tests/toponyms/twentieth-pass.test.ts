// Twentieth pass (own sentences, Lebanon, Syria's south and Gaza): a demonym before a verb of action names who
// acts, not where the place lies; an apposition right after a name with a demonym says its country; a facility named
// by a spelling that only loosely meets a town is the facility's own name; a side of a name the text also writes as
// "X City" is part of the territory; a district of "Indian-administered Kashmir" lies in India.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';

const gaz = loadGazetteer();
const all = (text: string, name: string) => geoparse(text, gaz).filter((m) => m.text === name);
const pick = (text: string, name: string) => all(text, name)[0]?.place ?? null;

describe('a demonym before a verb of action', () => {
  it('"Israeli forces raided Beit Jinn" in a story about Syria\'s south does not place Beit Jinn in Israel', () => {
    const text =
      'Israeli forces raided Beit Jinn on Monday and detained six men, state media said. Israel says its troops ' +
      'will stay on the Golan, and families from the area have fled toward Quneitra and Damascus.';
    expect(pick(text, 'Beit Jinn')).toMatchObject({ countryCode: 'SY' });
  });
});

describe('an apposition with a demonym after the name', () => {
  it('"Qusayr, a Syrian town across the border" in a Lebanese story is the Syrian town, not a Lebanese hamlet', () => {
    const text =
      'The army said smugglers fired on a patrol near Qusayr, a Syrian town across the border from Hermel. ' +
      'Soldiers were also deployed in Baalbek, Brital, Zahle and the villages of Akkar, and checkpoints went up ' +
      'outside Tripoli and Beirut in Lebanon.';
    expect(pick(text, 'Qusayr')).toMatchObject({ countryCode: 'SY' });
  });
});

describe('a facility named by a loose spelling', () => {
  it('"doctors at Nasser hospital" gets no pin on a Gaza town so spelled loosely', () => {
    const text =
      'Doctors at Nasser hospital said the wounded came from Bureij and Deir al-Balah, where a strike hit a house ' +
      'on Monday.';
    expect(pick(text, 'Nasser')).toBeNull();
  });

  it('a town written exactly before "hospital" keeps its pin', () => {
    const text = 'Two wounded men were taken to Tyre hospital after the strike near Naqoura, officials said.';
    expect(pick(text, 'Tyre')).toMatchObject({ countryCode: 'LB' });
  });
});

describe('a side of a name the text also writes as "X City"', () => {
  const text =
    'Shelling hit tents in central Gaza on Friday, medics said, while in Gaza City families queued for water. ' +
    'Drones were heard over northern Gaza through the night.';

  it('"central Gaza" is the territory, not the city at its northern end', () => {
    const central = all(text, 'Gaza').find((m) => text.slice(m.start - 8, m.start) === 'central ');
    expect(central?.place?.featureClass).toBe('A');
    expect(central?.place?.name).not.toBe('Gaza');
  });

  it('"northern Gaza" is the northern governorate', () => {
    const north = all(text, 'Gaza').find((m) => text.slice(m.start - 9, m.start) === 'northern ');
    expect(north?.place).toMatchObject({ featureCode: 'ADM2', countryCode: 'PS' });
    expect(north?.place?.name).not.toBe('Gaza');
  });

  it('"central Baghdad" stays the city when no "Baghdad City" is written', () => {
    const t = 'A car bomb went off in central Baghdad, and police closed roads to Karbala and Najaf.';
    expect(pick(t, 'Baghdad')).toMatchObject({ featureClass: 'P', countryCode: 'IQ' });
  });
});

describe('a unit of a divided region written with the ruling demonym', () => {
  it('"the Poonch district of Indian-administered Kashmir" is the Indian district, not Pakistan\'s', () => {
    const text =
      'Two soldiers were killed when militants ambushed an army patrol in the Poonch district of ' +
      'Indian-administered Kashmir on Tuesday, police said. Pakistan denied any role.';
    expect(pick(text, 'Poonch')).toMatchObject({ countryCode: 'IN' });
  });
});
