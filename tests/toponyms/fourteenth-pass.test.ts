// Fourteenth pass (re-audit of fifty judged articles): a province named with its unit word whose seat the gazetteer
// spells as written, a minor district abroad, and a relative phrase that may not lift a sense the ranking rejected.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';

const gaz = loadGazetteer();
const all = (text: string, name: string) => geoparse(text, gaz).filter((m) => m.text === name);
const pick = (text: string, name: string) => all(text, name)[0]?.place ?? null;

describe('a province matched loosely whose seat is spelled as written (cued-candidates.ts)', () => {
  it('"Saada province" in a story mostly about Iraq is the Yemeni governorate, not its capital', () => {
    const text =
      'Iraqi police in Basra, Nasiriyah and Amarah said protests over power cuts spread to Kut and Najaf. ' +
      'In Baghdad, the electricity minister blamed the heat, while Kirkuk and Mosul reported long queues for fuel. ' +
      'In a separate development, jets struck hideouts in the hills of Saada province, a spokesman in Sanaa said.';
    expect(pick(text, 'Saada')).toMatchObject({ countryCode: 'YE', featureCode: 'ADM1' });
  });
});

describe('a minor district abroad (abroad.ts)', () => {
  it('an Idlib village the gazetteer lacks is not pinned to a Sudanese district of the same name', () => {
    const text =
      'Government shelling hit Kafr Nabl, Maarrat al-Numan and Ariha in the Idlib countryside on Sunday. ' +
      'Medics in Idlib said a family was killed in al-Bara, and rescuers in Saraqib and Jisr al-Shughur searched ' +
      'for survivors. Turkey urged Damascus to respect the ceasefire around Aleppo.';
    const bara = all(text, 'al-Bara');
    expect(bara).toHaveLength(1);
    expect(bara[0].place?.countryCode ?? null).not.toBe('SD');
  });

  it('a district written with its unit word ("Hualien county") stays pinned in a story about another country', () => {
    const text =
      'The storm flooded Manila, Quezon City and Cebu, and schools in Davao, Iloilo and Bacolod stayed shut. ' +
      'Philippine officials in Legazpi and Naga said thousands had fled. Later it crossed the sea, and rockslides ' +
      'blocked roads in Hualien county, where hikers were stranded.';
    expect(pick(text, 'Hualien')).toMatchObject({ countryCode: 'TW' });
  });
});

describe('a relative phrase lifts only a credible sense (relative-phrases.ts)', () => {
  it('"X, just south of Jableh" does not pin a loose Lebanese namesake lying far to the south', () => {
    const text =
      'Gunmen attacked villages around Latakia, Jableh and Baniyas on the Syrian coast, and residents of Tartus ' +
      'and Safita fled into the hills. In Snobar, just south of Jableh, families buried their dead, a Syrian ' +
      'monitor said from Damascus.';
    const snobar = all(text, 'Snobar');
    expect(snobar).toHaveLength(1);
    expect(snobar[0].place?.countryCode ?? null).not.toBe('LB');
  });
});
