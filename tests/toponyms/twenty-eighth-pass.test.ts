// Twenty-eighth pass (own sentences, wire copy): classes found on twelve pages from eastern Ukraine, Myanmar, the
// eastern Congo, the Sahel, Colombia, Mexico, Pakistan–Afghanistan, the West Bank, Yemen, Somalia, Sudan and a
// roundup, and the earlier passes' leftovers.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';

const gaz = loadGazetteer();
const all = (text: string, name: string) => geoparse(text, gaz).filter((m) => m.text === name);
const pick = (text: string, name: string) => all(text, name)[0]?.place ?? null;

describe('a mountain range written with its kind word in lower case', () => {
  it('"the Nuba mountains" is the range in South Kordofan, not a West Bank village', () => {
    const text =
      'KHARTOUM: Rebels who hold much of the Nuba mountains shelled an army base on Sunday, a local official said.';
    expect(pick(text, 'Nuba mountains')).toMatchObject({ featureCode: 'MTS', countryCode: 'SD' });
    expect(all(text, 'Nuba')).toHaveLength(0);
  });

  it('"the Atlas mountains" is the range, not a hamlet in Pennsylvania', () => {
    const text =
      'ALGIERS: Soldiers tracked the gunmen into the Atlas mountains south of the capital, the ministry said.';
    expect(pick(text, 'Atlas mountains')).toMatchObject({ featureCode: 'MTS' });
  });

  it('a name with no entry spelled with the kind word stays as it was ("the Golis mountains")', () => {
    const text = 'BOSASO: Troops raided militant hideouts in the Golis mountains, officials said.';
    expect(all(text, 'Golis mountains')).toHaveLength(0);
  });
});

describe("a province written by its seat's spelling, which the seat's district also bears", () => {
  it('"Paktika and Khost provinces" reads Khowst, the province, not the district of its seat', () => {
    const text =
      'KABUL: Pakistani jets struck what Islamabad called militant hideouts in Paktika and Khost provinces, ' +
      'Taliban officials said.';
    expect(pick(text, 'Khost')).toMatchObject({ countryCode: 'AF', featureCode: 'ADM1' });
  });

  it('"the province of Khost" is the province too', () => {
    const text = 'KABUL: A roadside bomb killed three policemen in the province of Khost on Monday, officials said.';
    expect(pick(text, 'Khost')).toMatchObject({ countryCode: 'AF', featureCode: 'ADM1' });
  });

  it('"the Khost district" keeps the district (a unit word of the second level)', () => {
    const text = 'KABUL: A roadside bomb killed three policemen in the Khost district on Monday, officials said.';
    expect(pick(text, 'Khost')).toMatchObject({ countryCode: 'AF', featureCode: 'ADM2' });
  });

  it('"Cebu province" keeps the province the gazetteer spells so (no seat of a region of another spelling)', () => {
    const text = 'MANILA: Soldiers killed four suspected guerrillas in a clash in Cebu province, the army said.';
    expect(pick(text, 'Cebu')).toMatchObject({ countryCode: 'PH', featureCode: 'ADM2' });
  });
});

describe('a town written "in the <side> province of <Area>" lies in that area', () => {
  it('"Palma in the northern province of Cabo Delgado" is no Balearic city (the gazetteer lacks the town)', () => {
    const text =
      'MAPUTO: Insurgents attacked the town of Palma in the northern province of Cabo Delgado on Sunday, killing ' +
      'seven people, local sources said.';
    const palma = all(text, 'Palma')[0];
    expect(palma).toBeDefined();
    expect(palma.place?.countryCode ?? 'none').not.toBe('ES');
  });

  it('a town inside the province so written keeps its pin ("Palma in the island region of the Balearic Islands")', () => {
    const text = 'MADRID: Police arrested two men in Palma in the island region of the Balearic Islands on Sunday.';
    expect(pick(text, 'Palma')).toMatchObject({ countryCode: 'ES' });
  });

  it('a province abroad that the story names nowhere else is no context to unpin by ("in South West England")', () => {
    const text =
      'Three people were found dead at a holiday park in Cornwall in South West England. Cornwall Fire and Rescue ' +
      'Service was called to the park in the town of Redruth on Sunday.';
    expect(pick(text, 'Cornwall')).toMatchObject({ countryCode: 'GB' });
  });
});

describe('the target of a projectile fired from afar', () => {
  const story =
    "ADEN: Yemen's Houthi rebels said they fired a ballistic missile toward Eilat and launched drones at ships in " +
    'the Red Sea, hours after US strikes hit the port of Hodeidah and the capital Sanaa. Fighting also flared in ' +
    'Marib and Taiz, officials said.';

  it('"fired a ballistic missile toward Eilat" in a Yemen story pins Eilat in Israel', () => {
    expect(pick(story, 'Eilat')).toMatchObject({ countryCode: 'IL' });
  });

  it('a name of several countries gets no country from the phrase ("fired rockets at Tripoli")', () => {
    const text = 'BEIRUT: Gunmen fired rockets at Tripoli overnight, the army said, after clashes in Beirut.';
    expect(pick(text, 'Tripoli')).toMatchObject({ countryCode: 'LB' });
  });
});

describe('"the X coast" named after an ocean the gazetteer holds only in halves', () => {
  it('"the Pacific coast of Mexico" pins no Pacific, Missouri', () => {
    const text =
      'MEXICO CITY: A hurricane hit the Pacific coast of Mexico on Monday, killing three people in Acapulco, ' +
      'officials said.';
    expect(all(text, 'Pacific').filter((m) => m.place)).toHaveLength(0);
    expect(pick(text, 'Acapulco')).toMatchObject({ countryCode: 'MX' });
  });

  it('"the Atlantic coast of Nicaragua" pins no Atlantic, Iowa', () => {
    const text = 'MANAGUA: A storm battered the Atlantic coast of Nicaragua on Sunday, the army said.';
    expect(all(text, 'Atlantic').filter((m) => m.place)).toHaveLength(0);
  });

  it('a coast named after a town of renown keeps the town ("the Gaza coast")', () => {
    const text = 'GAZA: Israeli gunboats shelled the Gaza coast overnight, witnesses said.';
    expect(all(text, 'Gaza').some((m) => m.place?.countryCode === 'PS')).toBe(true);
  });
});

describe('a quarter of a city written as such', () => {
  it('"the Tierra Blanca neighbourhood" of a Culiacan story pins no town in Veracruz', () => {
    const text =
      'CULIACAN: Gunmen killed six people in the Tierra Blanca neighbourhood on Monday, police in Sinaloa state ' +
      'said, and two more bodies were found on a road to Navolato.';
    expect(all(text, 'Tierra Blanca')[0]?.place?.admin1Name ?? 'none').not.toBe('Veracruz');
  });

  it('a quarter whose entry lies by the story\'s city keeps it ("the Obolon neighbourhood of Kyiv")', () => {
    const text = 'KYIV: A drone hit an apartment block in the Obolon neighbourhood of Kyiv overnight, officials said.';
    expect(pick(text, 'Obolon')).toMatchObject({ countryCode: 'UA' });
  });
});

describe('"the nearby village of X" lies next to the place named before it', () => {
  it('"In Jenin … the nearby village of Burqin" is Birqīn by Jenin, not Brūqīn by Salfit', () => {
    const text =
      'RAMALLAH: In Jenin, bulldozers tore up streets on Tuesday, and soldiers surrounded the nearby village of ' +
      'Burqin, residents said. Settlers later attacked farmers near Huwara, south of Nablus.';
    const p = pick(text, 'Burqin');
    expect(p?.countryCode).toBe('PS');
    expect(p?.lat ?? 0).toBeGreaterThan(32.4);
  });
});
