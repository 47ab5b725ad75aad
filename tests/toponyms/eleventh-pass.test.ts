// Eleventh pass (own sentences, conflict reporting from Somalia, Ethiopia, Nigeria, Haiti, Colombia/Ecuador and
// Kashmir): a unit word then "of" before the holding area, items of one list in one country, Nigeria's local
// government areas, longer names before a speech verb, a province named like a unit word, an apposition naming the
// unit, a plural unit word and "of" before a list, and sourced names of Somali regions, an Indian district and Amhara
// zones.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';
import { recognize } from '../../src/toponyms/recognize.js';

const gaz = loadGazetteer();
const all = (text: string, name: string) => geoparse(text, gaz).filter((m) => m.text === name);
const pick = (text: string, name: string) => all(text, name)[0]?.place ?? null;

describe('a unit word and "of" before the area that holds the name', () => {
  it('"Poonch district of Jammu and Kashmir" is written inside Jammu and Kashmir', () => {
    const text = 'Soldiers searched the forest in Poonch district of Jammu and Kashmir after the ambush.';
    const poonch = recognize(text, gaz).find((m) => m.text === 'Poonch');
    expect(poonch?.context).toBe('Jammu and Kashmir');
  });

  it('so the Indian district wins though a town near the Pakistani namesake is named too', () => {
    const text =
      'The militants fled from Kotli toward Poonch district of Jammu and Kashmir, police said, and the army ' +
      'closed the roads.';
    expect(pick(text, 'Poonch')).toMatchObject({ countryCode: 'IN', admin1Name: 'Jammu and Kashmir' });
  });
});

describe('items of one list lie in one country', () => {
  it('"Manta and Machala" in a story mostly about Colombia: Ecuador\'s port, not the Colombian village', () => {
    const text =
      'Colombian troops moved into Cauca and Nariño, and the army said rebels had left Tumaco and Popayán. ' +
      'Ecuador closed two border crossings. Port officials in Manta and Machala said checks on containers ' +
      'had been tightened.';
    expect(pick(text, 'Manta')).toMatchObject({ countryCode: 'EC' });
  });
});

describe("Nigeria's local government areas", () => {
  it('"Maru Local Government Area" is Maru, an admin area, not the place inside an organisation\'s name', () => {
    const text = 'Gunmen on motorbikes raided two villages in Maru Local Government Area of Zamfara State at night.';
    const maru = all(text, 'Maru')[0];
    expect(maru?.role).toBe('place');
    expect(maru?.place).toMatchObject({ countryCode: 'NG', featureClass: 'A' });
    expect(all(text, 'Area')).toHaveLength(0);
    expect(pick(text, 'Zamfara State')).toMatchObject({ countryCode: 'NG' });
  });

  it('"Tsafe LGA": the name before the acronym is found', () => {
    const text = 'Herders fled after an attack in Tsafe LGA, in Zamfara, the police spokesman said.';
    expect(pick(text, 'Tsafe')).toMatchObject({ countryCode: 'NG' });
  });
});

describe('a longer place name before a speech verb', () => {
  it('"residents of Finote Selam said": the town, not a person speaking', () => {
    const text = 'In Ethiopia, two residents of Finote Selam said soldiers had searched homes overnight.';
    expect(pick(text, 'Finote Selam')).toMatchObject({ countryCode: 'ET' });
  });

  it('"Verrettes and Saint-Marc said": the second name of the pair too', () => {
    const text = 'Farmers from Verrettes and Saint-Marc said the gangs had taken the valley road in Haiti.';
    expect(pick(text, 'Saint-Marc')).toMatchObject({ countryCode: 'HT' });
  });
});

describe('a province named like a unit word, before its unit word', () => {
  it('"in Bay region" is the Somali region, while "the Bay area" stays no place', () => {
    expect(pick('Aid partners registered new arrivals in Bay region of Somalia.', 'Bay')).toMatchObject({
      countryCode: 'SO',
      featureCode: 'ADM1',
    });
    expect(all('Traffic was slow across the Bay area on Monday.', 'Bay')).toHaveLength(0);
  });
});

describe('an apposition naming the unit after a comma', () => {
  it('"Arauca, another border department" is the department, "Kunduz, the provincial capital" the city', () => {
    const dept = 'The rebels are strong in Arauca, another border department of Colombia, the ombudsman said.';
    expect(pick(dept, 'Arauca')).toMatchObject({ countryCode: 'CO', featureCode: 'ADM1' });
    const city = 'Troops entered Kunduz, the provincial capital, and then moved on to Baghlan in Afghanistan.';
    expect(pick(city, 'Kunduz')).toMatchObject({ countryCode: 'AF', featureClass: 'P' });
    const capital = 'Survivors walked to Gusau, the state capital, after gunmen burned their village in Nigeria.';
    expect(pick(capital, 'Gusau')).toMatchObject({ countryCode: 'NG', featureClass: 'P' });
  });
});

describe('a plural unit word and "of" before a list', () => {
  it('"the border provinces of Jazan and Najran" are the Saudi provinces, not their cities', () => {
    const text = 'Missiles have hit the border provinces of Jazan and Najran in Saudi Arabia in past years.';
    expect(pick(text, 'Jazan')).toMatchObject({ countryCode: 'SA', featureCode: 'ADM1' });
    expect(pick(text, 'Najran')).toMatchObject({ countryCode: 'SA', featureCode: 'ADM1' });
  });

  it('"the northern districts of Pokrovsk" (one name after a side\'s districts) are parts of the city', () => {
    const text = 'Troops pushed back units that had infiltrated the northern districts of Pokrovsk, the army said.';
    expect(pick(text, 'Pokrovsk')).toMatchObject({ countryCode: 'UA', featureClass: 'P' });
  });
});

describe('names added to the supplement', () => {
  it('"Lower Shabelle" and "Middle Shabelle" are the Somali regions (GeoNames spells them Shabeelle, Shabele)', () => {
    const text = 'Floods displaced families in Lower Shabelle and Middle Shabelle, the Somali aid agency said.';
    expect(pick(text, 'Lower Shabelle')).toMatchObject({ countryCode: 'SO', featureCode: 'ADM1' });
    expect(pick(text, 'Middle Shabelle')).toMatchObject({ countryCode: 'SO', featureCode: 'ADM1' });
  });

  it('"East Gojjam Zone" and "North Wollo" are zones of Amhara, not the towns of Gojjam or Wollo', () => {
    const text =
      'Fighting spread from East Gojjam Zone to North Wollo, residents of the Amhara region in Ethiopia said.';
    expect(pick(text, 'East Gojjam Zone')).toMatchObject({ countryCode: 'ET', featureCode: 'ADM2' });
    expect(pick(text, 'North Wollo')).toMatchObject({ countryCode: 'ET', featureCode: 'ADM2' });
  });
});
