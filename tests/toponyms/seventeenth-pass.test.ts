// Seventeenth pass (own sentences, eastern Ukraine, the Sahel, US floods, Libya): an oblast or a regional body named
// after its area, "the central X" over a land region, a self-proclaimed people's republic, a list after "counties,
// including", and a run ending in its own kind word ("the X Mountains") that no entry spells.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';

const gaz = loadGazetteer();
const all = (text: string, name: string) => geoparse(text, gaz).filter((m) => m.text === name);

describe('an oblast, or a regional body, named after its area', () => {
  it('"rescuers in Donetsk Oblast" names the oblast, not the city', () => {
    const text = 'Rescuers in Donetsk Oblast pulled three people from a collapsed house in Sloviansk on Sunday.';
    expect(all(text, 'Donetsk')[0]?.place).toMatchObject({ featureCode: 'ADM1', countryCode: 'UA' });
  });

  it('"the Kherson regional administration" is the oblast; "Paris Regional Medical Center" stays in the town', () => {
    const text =
      'A spokesman for the Kherson regional administration said two ferries on the river had been sunk by drones.';
    expect(all(text, 'Kherson')[0]?.place).toMatchObject({ featureCode: 'ADM1', countryCode: 'UA' });
    const hospital = 'Doctors at Paris Regional Medical Center in Paris, Texas, treated four people after the storm.';
    expect(all(hospital, 'Paris')[0]?.place?.featureCode).not.toBe('ADM1');
  });
});

describe('"the central X" over a land region', () => {
  it('"the central Sahel" is the Sahel, not the Burkinabe province spelled like it', () => {
    const text =
      'Aid groups warned that hunger was spreading across the central Sahel as armed groups blocked roads to Gao.';
    expect(all(text, 'Sahel')[0]?.place).toMatchObject({ featureClass: 'T' });
  });
});

describe("a self-proclaimed people's republic named after a place", () => {
  it('"the Luhansk People\'s Republic" is a party, not the city of Luhansk', () => {
    const text =
      "Officials of the Luhansk People's Republic said their fighters had shelled a village near Sievierodonetsk.";
    expect(all(text, 'Luhansk')[0]?.role).toBe('in_organisation');
  });
});

describe('a list after "counties, including"', () => {
  it('"several counties, including Benton, Sherburne and Stearns" names Minnesota counties, not namesake towns', () => {
    const text =
      'Flooding closed roads in Minnesota on Monday, and officials said several counties, including Benton, ' +
      'Sherburne and Stearns, opened shelters.';
    for (const name of ['Benton', 'Sherburne', 'Stearns'])
      expect(all(text, name)[0]?.place).toMatchObject({ featureCode: 'ADM2', admin1: 'US.MN' });
  });
});

describe('a run ending in its own kind word', () => {
  it('"the Nafusa Mountains" is the range (Jabal Nafusah), though no entry spells it so', () => {
    const text = 'Rival brigades clashed in the Nafusa Mountains on Tuesday, residents of Zintan said.';
    expect(all(text, 'Nafusa Mountains')[0]?.place).toMatchObject({ featureClass: 'T', countryCode: 'LY' });
  });
});
