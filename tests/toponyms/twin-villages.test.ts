// Twin villages written by their shared stem ("near the village of Zawtar": GeoNames has only Zawtar ash Sharqiyah
// and Zawtar al Gharbiyah), and a village written with a qualifier no entry has ("Yohmor al-Shaqif"). Own sentences.
import { describe, expect, it } from 'vitest';
import { foldExact } from '../../src/gazetteer/fold.js';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { twinStems } from '../../src/gazetteer/twin-stems.js';
import { geoparse } from '../../src/geoparse.js';

const gaz = loadGazetteer();
const all = (text: string, name: string) => geoparse(text, gaz).filter((m) => m.text === name);
const pick = (text: string, name: string) => all(text, name)[0]?.place ?? null;
const stems = (name: string) => twinStems(foldExact(name));

describe('the stem of a name with a twin qualifier (index build)', () => {
  it('a direction, height or size word after an article gives the stem', () => {
    expect(stems('Zaoutar ech Charqîyé')).toEqual(['zaoutar']);
    expect(stems('Zawtar al Gharbiyah')).toEqual(['zawtar']);
    expect(stems('Bayt ‘Ūr at Taḩtā')).toEqual(['bayt ur']);
    expect(stems('Fdâr el Faouqa')).toEqual(['fdar']);
    expect(stems('Tell Kindi es Sghîr')).toEqual(['tell kindi']);
  });

  it('a stem opening with an article is kept with and without it', () => {
    expect(stems('An Nazlah ash Sharqīyah')).toEqual(['an nazlah', 'nazlah']);
  });

  it('no stem for a feature word, a short stem, another last word or a qualifier without its article', () => {
    expect(stems('Haret et Tahta')).toEqual([]);
    expect(stems('Nahr el Kebir')).toEqual([]);
    expect(stems('Borj ech Chémâli')).toEqual([]);
    expect(stems('‘Alī al Gharbī')).toEqual([]);
    expect(stems('Dar es Salaam')).toEqual([]);
    expect(stems('Kafr Şaghīr')).toEqual([]);
  });
});

describe('a twin village written by its stem', () => {
  it('lookup("Zawtar") finds the two Zawtars of south Lebanon as exact matches', () => {
    const found = gaz.lookup('Zawtar');
    expect(found.length).toBeGreaterThanOrEqual(2);
    for (const c of found.slice(0, 2)) {
      expect(c).toMatchObject({ countryCode: 'LB', featureClass: 'P', match: 'exact' });
      expect(c.name).toMatch(/^Zaoutar /);
    }
  });

  it('a place bearing the written name itself comes before a twin reached by its stem', () => {
    const found = gaz.lookup('Nabatieh');
    const own = found.findIndex((c) => c.name === 'Nabatieh');
    const twin = found.findIndex((c) => /el Faouqa$/.test(c.name));
    expect(own).toBeGreaterThanOrEqual(0);
    expect(twin).toBeGreaterThan(own);
  });

  it('"near the village of Zawtar" in a south Lebanon story is one of the two Zawtars', () => {
    const text =
      'BEIRUT: An Israeli drone struck a car near the village of Zawtar in south Lebanon on Tuesday, killing two ' +
      'men, the health ministry said. Shelling also hit the outskirts of Nabatieh.';
    const p = pick(text, 'Zawtar');
    expect(p).toMatchObject({ countryCode: 'LB', featureClass: 'P' });
    expect(p?.name).toMatch(/^Zaoutar /);
  });

  it('a feature word gives no stem: "Haret" is no quarter written "Haret et Tahta"', () => {
    expect(gaz.lookup('Haret', { loose: false }).some((c) => /Tahta$/.test(c.name))).toBe(false);
  });
});

describe('a village written with a qualifier no entry has', () => {
  it('"in Yohmor al-Shaqif" is Yohmor, not the qualifier read alone', () => {
    const text =
      'BEIRUT: Israeli shelling hit the outskirts of Nabatieh on Wednesday, and a drone strike destroyed a house in ' +
      'Yohmor al-Shaqif, the state news agency said.';
    expect(pick(text, 'Yohmor')).toMatchObject({ countryCode: 'LB', featureClass: 'P', name: 'Yohmor' });
    expect(all(text, 'al-Shaqif')).toHaveLength(0);
  });

  it('the qualifier chooses among namesakes: "Douma al-Batroun" is the Lebanese Douma in a Damascus story', () => {
    const text =
      'DAMASCUS: Government forces shelled Harasta and Zamalka on Sunday, activists said. A fire also broke out ' +
      'in Douma al-Batroun.';
    expect(pick(text, 'Douma')).toMatchObject({ countryCode: 'LB', featureClass: 'P' });
  });

  it('a qualifier naming no place near the name gives no pin ("Busra al-Harir" is neither Basra nor Bosra)', () => {
    expect(pick('Fighting near Busra al-Harir killed two men, the observatory said.', 'Busra')).toBeNull();
  });

  it('a feature word before the article is no village of its own ("Tal al-Hawa")', () => {
    const text = 'Israeli tanks pushed into Tal al-Hawa in Gaza City on Monday, residents said.';
    expect(all(text, 'Tal')).toHaveLength(0);
  });
});
