// A loose spelling far outside the story's area is another place the index lacks, not a namesake elsewhere
// (src/resolve/loose-outliers.ts; fifteenth session).
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { haversineKm } from '../../src/gazetteer/distance.js';
import { geoparse } from '../../src/geoparse.js';

const gaz = loadGazetteer();
const mention = (text: string, name: string) => geoparse(text, gaz).find((m) => m.text === name);

const GAZA =
  'Families driven from Jabalia and Beit Lahia have pitched tents along the coast road. Aid trucks reached Deir ' +
  'al-Balah and Nuseirat on Tuesday, while shelling was reported east of Khan Younis. ';
const SOUTH_LEBANON =
  'Israeli drones struck a car near Khiam and a house in Houla on Monday, and troops fired on farmers outside ' +
  'Markaba and Aitaroun. ';

describe('loose spellings far outside the story area', () => {
  it('a Gaza City quarter spelled like Ramallah gets no West Bank pin', () => {
    const m = mention(`${GAZA}On the seafront in Rimal, hundreds of families sleep in the ruins of hotels.`, 'Rimal');
    expect(m?.place?.name ?? null).not.toBe('Ramallah');
    expect(m?.alternatives.some((a) => a.name === 'Ramallah')).toBe(true); // still offered to correct
  });
  it('a south Lebanon river is not a Bekaa wadi spelled loosely like it', () => {
    const m = mention(`${SOUTH_LEBANON}The army set up a checkpoint near the Wazzani river.`, 'Wazzani');
    const p = m?.place;
    if (p) expect(haversineKm(p.lat, p.lon, 33.36, 35.59)).toBeLessThan(25); // Marjayoun
    expect(m?.alternatives.length).toBeGreaterThan(0);
  });
  it('a town spelled as written up to transliteration conventions is kept however far ("Nabi Chit")', () => {
    const m = mention(`${SOUTH_LEBANON}Later strikes hit the Bekaa town of Nabi Chit.`, 'Nabi Chit');
    expect(m?.place?.name).toMatch(/Nabi Ch[iî]t/);
  });
  it('a guess beside other towns the story names exactly is kept ("Shmustar" listed with Baalbek and Brital)', () => {
    const text =
      `${SOUTH_LEBANON}Drones also struck Yaroun, Blida, Naqoura, Tyre and Marjayoun. ` +
      'In the Bekaa, strikes hit Baalbek, Brital and Shmustar.';
    const m = mention(text, 'Shmustar');
    expect(m?.place?.countryCode).toBe('LB');
  });
  it('a story spread across its country keeps a loose pick (the same name, four towns far apart)', () => {
    const text = 'Sirens sounded in Haifa, Tel Aviv, Beersheba and Jerusalem. In Rimal, mourners buried two men.';
    expect(mention(text, 'Rimal')?.place).not.toBeNull();
  });
  it('a far guess yields to no pin rather than to another guess inside the area', () => {
    // Akkar's villages: the namesakes of Ramyeh are guesses 50 km and more from them. (With Tripoli and Zgharta named,
    // Roumiyé 33 km from Zgharta is a guess inside the area, which the rule keeps by design; this test once passed
    // there only because "Bebnine. In Ramyeh" was read as one list.)
    const text =
      'Gunmen fired at troops in Halba, Bebnine and Qoubaiyat, and the army raided homes in Andqet and Bireh. ' +
      'In Ramyeh, mourners buried two men on Sunday.';
    expect(mention(text, 'Ramyeh')?.place ?? null).toBeNull();
  });
});
