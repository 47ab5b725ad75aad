// Sixteenth pass (own sentences): an apposition naming the unit before "next to" or "north of", and a country's name
// glued to a land word ("Valley", "Delta") that no entry covers.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';

const gaz = loadGazetteer();
const all = (text: string, name: string) => geoparse(text, gaz).filter((m) => m.text === name);

describe('an apposition naming the unit', () => {
  it('"Nampula, the province next to Cabo Delgado" is the province, not its city', () => {
    const text =
      'Families fleeing the raids walked for days into Nampula, the province next to Cabo Delgado, where camps ' +
      'near Meconta are already full.';
    expect(all(text, 'Nampula')[0]?.place).toMatchObject({ featureCode: 'ADM1', countryCode: 'MZ' });
  });
});

describe("a country's name glued to a land word no entry covers", () => {
  it('"the Jordan Valley" is no pin on Jordan, while "Jordan" alone keeps it', () => {
    const text =
      'Settlers burned a barn in the Jordan Valley near Jericho on Sunday, and officials in Amman said Jordan ' +
      'would raise the attack at the United Nations.';
    const [valley, country] = all(text, 'Jordan');
    expect(valley?.place).toBeNull();
    expect(country?.place).toMatchObject({ featureCode: 'PCLI', countryCode: 'JO' });
  });
});

describe('a title abbreviation opening a name', () => {
  it('"St. Cloud" and "in St. Paul" are read whole, while "Main St." ending a sentence joins nothing', () => {
    const text =
      'The river crested at St. Cloud on Monday. In St. Paul, crews closed a road near the water. Police ' +
      'blocked Main St. Officials in Duluth said the lake was calm.';
    const found = geoparse(text, gaz);
    expect(found.find((m) => m.text === 'St. Cloud')?.place).toMatchObject({ countryCode: 'US', admin1: 'US.MN' });
    expect(found.find((m) => m.text === 'St. Paul')?.place).toMatchObject({ countryCode: 'US', admin1: 'US.MN' });
    expect(found.some((m) => m.text.includes('Officials'))).toBe(false);
  });
});

describe('a title abbreviation the entry writes in full', () => {
  it('"St. Marc" meets Saint-Marc (Haiti), which has no "St." spelling of its own', () => {
    const text =
      'Cholera patients crowded the only clinic in St. Marc, north of Port-au-Prince, aid workers in Haiti said.';
    expect(all(text, 'St. Marc')[0]?.place).toMatchObject({ countryCode: 'HT' });
  });

  it('"the church of St. Peter and St. Paul" joins no saint into a place name', () => {
    const text = 'A bomb damaged the church of St. Peter and St. Paul in the Abbassiya district of Cairo on Sunday.';
    expect(geoparse(text, gaz).some((m) => m.text.startsWith('St.'))).toBe(false);
  });
});
