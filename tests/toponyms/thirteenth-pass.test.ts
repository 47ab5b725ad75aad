// Thirteenth pass (own sentences: Iraqi Kurdistan, Iran's borders, Yemen, Sudan): two names joined by a hyphen where
// the gazetteer joins them with "and", a place written as the owner of the next place, and a border town placed in
// the neighbouring province.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';

const gaz = loadGazetteer();
const all = (text: string, name: string) => geoparse(text, gaz).filter((m) => m.text === name);
const pick = (text: string, name: string) => all(text, name)[0]?.place ?? null;

describe('two names joined by a hyphen (lookup-keys.ts)', () => {
  it('"Sistan-Baluchestan" is the Iranian province the gazetteer calls Sistan and Baluchestan', () => {
    const text =
      'Border guards clashed with smugglers overnight in Sistan-Baluchestan province, officials in Tehran said.';
    expect(pick(text, 'Sistan-Baluchestan')).toMatchObject({ countryCode: 'IR', featureCode: 'ADM1' });
  });

  it('a hyphen inside one name ("Al-Qaim") is not read as "and"', () => {
    const text = 'Troops searched the desert west of Al-Qaim near the Syrian border, an Iraqi officer said.';
    expect(pick(text, 'Al-Qaim')).toMatchObject({ countryCode: 'IQ' });
  });
});

describe('a place written as the owner of the next place (owner-split.ts)', () => {
  it('"in Shabwa\'s Ataq" names the province and its capital, not a person', () => {
    const text = "Rival fighters took over a military camp in Shabwa's Ataq after two days of clashes.";
    expect(pick(text, 'Shabwa')).toMatchObject({ countryCode: 'YE', featureCode: 'ADM1' });
    expect(pick(text, 'Ataq')).toMatchObject({ countryCode: 'YE' });
  });

  it('"Lebanon\'s Bint Jbeil": the owner is a cue for the loosely spelt town after it', () => {
    const text = "An Israeli drone hit a car in Lebanon's Bint Jbeil on Thursday, the health ministry said.";
    expect(pick(text, 'Bint Jbeil')).toMatchObject({ countryCode: 'LB' });
  });

  it('a person\'s name after the owner stays a person ("Syria\'s Ahmed al-Sharaa")', () => {
    const text = "Syria's Ahmed al-Sharaa flew to Riyadh for talks on Wednesday.";
    expect(all(text, 'Ahmed al-Sharaa')).toHaveLength(0);
    expect(geoparse(text, gaz).filter((m) => m.place && m.text !== 'Syria' && m.text !== 'Riyadh')).toHaveLength(0);
  });

  it('an owner that is no place keeps the run whole ("Google\'s FluTrends")', () => {
    const text = "Researchers compared Google's FluTrends with clinic records from three counties.";
    expect(all(text, 'Google')).toHaveLength(0);
  });
});

describe('a border town placed in the neighbouring province (inside-written-area.ts)', () => {
  it('"Mukayras in Abyan province" keeps Mukayras (GeoNames: Al Bayda, beside Abyan\'s point)', () => {
    const text =
      'Houthi fighters attacked army positions near Mukayras in Abyan province, while clashes continued in ' +
      'al-Dhale and Lahj, Yemeni officials said.';
    expect(pick(text, 'Mukayras')).toMatchObject({ countryCode: 'YE' });
  });

  it('a namesake far from the written province is still dropped', () => {
    const text =
      'Shelling hit the village of Hays in Abyan province, and more families fled towards Aden and Lahj, ' +
      'Yemeni officials said.';
    expect(pick(text, 'Hays')).toBeNull();
  });
});
