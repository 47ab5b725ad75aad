// Regions named by a family of admin areas (src/gazetteer/admin-regions.ts): "Darfur" from North/South/… Darfur.
import { describe, expect, it } from 'vitest';
import { compassVariant, familyBase } from '../../src/gazetteer/admin-regions.js';
import { haversineKm } from '../../src/gazetteer/gazetteer.js';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';

const gaz = loadGazetteer();
const pick = (text: string, name: string) => geoparse(text, gaz).find((m) => m.text === name)?.place ?? null;

describe('family bases of admin names', () => {
  it.each([
    ['North Kivu', 'Kivu'],
    ['Kasai-Central', 'Kasai'],
    ['West Kordofan State', 'Kordofan'],
    ['South Waziristan Agency', 'Waziristan'],
    ['Northern Bahr al Ghazal', 'Bahr al Ghazal'],
    ['Bioko Norte', 'Bioko'],
  ])('%s → %s', (name, base) => expect(familyBase(name)).toBe(base));

  it.each(['Darfur', 'Central Coast', 'South-East', 'Province of Ilocos Sur', 'East Carroll Parish', 'North Ga'])(
    '%s has no base of its own',
    (name) => expect(familyBase(name)).toBeNull(),
  );

  it('writes the other form of the compass word for named units only', () => {
    expect(compassVariant('Southern Kordofan')).toBe('South Kordofan');
    expect(compassVariant('North Darfur')).toBe('Northern Darfur');
    expect(compassVariant('Eastern Province')).toBeNull();
  });
});

describe('derived regions in the gazetteer', () => {
  it('Darfur lies between its provinces, and ranks below each of them', () => {
    const darfur = gaz.lookup('Darfur')[0];
    const units = ['North Darfur', 'South Darfur', 'West Darfur', 'East Darfur', 'Central Darfur'].map(
      (n) => gaz.lookup(n)[0],
    );
    for (const u of units) {
      expect(u.featureCode).toBe('ADM1');
      expect(u.prior ?? 0).toBeGreaterThan(darfur.prior ?? 0);
      expect(haversineKm(u.lat, u.lon, darfur.lat, darfur.lon)).toBeLessThan(500);
    }
  });

  it('Waziristan is a Pakistani region from two districts', () => {
    expect(gaz.lookup('Waziristan')[0]).toMatchObject({ countryCode: 'PK', featureCode: 'RGN' });
  });

  it('is not made where the country already has the name (Holland is the Netherlands, Java the island)', () => {
    expect(gaz.lookup('Holland', { limit: 20 }).some((c) => c.featureCode === 'RGN')).toBe(false);
    expect(gaz.lookup('Java', { limit: 20 }).some((c) => c.featureCode === 'RGN')).toBe(false);
  });

  it('"Carolina" stays Puerto Rico; "the Carolinas" is the US region', () => {
    expect(gaz.lookup('Carolina', { limit: 20 }).some((c) => c.countryCode === 'US' && c.featureCode === 'RGN')).toBe(
      false,
    );
    expect(gaz.lookup('Carolinas')[0]).toMatchObject({ countryCode: 'US', featureCode: 'RGN' });
    expect(gaz.lookup('Dakotas')[0]).toMatchObject({ countryCode: 'US', featureCode: 'RGN' });
  });
});

describe('derived regions in text', () => {
  it('finds Darfur and Kordofan in a Sudan story', () => {
    const text = 'Aid agencies said fighting in Darfur and South Kordofan had displaced thousands of families.';
    expect(pick(text, 'Darfur')).toMatchObject({ countryCode: 'SD', featureCode: 'RGN' });
    expect(pick(text, 'South Kordofan')).toMatchObject({ countryCode: 'SD', featureCode: 'ADM1' });
  });

  it('a storm over the Carolinas is in the United States', () => {
    expect(pick('The storm brought floods to the Carolinas on Monday.', 'Carolinas')?.countryCode).toBe('US');
  });
});
