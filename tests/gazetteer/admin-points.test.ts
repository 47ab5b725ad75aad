// Where provinces and countries are placed: the middle of their area (docs/accuracy.md, "Point conventions").
import { describe, expect, it } from 'vitest';
import { gridCells, shortNames } from '../../src/gazetteer/admin-areas.js';
import { haversineKm } from '../../src/gazetteer/gazetteer.js';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { areaCentroid } from '../../src/gazetteer/shapes.js';

const gaz = loadGazetteer();
const adm1 = (name: string) => gaz.lookup(name, { limit: 10 }).find((c) => c.featureCode === 'ADM1');

describe('admin area points', () => {
  it('a province with an empty north sits in the middle of its area, not among its southern towns', () => {
    // Atlas centres (Wikipedia / Natural Earth maps): Manitoba ~55N 97W, Queensland ~22.5S 144.5E.
    const mb = adm1('Manitoba');
    expect(mb && haversineKm(mb.lat, mb.lon, 55, -97.5)).toBeLessThan(120);
    const qld = adm1('Queensland');
    expect(qld && haversineKm(qld.lat, qld.lon, -22.5, 144.5)).toBeLessThan(150);
  });

  it('towns GeoNames codes in the wrong province do not drag it across the country (Hebei, Jiangsu)', () => {
    const hebei = adm1('Hebei');
    expect(hebei?.lon).toBeGreaterThan(113);
    const jiangsu = adm1('Jiangsu');
    expect(jiangsu?.lon).toBeGreaterThan(117);
  });

  it('a small province placed by its towns ignores one coded in it from elsewhere (the Gaza Strip)', () => {
    const strip = adm1('Gaza Strip');
    const town = (n: string) => gaz.lookup(n).find((c) => c.countryCode === 'PS' && c.featureClass === 'P');
    for (const n of ['Gaza', 'Khan Younis']) {
      const t = town(n);
      expect(strip && t && haversineKm(strip.lat, strip.lon, t.lat, t.lon)).toBeLessThan(20);
    }
    // West of Sderot, the Israeli town on the Strip's edge (the point was in Israel).
    const sderot = gaz.lookup('Sderot').find((c) => c.countryCode === 'IL');
    expect(strip && sderot && strip.lon).toBeLessThan(sderot!.lon);
  });

  it('a large country is at the centre of its area measured on the sphere (Russia, China)', () => {
    const ru = gaz.country('RU');
    expect(ru && haversineKm(ru.lat, ru.lon, 60, 98)).toBeLessThan(200);
    expect(ru?.lat).toBeLessThan(62);
    const cn = gaz.country('CN');
    expect(cn && haversineKm(cn.lat, cn.lon, 35.5, 104)).toBeLessThan(120);
  });

  it('areaCentroid weighs latitudes by area: a 0–60N box is centred near 25.7N, not at the planar 30N', () => {
    const [, lat] = areaCentroid([
      [0, 0],
      [10, 0],
      [10, 60],
      [0, 60],
      [0, 0],
    ]);
    // Equal-area: half the area of a 0–60N band lies below asin(sin 60 / 2) ≈ 25.7N.
    expect(lat).toBeGreaterThan(25);
    expect(lat).toBeLessThan(26.5);
  });

  it('gridCells fills a polygon by scanline and leaves its hole empty', () => {
    const outer = [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ];
    const hole = [
      [0.5, 0.5],
      [1.5, 0.5],
      [1.5, 1.5],
      [0.5, 1.5],
      [0.5, 0.5],
    ];
    expect(gridCells([outer], 0.5)).toHaveLength(16);
    expect(gridCells([outer, hole], 0.5)).toHaveLength(12);
  });

  it('shortNames drops the type word of an admin name but keeps counties and generic words', () => {
    expect(shortNames('Midlands Province')).toEqual(['Midlands']);
    expect(shortNames('Province of Pangasinan')).toEqual(['Pangasinan']);
    expect(shortNames('Zamfara State')).toEqual(['Zamfara']);
    expect(shortNames('Plymouth County')).toEqual([]);
    expect(shortNames('Central Region')).toEqual([]);
  });

  it("shortNames drops French type words too (the Sahel's provinces, cercles and departments)", () => {
    expect(shortNames('Province du Soum')).toEqual(['Soum']);
    expect(shortNames('Province de la Tapoa')).toEqual(['Tapoa']);
    expect(shortNames('Province des Balé')).toEqual(['Balé']);
    expect(shortNames("Département de l'Océan")).toEqual(['Océan']);
    expect(shortNames("Département d' Illéla")).toEqual(['Illéla']);
    expect(shortNames('Cercle de Ménaka')).toEqual(['Ménaka']);
    expect(shortNames('Gao Cercle')).toEqual(['Gao']);
  });
});
