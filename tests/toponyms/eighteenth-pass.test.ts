// Eighteenth pass (own sentences, Middle East page captures): a country's own name is the country, a town of some
// size bearing a name keeps it from a city of its country that has it among its other names, and two senses of one
// name each written beside their own country stay apart.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';

const gaz = loadGazetteer();
const all = (text: string, name: string) => geoparse(text, gaz).filter((m) => m.text === name);
const pick = (text: string, name: string) => all(text, name)[0]?.place ?? null;

describe("a country's own name is read as the country", () => {
  it('"came in from Iraq" in a story about Iranian cities is Iraq, not a city that has the name among its others', () => {
    const text =
      'TEHRAN: Police in Isfahan and Shiraz detained five men on Sunday. Officers in Tabriz and Qom said the men ' +
      'had come in from Iraq last month, and a court in Mashhad will hear the case.';
    expect(pick(text, 'Iraq')).toMatchObject({ countryCode: 'IQ', featureCode: 'PCLI' });
  });
});

describe('a town bearing the name keeps it from a larger city of its country that has it as another name', () => {
  it('"Ariel" beside other West Bank settlements is the settlement town, not Jerusalem', () => {
    const text =
      'The planning council backed 900 new homes in Ariel and in Efrat, south of Bethlehem, and more in ' +
      'Maale Adumim, east of Jerusalem, officials in the West Bank said.';
    expect(pick(text, 'Ariel')?.name).toBe('Ariel');
  });
});

describe('two senses of one name, each written beside its own country', () => {
  it('a bare "Kurdistan" in sentences about Iraq and Turkey is not the "Iran\'s Kurdistan province" of a later one', () => {
    const text =
      "ERBIL, Iraq: Kurdistan's health ministry said a clinic near the border with Turkey was shut after shelling " +
      'near Zakho and Duhok. Officials in Erbil and Sulaymaniyah asked Baghdad for help.\n' +
      "Across the mountains, Iran's Kurdistan province reported calm, its governor in Sanandaj said.";
    const ks = all(text, 'Kurdistan');
    expect(ks[0]?.place?.countryCode).toBe('IQ');
    expect(ks.at(-1)?.place).toMatchObject({ countryCode: 'IR', featureCode: 'ADM1' });
  });

  it('a cued sense still wins for a bare mention whose sentences name no country of its own', () => {
    const text =
      'Bushfires burned across the Australian state of Victoria on Monday, and crews from Sydney flew south. ' +
      'Victoria has had its driest winter in years, officials in Melbourne said.';
    const vs = all(text, 'Victoria');
    expect(vs.at(-1)?.place?.countryCode).toBe('AU');
  });
});

describe('a name written with its country, which no exact entry of that country bears', () => {
  it('"the Libyan city of Kufra" is the Libyan place spelled loosely, not a foreign town with Kufra among its names', () => {
    const text =
      'Hundreds of Sudanese refugees reached the Libyan city of Kufra after crossing the desert from Darfur, ' +
      'aid workers in Benghazi said.';
    expect(pick(text, 'Kufra')?.countryCode).toBe('LY');
  });
});

describe('a country written as the owner of a name', () => {
  it('"Iran\'s Kurdistan province" in an Iraqi Kurdish story is Iran\'s province; the bare "Kurdistan" stays Iraq\'s', () => {
    const text =
      "ERBIL: Kurdistan's finance ministry said salaries would be paid late. Officials in Erbil and Duhok said " +
      "Baghdad had not sent the money, and Iraq's parliament delayed a vote on the budget.\n" +
      "Related: Iran's Kurdistan province hit by floods";
    const ks = all(text, 'Kurdistan');
    expect(ks[0]?.place?.countryCode).toBe('IQ');
    expect(ks.at(-1)?.place).toMatchObject({ countryCode: 'IR', featureCode: 'ADM1' });
  });
});
