// Twelfth pass (own sentences, villages and towns of Lebanon, Syria, Iraq and Palestine as English news spells them):
// a loose match spelled as written up to transliteration conventions, an English initial "O" for GeoNames' "U", a
// namesake across a border next to the story's places, names joined by a hyphenated Arabic article, and Arabic
// feature words inside list items.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';
import { spellingSkeleton } from '../../src/gazetteer/skeleton.js';

const gaz = loadGazetteer();
const all = (text: string, name: string) => geoparse(text, gaz).filter((m) => m.text === name);
const pick = (text: string, name: string) => all(text, name)[0]?.place ?? null;

const VILLAGES =
  'Overnight raids hit Khiam, Houla, Markaba, Aitaroun, Yaroun, Blida, Kfar Kila and Odaisseh. Drones struck ' +
  'Naqoura, Alma al-Shaab, Ramyeh, Yarine, Marwahin, Dhayra and Bint Jbeil. Artillery shelled Kfarchouba, Kfar ' +
  'Hamam, Hebbariyeh, Shebaa, Wazzani, Ghajar, Qlayaa and Marjayoun. Later, jets bombed Arnoun, Kfar Tebnit, ' +
  'Mayfadoun, Srifa, Maaroub, Jwaya, Qana and Qlaileh.';

describe('a loose match spelled as written but for transliteration conventions', () => {
  it('keeps the vowels the loose key drops: Dhayra is Ed Dhaïra, not the hill Ed Dhaïr', () => {
    expect(spellingSkeleton('Dhayra')).toBe(spellingSkeleton('Ed Dhaïra'));
    expect(spellingSkeleton('Dhayra')).not.toBe(spellingSkeleton('Ed Dhaïr'));
    expect(spellingSkeleton('Shebaa')).toBe(spellingSkeleton('Chebaâ'));
    expect(spellingSkeleton('Qlaileh')).toBe(spellingSkeleton('El Qlaïlé'));
  });

  it('a long list of south Lebanon villages: Dhayra, Qlaileh and Shebaa are the villages', () => {
    expect(pick(VILLAGES, 'Dhayra')).toMatchObject({ name: 'Ed Dhaïra', featureClass: 'P' });
    expect(pick(VILLAGES, 'Shebaa')).toMatchObject({ name: 'Chebaâ', featureClass: 'P' });
    expect(pick(VILLAGES, 'Qlaileh')).toMatchObject({ name: 'El Qlaïlé', featureClass: 'P' });
  });
});

describe('unknown spellings in a list of places', () => {
  it('chain: "Hebbariyeh, Shebaa, Wazzani", each read loosely, are all places', () => {
    for (const name of ['Hebbariyeh', 'Shebaa', 'Wazzani']) expect(all(VILLAGES, name)).toHaveLength(1);
  });

  it('"Qana and Qlaileh": Qana is first Qina (Egypt) by size, yet the village list is Lebanese', () => {
    expect(all(VILLAGES, 'Qlaileh')).toHaveLength(1);
  });
});

describe('an English initial "O" for a name GeoNames writes with "U"', () => {
  it('"Odaisseh" in a south Lebanon story is the village Aadaïssé (also written ‘Udaysah), not Odesa', () => {
    const text =
      'Lebanese officials said Israeli shelling hit Odaisseh and Kfar Kila overnight, and residents fled to Nabatieh.';
    expect(pick(text, 'Odaisseh')).toMatchObject({ name: 'Aadaïssé', countryCode: 'LB' });
    expect(pick(VILLAGES, 'Odaisseh')).toMatchObject({ name: 'Aadaïssé', countryCode: 'LB' });
  });
});

describe('a namesake across a border, next to the places of the story', () => {
  it('"Ghajar" among south Lebanon villages is El Ghajar, on the line, not "no match"', () => {
    expect(pick(VILLAGES, 'Ghajar')).toMatchObject({ name: 'El Ghajar' });
  });

  it('a far namesake still counts as abroad: "al-Baghdadi" in an Anbar story is no Lebanese village', () => {
    const text =
      'Iraqi troops searched farms near Haditha, Hit and al-Baghdadi in Anbar province after a bomb killed two ' +
      'soldiers near Ramadi, Iraqi officials said.';
    expect(pick(text, 'al-Baghdadi')?.countryCode ?? null).not.toBe('LB');
  });
});

describe('a name joined by a hyphenated Arabic article is one name', () => {
  it('"Residents of Maarat al-Numan" name the Syrian town, not Maarat and Numan (Nigeria)', () => {
    const text = 'Residents of Maarat al-Numan said rockets fell near the market, and families left for Idlib.';
    expect(all(text, 'Numan')).toHaveLength(0);
    expect(pick(text, 'Maarat al-Numan')).toMatchObject({ countryCode: 'SY' });
  });

  it('"Blida, Mais al-Jabal and Khiam": Mais al-Jabal is the village, not the hill "al-Jabal"', () => {
    const text = 'Israeli shells fell on Blida, Mais al-Jabal and Khiam in south Lebanon, residents said.';
    expect(all(text, 'al-Jabal')).toHaveLength(0);
    expect(pick(text, 'Mais al-Jabal')).toMatchObject({ name: 'Meïss ej Jabal', featureClass: 'P' });
  });

  it('a person\'s name of that shape stays a person: "Sheikh Hikmat al-Hijri"', () => {
    const text = 'Sheikh Hikmat al-Hijri called for calm in Sweida, Syria, after clashes on Sunday.';
    expect(all(text, 'Hikmat al-Hijri')).toHaveLength(0);
  });
});

describe('an Arabic feature word inside a list item', () => {
  it('"Daraa, Khirbet Ghazaleh and Nawa": Khirbet Ghazaleh is the Syrian town', () => {
    const text = 'Government forces shelled Daraa, Khirbet Ghazaleh and Nawa, a war monitor in Syria said.';
    expect(pick(text, 'Khirbet Ghazaleh')).toMatchObject({ name: 'Khirbat Ghazālah', countryCode: 'SY' });
  });
});

describe('an unknown spelling inside a list is an item, not a place narrowed by the next name', () => {
  it('"Mais al-Jabal, Blida and Aitaroun": Blida (also an Algerian province) is the next village, not its area', () => {
    const text = 'Israeli shells struck Mais al-Jabal, Blida and Aitaroun on Friday, Lebanese media said.';
    expect(all(text, 'Mais al-Jabal')[0]?.context).toBeUndefined();
    expect(pick(text, 'Mais al-Jabal')).toMatchObject({ name: 'Meïss ej Jabal', featureClass: 'P' });
  });
});

describe('"Residents of X said" opens no person\'s name', () => {
  it('"Residents of Brital said …": Brital is the Bekaa town', () => {
    const text = 'Residents of Brital said two strikes hit farmland overnight, the third raid on the Bekaa this week.';
    expect(pick(text, 'Brital')).toMatchObject({ countryCode: 'LB', featureClass: 'P' });
  });

  it('a person the story has named stays a person: "Associates of Haddad said …"', () => {
    const text =
      'Lawyer Karim Haddad was arrested in Beirut on Monday. Associates of Haddad said he had done nothing wrong.';
    expect(all(text, 'Haddad').every((m) => m.place === null || m.role !== 'place')).toBe(true);
  });
});
