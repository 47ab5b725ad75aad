// Sixth generalisation pass (session 26): 40 short paragraphs written for this pass
// (tests/fixtures/toponyms/generalisation-paragraphs-6.json): 14 in the style of world news (mpox across West Africa,
// the Six Nations, Beijing and Washington, the Horn of Africa, tankers in the Gulf, the Balkans, Central Asia, Latin
// America, a typhoon, cholera in Zambia, mining shares, the World Cup, a heatwave, the Sahel), 14 of local news
// (Guanajuato, Michoacan, Rio's and Sao Paulo's favelas, Cauca, Wayanad, Barmer, Bannu, Manila and Cebu, Lanao del Sur,
// Agam, Tana River, Mubende, Biharamulo) and 12 of conflict news (El Fasher, Kordofan, Tigray, Oromia, Somalia, Cabo
// Delgado, Niassa, Sagaing, Shan, Kharkiv, Donetsk and Sumy, Odesa and Kyiv). Below, the rules of this pass and the
// known wrongs it fixes, each on sentences of its own.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';
import { checkParagraphs } from './paragraph-fixture.js';

const gaz = loadGazetteer();

checkParagraphs(
  gaz,
  'generalisation-paragraphs-6.json',
  'own world, local and conflict paragraphs (West Africa, Guanajuato, Rio, Wayanad, Cebu, Mubende, El Fasher, Sagaing …)',
);

const pick = (text: string, name: string) => geoparse(text, gaz).find((m) => m.text === name)?.place ?? null;

describe('a lone minor pick abroad (resolve/lone-abroad.ts)', () => {
  it('"Chatsworth" beside Durban is no town in Georgia (US)', () => {
    const text =
      'Storms flooded homes in Durban and Pietermaritzburg, KwaZulu-Natal officials said. Chatsworth was cut off for a day.';
    expect(pick(text, 'Chatsworth')).toBeNull();
  });

  it('"al-Mawasi" beside Khan Younis is no park in Lebanon', () => {
    const text =
      'Tank fire hit tents in al-Mawasi, west of Khan Younis. Hospitals in Deir al-Balah and Rafah were full.';
    expect(pick(text, 'al-Mawasi')).toBeNull();
  });

  it('"Boni" beside Gao in a Malian story is no Bonn', () => {
    const text = 'Jihadists attacked army posts in Boni and Hombori, on the road to Gao, the Malian army said.';
    expect(pick(text, 'Boni')).toBeNull();
  });

  it('"Ramos" beside Rio de Janeiro and Penha is no Philippine town', () => {
    const text =
      "Schools were closed in Penha and Ramos, in the city's North Zone, after police raids in the Complexo da Mare, Rio de Janeiro officials said.";
    expect(pick(text, 'Ramos')?.countryCode ?? null).not.toBe('PH');
  });

  it('a spelling guess a world away from a region\'s story gets no pin ("Garsen", Kenya, is no Grayson, Kentucky)', () => {
    const text =
      'Floods cut off Garsen and Hola in Tana River county, the Kenya Red Cross said. In Mandera, near the border with Somalia and Ethiopia, a bus was attacked.';
    expect(pick(text, 'Garsen')).toBeNull();
  });

  it('"Palma" beside Mocimboa da Praia and Niassa is no Palma de Mallorca (the gazetteer lacks the town)', () => {
    const text =
      'Rwandan troops patrolling the road to Palma found four bodies, a source in Mocimboa da Praia said. The attacks have spread into Niassa province.';
    expect(pick(text, 'Palma')).toBeNull();
  });

  it('"Susah" beside Derna, Benghazi and Tobruk is no Sousse (Tunisia)', () => {
    const text =
      "Storm Daniel's floods swept through Derna. Rescuers from Benghazi and Tobruk found bodies as far west as Susah.";
    expect(pick(text, 'Susah')).toBeNull();
  });

  it('a city named so in one country only stays ("Taichung" in a story about China)', () => {
    const text =
      "Zhejiang officials in Hangzhou said exports rose. China's trade with Taichung firms grew, Beijing said.";
    expect(pick(text, 'Taichung')).toMatchObject({ countryCode: 'TW' });
  });

  it('a town of one name stays wherever it is ("the forum in Davos")', () => {
    const text = "Ukraine's president spoke at the forum in Davos. Drones hit Kharkiv and Odesa overnight.";
    expect(pick(text, 'Davos')).toMatchObject({ countryCode: 'CH' });
  });

  it('a namesake beside a place of its own country stays ("Chatsworth, Illinois")', () => {
    const text = 'A tornado hit Chatsworth and Pontiac in Illinois. Durban sent condolences.';
    expect(pick(text, 'Chatsworth')).toMatchObject({ countryCode: 'US' });
  });
});

describe('the last words of a name joined by "da" (resolve/romance-link.ts)', () => {
  it('"Complexo da Mare" pins no Malé', () => {
    const text =
      'Raids in the Complexo da Mare and the Complexo do Alemao left nine people dead, the Rio de Janeiro state government said.';
    for (const m of geoparse(text, gaz).filter((x) => x.text === 'Mare'))
      expect(m.place?.countryCode ?? null).not.toBe('MV');
  });
});

describe("a region named by a culture's word (resolve/cultural-region.ts)", () => {
  it('"Latin America" is no United States', () => {
    const text =
      'Dengue is spreading across Latin America, health officials said in Lima. Brazil and Peru are the worst hit.';
    expect(pick(text, 'America')).toBeNull();
  });

  it('"Anglophone Cameroon" is still Cameroon', () => {
    const text = 'Separatists attacked a school in Anglophone Cameroon, officials in Bamenda said.';
    expect(pick(text, 'Cameroon')).toMatchObject({ countryCode: 'CM' });
  });
});

describe('a three-letter name the text also writes with its unit word (toponyms/short-names.ts)', () => {
  it('"Edo" opening a sentence after "Edo State" is Edo State', () => {
    const text = 'Edo State police said gunmen kidnapped three farmers. Edo has seen a rise in kidnappings this year.';
    const found = geoparse(text, gaz).filter((m) => m.text === 'Edo');
    expect(found.map((m) => m.place?.featureCode)).toEqual(['ADM1']);
  });

  it('a three-letter word at a sentence start stays unread without it ("Edo has …" alone)', () => {
    expect(geoparse('Edo has seen a rise in kidnappings this year.', gaz).filter((m) => m.text === 'Edo')).toEqual([]);
  });
});

describe('an entry holding the written name beside its unit words is no guess (resolve/loose-outliers.ts)', () => {
  it('"the Hermel district" among the Bekaa towns is Caza du Hermel', () => {
    const text =
      'Drones struck a car near Baalbek and a warehouse in the Hermel district, Lebanese media said. Roads from Brital and Shmustar were closed, and families left for Zahle.';
    expect(pick(text, 'Hermel')).toMatchObject({ countryCode: 'LB' });
  });
});

describe("a people's word that names a province before its unit word (toponyms/demonym-region.ts)", () => {
  it('"Ethiopia\'s Somali region" is the Ethiopian region, not Somalia', () => {
    const text =
      "Food prices in Ethiopia's Somali region have doubled since the rains failed, officials in Jijiga said.";
    expect(pick(text, 'Somali')).toMatchObject({ countryCode: 'ET', featureCode: 'ADM1' });
  });

  it('the people\'s word stays a demonym elsewhere ("Somali troops")', () => {
    const found = geoparse('Somali troops retook the town near Baidoa.', gaz).filter((m) => m.text === 'Somali');
    expect(found.map((m) => m.role)).toEqual(['demonym']);
  });
});
