// Twenty-sixth pass (own sentences, wire copy): classes found on ten pages from Myanmar, Congo, Somalia, the Sahel,
// Colombia, Mexico, Ukraine, Yemen, Libya and Pakistan–Kashmir, and the last pass's leftovers.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';

const gaz = loadGazetteer();
const all = (text: string, name: string) => geoparse(text, gaz).filter((m) => m.text === name);
const pick = (text: string, name: string) => all(text, name)[0]?.place ?? null;

describe('the last item of a list of areas before its plural unit word', () => {
  it('"Kachin, Karenni and Chin states" reads Chin State (a common word otherwise)', () => {
    const text =
      'YANGON: The junta said the vote would not be held in large parts of Kachin, Karenni and Chin states, ' +
      'where resistance groups hold most towns.';
    expect(pick(text, 'Chin')).toMatchObject({ countryCode: 'MM', featureCode: 'ADM1' });
  });

  it('a common word after a list but before no unit word stays a word ("Kachin and Chin leaders")', () => {
    const text = 'YANGON: Kachin and Chin leaders met in the capital on Monday.';
    expect(all(text, 'Chin')).toHaveLength(0);
  });
});

describe('an item of a list of areas spelled loosely, before a plural unit word', () => {
  it('"the Poonch and Rajouri districts" reads Rajouri, India', () => {
    const text =
      'SRINAGAR: Troops searched villages in the Poonch and Rajouri districts on Monday after a gunfight, police said.';
    expect(pick(text, 'Rajouri')).toMatchObject({ countryCode: 'IN' });
  });
});

describe('"the region of X", "the oblast of X": the unit written before the name', () => {
  it('"the southern region of Zaporizhzhia" is the oblast, not its capital', () => {
    const text = 'KYIV: Russian drones struck energy facilities in Kharkiv and the southern region of Zaporizhzhia.';
    expect(pick(text, 'Zaporizhzhia')).toMatchObject({ countryCode: 'UA', featureCode: 'ADM1' });
  });
});

describe('"the Rio X": the river', () => {
  it('"across the Rio Grande from McAllen" is the river, not a town named Rio Grande', () => {
    const text = 'MEXICO CITY: Soldiers clashed with gunmen in Reynosa, across the Rio Grande from McAllen, Texas.';
    expect(pick(text, 'Rio Grande')).toMatchObject({ featureClass: 'H' });
  });
});

describe('"the cities of X, Y and Z": a plural kind word before a list', () => {
  it('"the industrial cities of Leon, Celaya and Salamanca" reads León, Guanajuato (a given name otherwise)', () => {
    const text =
      'MEXICO CITY: Guanajuato state, home to the industrial cities of Leon, Celaya and Salamanca, has the most ' +
      'murders in the country, prosecutors said.';
    expect(pick(text, 'Leon')).toMatchObject({ countryCode: 'MX' });
  });
});

describe("a province written by its seat's spelling", () => {
  it('"in Al Dhale province" is the governorate (its seat alone bears that spelling)', () => {
    const text = 'ADEN: Houthi drones hit a military camp in Al Dhale province on Sunday, officials in Aden said.';
    expect(pick(text, 'Al Dhale')).toMatchObject({ countryCode: 'YE', featureCode: 'ADM1' });
  });

  it('the town written without a cue stays the town ("fighting near Al Dhale")', () => {
    const text = 'ADEN: Houthi drones hit a military camp near Al Dhale on Sunday, officials in Aden said.';
    expect(pick(text, 'Al Dhale')).toMatchObject({ countryCode: 'YE', featureCode: 'PPLA' });
  });
});

describe('"the X region", "the X airbase": an area spelled without its article', () => {
  it('"the Jufra region" is Al Jufrah, Libya', () => {
    const text = 'BENGHAZI: Haftar sent reinforcements to the Jufra region on Monday, a military source said.';
    expect(pick(text, 'Jufra')).toMatchObject({ countryCode: 'LY' });
  });

  it('"the Jufra airbase" and "the Jufra air base" are at Al Jufrah, Libya', () => {
    const text =
      'BENGHAZI: Haftar sent reinforcements to Sirte and the Jufra airbase on Monday. Cargo planes landed at the ' +
      'Jufra air base overnight.';
    const found = all(text, 'Jufra');
    expect(found).toHaveLength(2);
    for (const m of found) expect(m.place).toMatchObject({ countryCode: 'LY' });
  });
});

describe('a province named only by a direction, abroad', () => {
  it('"South West state" in a Somalia story is not Cameroon\'s South-West region', () => {
    const text =
      'MOGADISHU: Mortar fire hit Baidoa, the capital of South West state, on Tuesday, and al Shabaab blocked roads ' +
      'to Burhakaba, police in Somalia said.';
    expect(pick(text, 'South West')?.countryCode ?? null).not.toBe('CM');
  });

  it("the region keeps its pin in its own country's story", () => {
    const text = "YAOUNDE: Separatists attacked a school in Buea, in Cameroon's South West region, on Monday.";
    expect(pick(text, 'South West')).toMatchObject({ countryCode: 'CM' });
  });
});

describe('"the <Feature> of <Name>" that the gazetteer lacks whole', () => {
  it('"the Cape of Good Hope" pins no Good Hope, Alabama', () => {
    const text = 'DUBAI: Tankers sailed around the Cape of Good Hope to avoid the Red Sea, shipping firms said.';
    expect(all(text, 'Good Hope').filter((m) => m.place)).toHaveLength(0);
  });

  it('"the Horn of Africa" pins no Dutch Hoorn on "Horn"', () => {
    const text = 'NAIROBI: Drought has hit the Horn of Africa for a fifth season, the United Nations said.';
    expect(all(text, 'Horn')).toHaveLength(0);
  });

  it('a town of renown after the feature word is read ("the Bay of Naples")', () => {
    const text = 'ROME: A ferry ran aground in the Bay of Naples on Sunday, the coast guard said.';
    expect(pick(text, 'Naples')).toMatchObject({ countryCode: 'IT' });
  });
});
