// A generic word for a kind of place, capitalised alone in a headline, is no place (src/toponyms/single.ts): not
// Mountain Province, Philippines; the same word as the head of a name stays part of it.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';

const gaz = loadGazetteer();
const names = (text: string) =>
  geoparse(text, gaz)
    .filter((m) => m.place)
    .map((m) => m.text);

describe('generic place words alone', () => {
  it('"target Mountain held by regime forces" names no place', () => {
    expect(names('Warplanes target Mountain held by regime forces near Zabadani')).toEqual(['Zabadani']);
  });

  it('"the Capital" and "Border" alone are no places', () => {
    expect(names('Clashes Erupt Near Border as Capital Braces for Protests')).toEqual([]);
  });

  it('keeps a name whose head is the generic word', () => {
    expect(names('Fighting spread to the Nuba Mountains and Mount Lebanon.')).toContain('Mount Lebanon');
  });
});

describe('a sea named without its generic word', () => {
  it('"a boat in the Caribbean" is the Caribbean Sea, not a US town spelled like it', () => {
    const m = geoparse('US forces struck a boat in the Caribbean on Tuesday, killing three.', gaz).find(
      (x) => x.text === 'Caribbean',
    );
    expect(m?.place).toMatchObject({ featureClass: 'H' });
  });
});
