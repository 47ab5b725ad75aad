// Twenty-third pass (own sentences, conflict news as the seed's site writes it): a town written without the Arabic
// article its entry carries, in a story about a neighbouring country; a village named in a roundup's sentence about
// its own country; a river and a town of one name in a list of towns.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';

const gaz = loadGazetteer();
const all = (text: string, name: string) => geoparse(text, gaz).filter((m) => m.text === name);
const pick = (text: string, name: string) => all(text, name)[0]?.place ?? null;

describe('a town written without its article is written by its own name', () => {
  it('"Qamishli" in a Lebanon story with a BEIRUT dateline is Al Qamishli, Syria', () => {
    const text =
      'BEIRUT: Israeli jets struck targets near Nabatieh and Tyre on Sunday, the health ministry said. The army ' +
      'deployed in Sidon, and officials said Syrian refugees in the south had fled north. Kurdish-led forces said a ' +
      'drone hit a vehicle in Qamishli on Sunday evening, killing a commander.';
    expect(pick(text, 'Qamishli')).toMatchObject({ countryCode: 'SY' });
  });

  it('"In Bayda" in a Yemen story stays Yemen\'s (Yemen\'s own entries are spelled so too)', () => {
    const text =
      'ADEN: Fighters attacked positions south of Marib on Thursday, and fighting flared on the edge of Taiz and ' +
      'near Hodeidah. In Bayda, mediators arranged a prisoner exchange, and in Mukalla the coast guard seized a boat.';
    expect(pick(text, 'Bayda')).toMatchObject({ countryCode: 'YE' });
  });
});

describe("a roundup's village in the country its sentence names", () => {
  const roundup =
    'BEIRUT: Israeli strikes hit the southern Lebanese town of Khiam on Monday, and the army closed roads near ' +
    'Marjayoun. In north Lebanon, a feud in Minieh left one man dead. In Syria, a drone struck a car in Qamishli. ' +
    'In Iraq, a rocket hit a base near Erbil. In Yemen, government forces said they had repelled an attack in Bayda.';

  it('"In Yemen, … in Bayda" is Yemen\'s Al Bayda, though the story has no home country', () => {
    expect(pick(roundup, 'Bayda')).toMatchObject({ countryCode: 'YE' });
  });

  it('"In north Lebanon, a feud in Minieh" is El Minié, the one Lebanese entry spelled so', () => {
    expect(pick(roundup, 'Minieh')).toMatchObject({ countryCode: 'LB' });
  });
});

describe('the next item of a list after a town written without its article', () => {
  it('"the towns of Khiam and Bint Jbeil": Bint Jbeil is read too (El Khiam is spelled with its article)', () => {
    const text =
      'BEIRUT: Israeli strikes hit the southern towns of Khiam and Bint Jbeil on Monday, and the army closed ' +
      'roads near Marjayoun and Nabatieh.';
    expect(pick(text, 'Bint Jbeil')).toMatchObject({ countryCode: 'LB' });
  });

  it('a list mate nearby counts at least as much as one in the same country: Khiam is by Bint Jbeil, not Mount Lebanon', () => {
    const text =
      'BEIRUT: Israeli strikes hit the southern Lebanese towns of Khiam and Bint Jbeil on Monday, and the army ' +
      'closed roads near Marjayoun. In north Lebanon, a feud in Minieh left one man dead.';
    expect(pick(text, 'Khiam')).toMatchObject({ admin1: 'LB.07' });
  });

  it('names on either side of a full stop are no list ("… Halba and Bebnine. In Ramyeh, …")', () => {
    const text =
      "Clashes shook Tripoli's Bab al-Tabbaneh and Jabal Mohsen again, and gunmen fired at troops in Zgharta, Halba " +
      'and Bebnine. In Ramyeh, mourners buried two men on Sunday.';
    const m = all(text, 'Ramyeh')[0];
    const reasons = [m?.place, ...(m?.alternatives ?? [])].flatMap((c) => c?.reasons ?? []);
    expect(reasons.some((r) => r.startsWith('listed with'))).toBe(false);
  });

  it('a name and the place it lies near are no list ("the village of Hader near Quneitra")', () => {
    const text =
      'DAMASCUS: Israeli troops entered the village of Hader near Quneitra on Tuesday, residents said. Elsewhere, ' +
      'forces clashed with gunmen in Idlib and Aleppo, and a bomb went off in Homs.';
    const m = all(text, 'Hader')[0];
    const reasons = [m?.place, ...(m?.alternatives ?? [])].flatMap((c) => c?.reasons ?? []);
    expect(reasons.some((r) => r.startsWith('listed with'))).toBe(false);
  });
});

describe('a list of towns', () => {
  it('"Drone strikes also hit Kassala and Atbara": the town of Atbara, not the river', () => {
    const text =
      'PORT SUDAN: The RSF shelled El Fasher on Saturday, and the army said it held Omdurman. Aid workers in Nyala ' +
      'reported new arrivals. Drone strikes also hit Kassala and Atbara.';
    expect(pick(text, 'Atbara')).toMatchObject({ featureClass: 'P', countryCode: 'SD' });
  });
});

describe("a province's seat spelled otherwise than the province", () => {
  it('"drones targeted Odesa and Mykolaiv" is the city (Mykolayiv, the seat of Mykolaiv oblast), not a small namesake', () => {
    const text =
      'KYIV: Russian drones struck Kharkiv overnight, and fighting raged around Pokrovsk. In Kherson, shelling hit a ' +
      'market, and drones targeted Odesa and Mykolaiv.';
    expect(pick(text, 'Mykolaiv')).toMatchObject({ featureCode: 'PPLA', countryCode: 'UA' });
  });
});
