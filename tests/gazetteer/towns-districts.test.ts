// Districts known by their towns (data/supplement.tsv `towns` rows; src/gazetteer/supplement-regions.ts): "the
// Eastern Ghouta", "the Qalamoun", "Jabal al-Zawiya" are in no offline file; they sit at the centre of their towns.
import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../src/gazetteer/gazetteer.js';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { RecordSet } from '../../src/gazetteer/records.js';
import { addSupplementRegions } from '../../src/gazetteer/supplement-regions.js';
import { geoparse } from '../../src/geoparse.js';

const gaz = loadGazetteer();
const pick = (text: string, name: string) => geoparse(text, gaz).find((m) => m.text === name)?.place ?? null;
const town = (name: string, cc: string) =>
  gaz.lookup(name).find((c) => c.countryCode === cc && c.featureClass === 'P')!;

describe('districts known by their towns', () => {
  it('places the Eastern Ghouta among its towns, in Syria', () => {
    const g = gaz.lookup('Eastern Ghouta')[0];
    expect(g).toMatchObject({ countryCode: 'SY', kind: 'area', featureCode: 'RGN' });
    expect(haversineKm(g.lat, g.lon, town('Douma', 'SY').lat, town('Douma', 'SY').lon)).toBeLessThan(15);
    expect(haversineKm(g.lat, g.lon, town('Damascus', 'SY').lat, town('Damascus', 'SY').lon)).toBeGreaterThan(5);
  });

  it('reads Jabal al-Zawiya in a Syrian story as the Idlib highlands, not the Libyan city of Zawiya', () => {
    const p = pick(
      'Syrian government jets struck villages in Jabal al-Zawiya, south of Idlib, on Monday.',
      'Jabal al-Zawiya',
    );
    expect(p).toMatchObject({ countryCode: 'SY', featureCode: 'MTS' });
  });

  it('keeps the Lebanese coastal town of Qalamoun in a story about Tripoli, Lebanon', () => {
    const text =
      'Fishermen in Qalamoun, a coastal town just south of Tripoli in northern Lebanon, said the storm sank boats.';
    expect(pick(text, 'Qalamoun')).toMatchObject({ countryCode: 'LB', featureClass: 'P' });
  });

  it('reads the Qalamoun of a Syrian story as the mountains north of Damascus', () => {
    const text =
      'Hezbollah fighters and Syrian troops pushed into the Qalamoun mountains near Yabroud, north of Damascus.';
    // The kind word joins the name (toponyms/feature-word.ts): the mention is "Qalamoun mountains".
    expect(pick(text, 'Qalamoun mountains')).toMatchObject({ countryCode: 'SY', featureCode: 'MTS' });
  });

  it('finds the Golan Heights and the Donbas', () => {
    expect(pick('Israeli troops moved deeper into the Golan Heights on Sunday.', 'Golan Heights')?.countryCode).toBe(
      'SY',
    );
    expect(pick('Russian forces pressed their offensive in the Donbas.', 'Donbas')).toMatchObject({
      countryCode: 'UA',
      featureCode: 'RGN',
    });
  });
});

describe('districts outside the Levant', () => {
  it('finds the Catatumbo, the Tihama and the Nuba Mountains in their countries', () => {
    expect(pick('ELN fighters clashed with FARC dissidents in the Catatumbo region.', 'Catatumbo')?.countryCode).toBe(
      'CO',
    );
    expect(pick('Houthi forces shelled villages in the Tihama on Monday.', 'Tihama')?.countryCode).toBe('YE');
    expect(pick('Hunger spread in the Nuba Mountains of South Kordofan.', 'Nuba Mountains')?.countryCode).toBe('SD');
  });
});

describe('towns rows that cannot be built', () => {
  const areas = { units: [], cells: new Map() };
  const row = (via: string) => `towns\tcountry:SY\tFixture District\tL.RGN\t${via}\ttest row\n`;
  const setWith = () => {
    const set = new RecordSet();
    for (const [id, code, cls] of [
      [1, 'PPL', 'P'],
      [2, 'PPL', 'P'],
      [3, 'MT', 'T'],
    ] as const)
      set.addGeoNames(
        {
          geonameid: id,
          name: `Place ${id}`,
          asciiname: `Place ${id}`,
          altNames: [],
          lat: 33 + id / 10,
          lon: 36,
          featureClass: cls,
          featureCode: code,
          countryCode: 'SY',
          admin1: '08',
          admin2: '',
          population: 1000,
        },
        'geonames',
        false,
      );
    return set;
  };

  it('builds a district at the centre of its towns', () => {
    const set = setWith();
    expect(addSupplementRegions(set, row('1,2'), areas)).toBe(1);
    const d = [...set.byId.values()].find((r) => r.name === 'Fixture District')!;
    expect(d.lat).toBeCloseTo(33.15, 2);
    expect(d).toMatchObject({ countryCode: 'SY', featureCode: 'RGN', kind: 'area', population: 0 });
  });

  it('names the row and the id that is no town', () => {
    expect(() => addSupplementRegions(setWith(), row('1,3'), areas)).toThrow(/Fixture District: GeoNames 3 is no town/);
    expect(() => addSupplementRegions(setWith(), row('1'), areas)).toThrow(/two or more GeoNames ids/);
  });
});
