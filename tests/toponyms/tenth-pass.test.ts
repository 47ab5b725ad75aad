// Tenth pass (own sentences, general international news and outbreak reports): a town reached only through another
// of its names while another town bears the name, an admin area written with its kind word, contractions, lists of
// rivers, a county next to a town the story names, names with "and" inside, and regions added to the supplement.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';

const gaz = loadGazetteer();
const all = (text: string, name: string) => geoparse(text, gaz).filter((m) => m.text === name);
const pick = (text: string, name: string) => all(text, name)[0]?.place ?? null;

describe('a town reached only through another of its names, while another town bears the name', () => {
  it('"Milan" in a story about upstate New York is not Syracuse (which has Milan among its other names)', () => {
    const text =
      'Officials in Albany said the New York trade office would open a branch in Milan next spring, after ' +
      'exporters from Rochester and Buffalo asked for help in Europe.';
    expect(pick(text, 'Milan')?.name).not.toBe('Syracuse');
  });

  it('"Frankfurt" in a story naming North Carolina is no Frankfort, Kentucky', () => {
    const text =
      'The bank, based in Charlotte, North Carolina, said it would cut jobs in Frankfurt and London and keep its ' +
      'offices in Raleigh.';
    expect(pick(text, 'Frankfurt')).toMatchObject({ countryCode: 'DE' });
  });

  it('"a Delaware company" in a Virginia story is not West Point, Virginia (once called Delaware)', () => {
    const text =
      'The buyer, a Delaware company, paid $4 million for the warehouse near Richmond, Virginia, county records ' +
      'show. Another Delaware firm owns the lot next door.';
    expect(pick(text, 'Delaware')?.name).not.toBe('West Point');
    expect(pick(text, 'Delaware')).toMatchObject({ countryCode: 'US' });
  });
});

describe('an admin area written with its kind word', () => {
  it('"North-Western Province" in a Zambian story is Zambia\'s North-Western, not Sri Lanka\'s province', () => {
    const text =
      'Zambian health officials sent ambulances from Solwezi, the capital of North-Western Province, to help ' +
      'clinics in Kitwe and Chingola.';
    expect(pick(text, 'North-Western Province')).toMatchObject({ countryCode: 'ZM', featureCode: 'ADM1' });
  });
});

describe('a contraction is no name', () => {
  it('"We\'ll" opening a quote is not read as a place', () => {
    const text =
      'Volunteers in Paris, Texas, handed out tarps. "We\'ll have the roads open by Sunday," the judge said.';
    expect(all(text, "We'll")).toHaveLength(0);
    expect(pick(text, 'Paris')).toMatchObject({ countryCode: 'US' });
  });
});

describe('a list of names before "rivers"', () => {
  it('"the Ravi and Chenab rivers": Ravi is the river, not an Indian village spelled like it', () => {
    const text =
      'Floods covered districts of Assam, Bihar and Odisha in India. In Punjab, the Ravi and Chenab rivers rose ' +
      'after India opened dam gates, officials in Lahore said.';
    expect(pick(text, 'Ravi')).toMatchObject({ featureClass: 'H' });
  });
});

describe('a county next to a town the story names', () => {
  it('"Jefferson County" after "Birmingham, Alabama" is Alabama\'s, though Kentucky is named later', () => {
    const text =
      'In Birmingham, Alabama, crews cleared fallen trees, and schools in Jefferson County opened late. ' +
      'Utility workers came from Kentucky and Ohio to help.';
    expect(pick(text, 'Jefferson County')).toMatchObject({ countryCode: 'US', admin1Name: 'Alabama' });
  });
});

describe('names with "and" inside', () => {
  const text =
    'Health officials in Trinidad and Tobago and in Bosnia and Herzegovina reported new cases, while Iraq and ' +
    'Syria reported none.';
  it('"Trinidad and Tobago" and "Bosnia and Herzegovina" are the countries, not Trinidad, Bolivia', () => {
    expect(pick(text, 'Trinidad and Tobago')).toMatchObject({ countryCode: 'TT' });
    expect(pick(text, 'Bosnia and Herzegovina')).toMatchObject({ countryCode: 'BA' });
    expect(all(text, 'Trinidad')).toHaveLength(0);
  });

  it('"Iraq and Syria" stay two places', () => {
    expect(pick(text, 'Iraq')).toMatchObject({ countryCode: 'IQ' });
    expect(pick(text, 'Syria')).toMatchObject({ countryCode: 'SY' });
  });
});

describe('regions added to the supplement (data/supplement.tsv)', () => {
  it('"the West Midlands" and "the Midlands" in an English story are in England, not Zimbabwe', () => {
    const text =
      'Measles cases rose in Birmingham, Coventry and Wolverhampton, and doctors in the West Midlands urged ' +
      'parents to vaccinate. Leicester and Nottingham also reported cases, and hospitals across the Midlands set ' +
      'up separate waiting rooms, the health agency for England said.';
    expect(pick(text, 'West Midlands')).toMatchObject({ countryCode: 'GB' });
    expect(pick(text, 'Midlands')).toMatchObject({ countryCode: 'GB' });
  });

  it('"New England" is the region of six states, not a North Dakota village', () => {
    const text = 'Heavy snow fell across New England, closing schools in Maine and Vermont.';
    expect(pick(text, 'New England')).toMatchObject({ countryCode: 'US', featureClass: 'A' });
  });

  it('"French Guiana" is the French overseas region, not France read from the demonym', () => {
    const text = 'Dengue cases rose in French Guiana and neighbouring Suriname.';
    expect(pick(text, 'French Guiana')).toMatchObject({ countryCode: 'GF' });
  });
});

describe('a province written "in (northeast) X" after a name', () => {
  it('"Monroe County in northeast Missouri" is the Missouri county, though Indiana is named first', () => {
    const text =
      'The family left Indiana last spring. They bought a farm in Monroe County in northeast Missouri, where ' +
      'land was cheaper.';
    expect(pick(text, 'Monroe County')).toMatchObject({ countryCode: 'US', admin1Name: 'Missouri' });
  });
});
