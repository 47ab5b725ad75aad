// Conflict-news senses (own sentences, fifth session): regions sources define by their admin areas, names written
// without their Arabic article, and the villages of one list.
import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../src/gazetteer/gazetteer.js';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';
import { resolveMentions } from '../../src/resolve/resolve.js';
import type { Mention } from '../../src/types.js';

const gaz = loadGazetteer();
const all = (text: string, name: string) => geoparse(text, gaz).filter((m) => m.text === name);
const pick = (text: string, name: string) => all(text, name)[0]?.place ?? null;

describe('a region made of admin areas (supplement "region" rows)', () => {
  const iraq =
    'A drone hit an oil field in the Kurdistan Region on Friday, officials in Erbil said. Iraqi Kurdistan has seen ' +
    'such attacks before; Baghdad and Kurdistan still argue over oil revenue, a lawmaker in Duhok said.';

  it('"Kurdistan Region", "Iraqi Kurdistan" and a bare "Kurdistan" in a story about Iraq are the Iraqi region', () => {
    for (const name of ['Kurdistan Region', 'Iraqi Kurdistan', 'Kurdistan'])
      expect(pick(iraq, name)).toMatchObject({ countryCode: 'IQ', featureCode: 'RGN' });
  });

  it('in a story about Iran, "Kurdistan province" stays the Iranian province', () => {
    const text = 'Iranian police detained activists in Kurdistan province after a strike in Sanandaj, Tehran said.';
    expect(pick(text, 'Kurdistan')).toMatchObject({ countryCode: 'IR', featureCode: 'ADM1' });
  });

  it('the region lies among its governorates and ranks below each of them', () => {
    const region = gaz.lookup('Kurdistan Region')[0];
    for (const name of ['Erbil', 'Duhok', 'Sulaymaniyah']) {
      const area = gaz.lookup(name).find((c) => c.featureCode === 'ADM1');
      expect(area?.countryCode).toBe('IQ');
      expect(area?.prior ?? 0).toBeGreaterThan(region.prior ?? 0);
      expect(haversineKm(area?.lat ?? 0, area?.lon ?? 0, region.lat, region.lon)).toBeLessThan(200);
    }
  });
});

describe("a name written without its entry's Arabic article", () => {
  it('"Khiam", which no entry spells, is El Khiam before any loose spelling', () => {
    const candidates = gaz.lookup('Khiam', { limit: 5 });
    expect(candidates[0]).toMatchObject({ countryCode: 'LB', match: 'exact' });
    const text = 'The army deployed around Khiam in southern Lebanon after the ceasefire, officials said.';
    expect(pick(text, 'Khiam')?.admin1Name).toBe('Nabatîyé');
  });
});

describe('the villages of one list lie together', () => {
  it("a list item takes the namesake next to the other items, not one near the story's other places", () => {
    const text =
      'Israeli strikes hit Tyre and Nabatieh on Monday. Another strike destroyed houses in Jiyeh, Maqsaba and ' +
      'Ghandouriye, the state news agency said.';
    const jiyeh = pick(text, 'Jiyeh');
    const place = pick(text, 'Ghandouriye');
    expect(jiyeh && place && haversineKm(jiyeh.lat, jiyeh.lon, place.lat, place.lon)).toBeLessThan(10);
  });
});

describe('more senses of conflict news', () => {
  it('a close loose spelling in a country named in the same sentence is credible', () => {
    // A story about Mali (ten demonyms) whose sentence "… a camp near Bassikounou in south-eastern Mauritania" names
    // the country of the loose match (Bassiknou).
    const mentions: Mention[] = Array.from({ length: 10 }, (_, k) => ({
      start: k * 10,
      end: k * 10 + 6,
      text: 'Malian',
      role: 'demonym' as const,
      context: 'ML',
    }));
    const near = { start: 200, end: 211, text: 'Bassikounou', role: 'place' as const };
    const [withCountry] = resolveMentions([...mentions, { ...near, sentenceCountries: ['MR'] }], gaz).slice(-1);
    expect(withCountry.place?.countryCode).toBe('MR');
    const [without] = resolveMentions([...mentions, near], gaz).slice(-1);
    expect(without.place).toBeNull();
  });

  it('"Congo" in a story about the DRC is the country; "Republic of Congo" is Congo-Brazzaville', () => {
    const text = 'Rebels advanced towards Goma in eastern Congo, officials in Kinshasa said.';
    expect(pick(text, 'Congo')).toMatchObject({ countryCode: 'CD', featureCode: 'PCLI' });
    expect(pick('Officials in the Republic of Congo reported cases.', 'Republic of Congo')?.countryCode).toBe('CG');
  });

  it('"the Niger River" does not make the country Niger a river', () => {
    const text =
      'Boats crossing the Niger River near Mopti were halted. Mali, Burkina Faso and Niger left the bloc this year.';
    const senses = all(text, 'Niger').map((m) => m.place?.featureCode);
    expect(senses).toEqual(['STM', 'PCLI']);
  });
});
