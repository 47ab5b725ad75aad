// Sixth pass (own sentences): short names in two-item lists, a name closing a quotation, plural unit words after a
// list, a town written "in the X region", a context read as an area, and sourced aliases.
import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../src/gazetteer/gazetteer.js';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';

const gaz = loadGazetteer();
const all = (text: string, name: string) => geoparse(text, gaz).filter((m) => m.text === name);
const pick = (text: string, name: string) => all(text, name)[0]?.place ?? null;

describe('a three-letter name joined by "and" to a place near it', () => {
  it('"Damboa and Biu": Biu of Borno is found', () => {
    expect(pick('Gunmen attacked convoys between Damboa and Biu on Sunday.', 'Biu')).toMatchObject({
      countryCode: 'NG',
    });
  });

  it('"Menaka and Gao": Gao of Mali is found', () => {
    expect(pick('Herders fled to Menaka and Gao after the raid.', 'Gao')).toMatchObject({ countryCode: 'ML' });
  });

  it('beside a place of another country, a three-letter word stays a word', () => {
    expect(all('Buyers from Lagos and Gao met at the fair.', 'Gao')).toHaveLength(0);
  });
});

describe('a name that closes a quotation before the speech verb', () => {
  it('`towards Mueda," said a farmer`: Mueda is the place, not the speaker', () => {
    expect(pick('"We walked all night towards Mueda," said a farmer.', 'Mueda')).toMatchObject({ countryCode: 'MZ' });
  });

  it('without the quotation, "X said" is still the speaker', () => {
    expect(all('Mueda said the talks would resume.', 'Mueda')).toHaveLength(0);
  });
});

describe('a plural unit word after a list of names', () => {
  it('"the Belgorod and Bryansk regions" are both provinces', () => {
    const text = 'Air defences downed drones over the Belgorod and Bryansk regions, Moscow said.';
    expect(pick(text, 'Belgorod')).toMatchObject({ featureCode: 'ADM1', countryCode: 'RU' });
    expect(pick(text, 'Bryansk')).toMatchObject({ featureCode: 'ADM1', countryCode: 'RU' });
  });

  it('the bare names of a list keep their city sense', () => {
    const text = 'Air defences downed drones over Belgorod and Bryansk, Moscow said.';
    expect(pick(text, 'Belgorod')?.featureClass).toBe('P');
  });
});

describe('a town written "in the X region"', () => {
  it('"the village of Moura in the Mopti region" is not the Portuguese Moura', () => {
    const text = 'Soldiers killed 20 men in the village of Moura in the Mopti region of central Mali, witnesses said.';
    expect(pick(text, 'Moura')?.countryCode ?? null).not.toBe('PT');
  });

  it('a town of that province is kept, and helped by it', () => {
    const text = 'Gunmen attacked a market in Djenne in the Mopti region of central Mali, witnesses said.';
    expect(pick(text, 'Djenne')).toMatchObject({ countryCode: 'ML' });
  });

  it('"Spin Boldak in Kandahar province" makes the province the area, and a bare "Kandahar" stays the city', () => {
    const text =
      'Trucks queued at Spin Boldak in Kandahar province on Monday. Families then travelled on to Kandahar and Herat.';
    const ks = all(text, 'Kandahar');
    expect(ks[0].place?.featureCode).toBe('ADM1');
    expect(ks[1].place?.featureClass).toBe('P');
  });
});

describe('sourced aliases and regions (data/supplement.tsv)', () => {
  it('"Karenni" is Kayah State, "Oromia" is Oromiya', () => {
    expect(pick('Fighting spread across Karenni state in Myanmar.', 'Karenni')).toMatchObject({ name: 'Kayah State' });
    expect(pick('Clashes were reported in Oromia, Ethiopia.', 'Oromia')).toMatchObject({
      countryCode: 'ET',
      featureCode: 'ADM1',
    });
  });

  it('"Pétion-Ville" is the Haitian commune', () => {
    const p = pick('Gangs attacked Petion-Ville, east of Port-au-Prince.', 'Petion-Ville');
    expect(p).toMatchObject({ countryCode: 'HT' });
  });

  it('"Somaliland" is a region of Somalia around Hargeisa', () => {
    const p = pick('Ethiopia signed a port deal with Somaliland.', 'Somaliland');
    expect(p).toMatchObject({ countryCode: 'SO', featureCode: 'RGN' });
    expect(haversineKm(p?.lat ?? 0, p?.lon ?? 0, 9.56, 44.06)).toBeLessThan(400);
  });
});
