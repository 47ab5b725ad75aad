// A name spelled as two towns' own names in two countries ("Naqura": En Nâqoûra in Lebanon, An Nāqūrah in the West
// Bank) is a tie the story's country breaks; when the story names neither country, it is still each one's own name,
// not "another name of a place abroad", and the better-known town is the answer rather than no match.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';

const gaz = loadGazetteer();
const pick = (text: string, name: string) => geoparse(text, gaz).find((m) => m.text === name)?.place ?? null;

describe('a spelling two countries share', () => {
  it('an attacker\'s demonym alone does not send "Naqura" to no match', () => {
    const p = pick('Israeli drones struck a car near Naqura on Sunday, killing two men.', 'Naqura');
    expect(p?.countryCode).toBe('LB');
  });

  it("the story's country still decides between the two", () => {
    const text =
      'Settlers attacked farmers near Nablus and Jenin on Friday, and troops raided a house in Naqura, Palestinian officials said.';
    expect(pick(text, 'Naqura')?.countryCode).toBe('PS');
  });
});

describe('a name written inside a town or district the text names', () => {
  const text =
    'Insurgents beheaded four villagers in an attack on the village of Mapate in Mocimboa da Praia district of Cabo Delgado province on Monday.';
  it('"the village of Mapate in Mocimboa da Praia district" is not Maputo, 1,500 km away, by a loose spelling', () => {
    expect(pick(text, 'Mapate')?.name ?? null).toBeNull();
  });

  it('a list "Vancouver, Calgary" is no container', () => {
    expect(pick('The ranking compares Vancouver, Calgary, Edmonton and Toronto.', 'Vancouver')?.countryCode).toBe('CA');
  });
});
