// Fifteenth pass (own sentences): rivers read as the province or town of their name, a state beside the river named
// after it, a country written for a name ("X-administered", "X, a district of Y", "X in Country"), pieces of longer
// names read as provinces abroad, and gangs named like a village.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';

const gaz = loadGazetteer();
const all = (text: string, name: string) => geoparse(text, gaz).filter((m) => m.text === name);
const pick = (text: string, name: string) => all(text, name)[0]?.place ?? null;

describe('a river named after a state does not take the bare state name', () => {
  it('"Minnesota" stays the state while "the Minnesota River" is the river', () => {
    const text =
      'Crews in southern Minnesota stacked sandbags on Friday as the Minnesota River rose near Mankato. ' +
      'Schools across Minnesota stayed open.';
    expect(all(text, 'Minnesota').map((m) => m.place?.featureCode)).toEqual(['ADM1', 'STM', 'ADM1']);
  });
});

describe('a name under the word river', () => {
  it('"the Guadalupe River" is no town called Guadalupe', () => {
    const text = 'Two campers drowned when the Guadalupe River burst its banks in Kerr County, Texas, on Saturday.';
    const p = pick(text, 'Guadalupe');
    expect(p === null || p.featureClass === 'H').toBe(true);
  });

  it('a first-order province named after its river keeps its pin when the river is not at hand', () => {
    const text = 'Farmers along the Artibonite River in Haiti said gangs had seized their rice fields near Saint-Marc.';
    expect(pick(text, 'Artibonite')).toMatchObject({ countryCode: 'HT', featureCode: 'ADM1' });
  });
});

describe('"the X" is the river when a river of the very name is among the senses', () => {
  it('"the Zambezi" is the river, not Namibia\'s Zambezi Region', () => {
    const text = 'Heavy rain swelled the Zambezi this week, and ferries near Tete in Mozambique stopped running.';
    expect(pick(text, 'Zambezi')).toMatchObject({ featureClass: 'H' });
  });

  it('"Blue Nile state" keeps the province while "the Blue Nile" is the river', () => {
    const text =
      'Boats ferried families across the Blue Nile on Monday. Officials in Blue Nile state said the camps at ' +
      'Ad-Damazin were full.';
    expect(all(text, 'Blue Nile').map((m) => m.place?.featureClass)).toEqual(['H', 'A']);
  });
});

describe('a country written for a name', () => {
  it('"Pakistan-administered Kashmir" is not pinned on the Indian side', () => {
    const text = 'Rescuers reached three villages in Pakistan-administered Kashmir after a landslide on Sunday.';
    expect(pick(text, 'Kashmir')?.countryCode ?? 'none').not.toBe('IN');
  });

  it('"Salah al-Din, a district of Tripoli" is not the Iraqi province', () => {
    const text =
      "Gunfire was heard overnight in Salah al-Din, a district of Tripoli, and residents of Libya's capital " +
      'stayed indoors.';
    expect(pick(text, 'Salah al-Din')?.countryCode ?? 'none').not.toBe('IQ');
  });

  it('"the town of Palma in Mozambique" is not Mallorca\'s capital, nor is a later bare "Palma"', () => {
    const text =
      'Insurgents raided the town of Palma in Mozambique on Friday, and hundreds fled toward Mueda. Five ' +
      'people were killed in Palma, officials said.';
    expect(all(text, 'Palma').map((m) => m.place?.countryCode ?? 'none')).not.toContain('ES');
  });
});

describe('a piece of a longer name read as a province abroad', () => {
  it('"near Haj Omran" in an Iraqi story is no Yemeni governorate', () => {
    const text = 'A drone struck a car near Haj Omran, close to the border, officials in Erbil and Baghdad said.';
    expect(all(text, 'Omran').every((m) => m.place?.countryCode !== 'YE')).toBe(true);
  });

  it('a state before the word of its own department keeps its pin', () => {
    const text = 'The California Department of Public Health reported new cases on Monday.';
    expect(pick(text, 'California')).toMatchObject({ countryCode: 'US' });
  });
});

describe('gangs named like a village', () => {
  it('"the Los Choneros and Los Lobos gangs" pins no Mexican village, while "Port-au-Prince gangs" is the city', () => {
    const text =
      'A shootout between the Los Choneros and Los Lobos gangs killed six inmates in Guayaquil. In Haiti, ' +
      'Port-au-Prince gangs blocked the main road.';
    expect(all(text, 'Los Lobos').every((m) => m.place === null)).toBe(true);
    expect(pick(text, 'Port-au-Prince')).toMatchObject({ countryCode: 'HT' });
  });
});

describe('a bare name whose county the text names', () => {
  it('"Stearns" after "Stearns County" is the Minnesota county, while "Dallas" beside "Dallas County" is the city', () => {
    const text =
      'Deputies in Stearns County, Minnesota, closed two roads on Friday. The governor sent help to Stearns and ' +
      'Benton. In Texas, crews in Dallas County cleared storm drains, and Dallas opened two shelters.';
    expect(pick(text, 'Stearns')).toMatchObject({ name: 'Stearns County', featureCode: 'ADM2' });
    expect(pick(text, 'Dallas')).toMatchObject({ featureClass: 'P', countryCode: 'US' });
  });
});

describe('a land word after a name is no longer name (name-fragments.ts, amended on review)', () => {
  it('"the Nineveh Plains" and "the Darfur Region" keep their pins in a text naming nothing else there', () => {
    expect(pick('Fighting spread to the Nineveh Plains on Monday.', 'Nineveh')).toMatchObject({ countryCode: 'IQ' });
    expect(pick('Clashes erupted in the Darfur Region.', 'Darfur')).toMatchObject({ countryCode: 'SD' });
  });
});
