// Twenty-fifth pass (own sentences, wire copy): the last pass's leftovers — a district seat of unknown population
// in a story about a neighbouring country — and the classes found on twelve pages from Sudan, Ethiopia, Nigeria,
// Mozambique, Haiti, Iraq, the Red Sea, Kashmir, Mindanao and Israel–Iran.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';

const gaz = loadGazetteer();
const all = (text: string, name: string) => geoparse(text, gaz).filter((m) => m.text === name);
const pick = (text: string, name: string) => all(text, name)[0]?.place ?? null;

describe('a seat of unknown population is no minor namesake abroad', () => {
  it('"Qamishli" in a Lebanon story that names nothing else of Syria is Al Qamishli', () => {
    const text =
      'BEIRUT: Israeli jets struck targets near Nabatieh and Tyre on Sunday, the health ministry said. The army ' +
      'deployed in Sidon. Kurdish-led forces said a drone hit a vehicle in Qamishli on Sunday evening.';
    expect(pick(text, 'Qamishli')).toMatchObject({ countryCode: 'SY', featureCode: 'PPLA2' });
  });

  it('a seat with few other names is still held back: "Tawila" in a Darfur story is no Yemeni town', () => {
    const text =
      'KHARTOUM: The army said it had retaken a town in North Kordofan, and residents of Kadugli reported shelling. ' +
      'In Darfur, paramilitaries attacked Tawila, where families from El Fasher had sought refuge.';
    expect(pick(text, 'Tawila')?.countryCode ?? null).not.toBe('YE');
  });
});

describe("a place written before a people's word", () => {
  const text =
    'ERBIL: Officials said that in Sinjar Yazidi families still lack water, and in Hasakeh Kurdish families fled ' +
    'a Turkish drone strike. Shelling also hit Jabal Druze overnight.';

  it('"in Sinjar Yazidi families" reads Sinjar, Iraq', () => {
    expect(pick(text, 'Sinjar')).toMatchObject({ countryCode: 'IQ' });
  });

  it('"in Hasakeh Kurdish families" reads Hasakeh, Syria', () => {
    expect(pick(text, 'Hasakeh')).toMatchObject({ countryCode: 'SY' });
  });

  it('a name of a feature word and a people\'s word stays whole ("Jabal Druze")', () => {
    expect(all(text, 'Jabal Druze')).toHaveLength(1);
  });
});

describe("a district next to a town is that town's only in the town's province", () => {
  it('"the Bekaa" beside Baalbek and Hermel is the Béqaa governorate, not Zahle\'s district', () => {
    const text =
      'BEIRUT: Israeli jets struck several targets in the Bekaa on Wednesday, the army said, and a strike hit a car ' +
      'near Baalbek. Another raid hit Hermel.';
    expect(pick(text, 'Bekaa')).toMatchObject({ countryCode: 'LB', featureCode: 'ADM1' });
  });
});

describe("a province's own name written bare is the province, not the seat that holds it as another name", () => {
  const text =
    'COTABATO CITY: Soldiers clashed with militants in Maguindanao del Sur on Tuesday, the military said, and ' +
    'troops were sent to Lanao del Sur and Sulu. In Basilan, a gunfight broke out near a market.';

  it('"Sulu" is the Province of Sulu, not Jolo', () => {
    expect(pick(text, 'Sulu')).toMatchObject({ countryCode: 'PH', featureCode: 'ADM2' });
  });

  it('"In Basilan" is the Province of Basilan, not the City of Isabela', () => {
    expect(pick(text, 'Basilan')).toMatchObject({ countryCode: 'PH', featureCode: 'ADM2' });
  });
});
