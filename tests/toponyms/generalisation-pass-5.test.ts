// Fifth generalisation pass (session 25): 41 short paragraphs written for this pass
// (tests/fixtures/toponyms/generalisation-paragraphs-5.json): 14 in the style of health and disaster news (Marburg in
// Kigali, Ebola in Kasai, Lassa, Sindh's floods, a Balikesir earthquake, Cyclone Freddy, Jasper's wildfire, West Nile
// in Maricopa, Nipah in Kerala, Crimean-Congo fever in Dhi Qar, Rift Valley fever in Matam, dengue and Zika, Derna,
// Lyme in the Hudson valley), 15 of local news (Paris TX, Athens GA, Delhi NY, Moscow ID, Cairo IL, Lebanon PA, Vienna
// VA, Florence SC, Newcastle in England and NSW, Richmond, Kingston ON, Perth, Hyderabad, Durban) and 12 of Middle
// East conflict news (south Lebanon, the Bekaa, Naqura, the Syrian desert, Qusayr, Iraqi Kurdistan, the West Bank,
// Khan Yunis, Hodeidah, Al Hudaydah, Anbar, Kirkuk). Below, the rules of this pass and the known wrongs it fixes,
// each on sentences of its own.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';
import { checkParagraphs } from './paragraph-fixture.js';

const gaz = loadGazetteer();

checkParagraphs(
  gaz,
  'generalisation-paragraphs-5.json',
  'own health, local and Middle East paragraphs (Kigali, Kasai, Sindh, Paris TX, Delhi NY, Perth, Naqura, Khan Yunis …)',
);

const pick = (text: string, name: string) => geoparse(text, gaz).find((m) => m.text === name)?.place ?? null;
const picks = (text: string, name: string) => geoparse(text, gaz).filter((m) => m.text === name);

describe('a country reached by a spelling guess (resolve/abroad.ts)', () => {
  it('"Katari" in a Kaduna story is no Qatar', () => {
    const text = 'Gunmen killed 12 villagers in Katari, in Kachia local government area of Kaduna state.';
    expect(pick(text, 'Katari')).toBeNull();
  });

  it('a slip inside a country\'s name keeps it ("in Seychelles, in Mauritious")', () => {
    const text = 'The virus is present in Seychelles, in Mauritious and in Mayotte, officials said in Paris.';
    expect(pick(text, 'Mauritious')).toMatchObject({ countryCode: 'MU' });
  });
});

describe('a minor river abroad named bare (resolve/abroad.ts)', () => {
  it('"Shire" among Tigray\'s towns is no Malawian river', () => {
    const text =
      'About a million people remain displaced in Tigray, Ethiopia, many of them in Shire, Mekelle and Adigrat. Returns stalled around Humera and Gondar.';
    expect(pick(text, 'Shire')).toBeNull();
  });

  it('"the Shire of Serpentine-Jarrahdale" in Western Australia is no Malawian river', () => {
    const text =
      "A bushfire south of Perth destroyed homes in the Shire of Serpentine-Jarrahdale, Western Australia's fire authority said. Residents of Byford and Mundijong were told to leave, and a centre opened in Armadale.";
    for (const m of geoparse(text, gaz).filter((x) => /Shire/.test(x.text)))
      expect(m.place?.countryCode ?? null).not.toBe('MW');
  });

  it('the river stays in a Malawi story', () => {
    const text = 'Floods hit Blantyre and Zomba. The Shire rose near Chikwawa.';
    expect(geoparse(text, gaz).find((m) => /Shire/.test(m.text))?.place).toMatchObject({
      countryCode: 'MW',
      featureClass: 'H',
    });
  });
});

describe("a province's name that is another place's old name (resolve/province-or-alias.ts)", () => {
  it('"Edo" alone is no Tokyo: no pin', () => {
    expect(pick('Three people died in Edo after gunmen attacked a farm.', 'Edo')).toBeNull();
  });

  it('with a Nigerian word in the text it is Edo State', () => {
    expect(pick('Gunmen killed three people in Edo, Nigerian police said.', 'Edo')).toMatchObject({
      countryCode: 'NG',
      featureCode: 'ADM1',
    });
  });

  it('with Japan in the text it stays Tokyo', () => {
    const text = 'The castle was built in Edo, before the Japanese capital moved from Kyoto.';
    expect(pick(text, 'Edo')).toMatchObject({ countryCode: 'JP' });
  });
});

describe('a river named with the river word by another of its names (resolve/river-readings.ts)', () => {
  it('"the Dnipro River" is the river (GeoNames: Dnieper), not the city nor no pin', () => {
    const text = 'Ukrainian troops crossed the Dnipro River near Kherson.';
    expect(pick(text, 'Dnipro')).toMatchObject({ featureClass: 'H' });
  });

  it('beside the city of the same text, each keeps its sense', () => {
    const found = picks(
      'Russian drones hit Dnipro overnight. Troops hold the west bank of the Dnipro River.',
      'Dnipro',
    );
    expect(found.map((m) => m.place?.featureClass)).toEqual(['P', 'H']);
  });
});

describe('a city named like its province only by its own name (resolve/seat.ts)', () => {
  it('"Oicha" is the town (GeoNames "Hyosha"), the seat of its territory, not the territory', () => {
    const text = 'Militants killed 11 farmers near Oicha, north of Beni, on Thursday.';
    expect(pick(text, 'Oicha')).toMatchObject({ countryCode: 'CD', featureClass: 'P' });
  });
  it('"Pernambuco" is the state, not Recife by its old name', () => {
    const text = 'Zika is spreading in Pernambuco, where Recife declared an emergency.';
    expect(pick(text, 'Pernambuco')).toMatchObject({ countryCode: 'BR', featureCode: 'ADM1' });
  });

  it('a city named like its province keeps the rule ("Aleppo")', () => {
    expect(pick('Shelling hit Aleppo and Idlib.', 'Aleppo')).toMatchObject({ featureClass: 'P' });
  });
});

describe('a disease named after a place (toponyms/recognize.ts)', () => {
  it('"Crimean-Congo haemorrhagic fever" names no Congo', () => {
    const text = 'Iraq has recorded 212 cases of Crimean-Congo haemorrhagic fever this year.';
    expect(picks(text, 'Congo')).toEqual([]);
  });

  it('the country written otherwise stays', () => {
    expect(pick('Fighting displaced thousands in Congo.', 'Congo')).toMatchObject({ countryCode: 'CD' });
  });
});

describe("a country's name that is a state's among the state's towns (resolve/state-not-country.ts)", () => {
  it('"northeast Georgia" among Athens, Watkinsville and Gainesville is the US state', () => {
    const text =
      'An ice storm hit northeast Georgia. Roads were shut in Watkinsville and Athens, and power was out in Gainesville.';
    expect(pick(text, 'Georgia')).toMatchObject({ countryCode: 'US', featureCode: 'ADM1' });
  });

  it('the country stays with its own towns ("Gori", "Tbilisi")', () => {
    const text = 'Russian troops entered Georgia in 2008, shelling Gori and the outskirts of Tbilisi.';
    expect(pick(text, 'Georgia')).toMatchObject({ countryCode: 'GE' });
  });
});
