// GeoNames writes the Sahel's second-level units with a French type word ("Province du Soum", "Cercle de Ménaka");
// news writes "Soum province". The short name reaches the unit (src/gazetteer/admin-areas.ts shortNames).
import { describe, expect, it } from 'vitest';
import { geoparse } from '../../src/geoparse.js';
import { loadGazetteer } from '../../src/gazetteer/load.js';

describe('a Sahel province named without its French type word', () => {
  it('"in Soum province" in a Burkina Faso story is the province of Soum', () => {
    const text =
      'OUAGADOUGOU: Jihadists attacked an army post in Soum province in northern Burkina Faso on Monday, and clashes ' +
      'were reported in Tapoa province.';
    const got = geoparse(text, loadGazetteer()).map((m) => [m.text, m.place?.countryCode, m.place?.featureCode]);
    expect(got).toContainEqual(['Soum', 'BF', 'ADM2']);
    expect(got).toContainEqual(['Tapoa', 'BF', 'ADM2']);
  });
});
