// Twenty-ninth pass (own sentences, wire copy): the earlier passes' leftovers.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';

const gaz = loadGazetteer();
const all = (text: string, name: string) => geoparse(text, gaz).filter((m) => m.text === name);
const pick = (text: string, name: string) => all(text, name)[0]?.place ?? null;

describe('a unit written with its unit word and then a country ("X state, Somalia")', () => {
  const text = 'Gunmen raided a police post near Baidoa in South West state, Somalia, killing three officers.';

  it("the unit is no namesake abroad (Cameroon's South-West region)", () => {
    expect(pick(text, 'South West')?.countryCode ?? null).not.toBe('CM');
  });

  it('the town written inside it keeps its pin', () => {
    expect(pick(text, 'Baidoa')).toMatchObject({ countryCode: 'SO' });
  });

  it('a unit of the written country stays ("Kano state, Nigeria")', () => {
    const t = 'ABUJA: Bandits attacked a village in Kano state, Nigeria, on Sunday, police said.';
    expect(pick(t, 'Kano')).toMatchObject({ countryCode: 'NG' });
  });
});

describe('"the CITY favela of X": X is a quarter of the city named before it', () => {
  it('"the Rio de Janeiro favela of Mare" is not Malé in the Maldives', () => {
    const text =
      'Police killed six suspects during a raid in the Rio de Janeiro favela of Mare on Tuesday, officials said.';
    expect(pick(text, 'Mare')?.countryCode ?? null).not.toBe('MV');
  });

  it('a quarter the gazetteer holds near the city keeps its pin ("the Kyiv neighbourhood of Obolon")', () => {
    const text = 'Missiles struck the Kyiv neighbourhood of Obolon overnight, the mayor said.';
    expect(pick(text, 'Obolon')).toMatchObject({ countryCode: 'UA' });
  });
});

describe('a name listed among provinces offers no town sense for the other names', () => {
  const text =
    'BOGOTA: Armed groups have spread across Cauca, Narino and Valle del Cauca this year, the ombudsman said. ' +
    'On Sunday dissidents attacked police posts in Suarez and Argelia, killing two officers.';

  it('"Narino" is the department', () => {
    expect(pick(text, 'Narino')).toMatchObject({ countryCode: 'CO', featureCode: 'ADM1' });
  });

  it('"Argelia" is the Cauca town, not the one beside Nariño, Antioquia', () => {
    expect(pick(text, 'Argelia')).toMatchObject({ countryCode: 'CO', admin1: 'CO.09' });
  });
});

describe('a name written as a quarter of a city vouches for no namesake of another name', () => {
  it('"Nogales" is the border city, not the Veracruz town 95 km from the other Tierra Blanca', () => {
    const text =
      'Gunmen killed four people in the Tierra Blanca neighbourhood of Culiacan, the capital of Sinaloa, on Monday. ' +
      'Smugglers moved drugs across the border at Tijuana and Nogales, officials said.';
    expect(pick(text, 'Nogales')).toMatchObject({ countryCode: 'MX', admin1: 'MX.26' });
  });
});

describe('"the X district of TOWN": a loose spelling of a town beside the one named', () => {
  it('"the Tajoura district of Tripoli" is read, as Tājūrā’ by Tripoli', () => {
    const text =
      'Clashes broke out between rival militias in the Tajoura district of Tripoli on Sunday, officials said.';
    expect(pick(text, 'Tajoura')).toMatchObject({ countryCode: 'LY' });
  });

  it('a loose spelling with no namesake beside the town is not read ("the Tajoura district of Kano")', () => {
    const text = 'Clashes broke out between rival gangs in the Tajoura district of Kano on Sunday, officials said.';
    expect(all(text, 'Tajoura')).toHaveLength(0);
  });
});
