// Twenty-second pass (own sentences, conflict news as the seed's site writes it): a name the story's country spells
// otherwise, written by one place that GeoNames lists several times at one point, and a people's adjective that
// meets a hill or village only through a loose spelling.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';

const gaz = loadGazetteer();
const all = (text: string, name: string) => geoparse(text, gaz).filter((m) => m.text === name);
const pick = (text: string, name: string) => all(text, name)[0]?.place ?? null;

describe('a home spelling held by several entries at one point', () => {
  it('"In Bayda" in a Yemen story is Yemen\'s Al Bayda (governorate, seat and district share a point), not Libya', () => {
    const text =
      'ADEN: Government troops pushed back an attack near Marib on Sunday, and shelling hit homes in Taiz, ' +
      'officials said. Ships were searched off Hodeidah. In Bayda, two soldiers died when a mine went off near a ' +
      'checkpoint, and the road to Sanaa was closed.';
    expect(pick(text, 'Bayda')).toMatchObject({ countryCode: 'YE' });
  });
});

describe('a home village of little renown by a town the story pins', () => {
  it('"Minieh" in a north Lebanon story is El Minié by Tripoli, not Minya, Egypt (held back) nor no pin', () => {
    const text =
      'TRIPOLI: A family feud in Minieh ended in gunfire late on Friday, and two men were hurt, police said. ' +
      'Soldiers were sent to Minieh and to the coast road toward Tripoli, and raids followed in Halba and Zgharta.';
    expect(pick(text, 'Minieh')).toMatchObject({ countryCode: 'LB' });
  });
});

describe("a people's adjective is no place", () => {
  it('"Kurdish refugees" in a north Lebanon story gets no pin on a Lebanese hill', () => {
    const text =
      'TRIPOLI: Gunfire broke out in Tripoli and Zgharta overnight, and the army set up checkpoints near Halba. ' +
      'A charity in Baalbek said it had taken in dozens of Kurdish refugees from Syria, and more were expected in ' +
      'Hermel and Zahle.';
    for (const m of all(text, 'Kurdish')) expect(m.place).toBeNull();
  });

  it('a town written exactly before the same noun keeps its pin ("Bannu militants")', () => {
    const text = 'Police in Peshawar said Bannu militants had attacked a checkpoint near Lakki Marwat.';
    expect(pick(text, 'Bannu')).toMatchObject({ countryCode: 'PK' });
  });
});

describe('"the X camp" named after a district', () => {
  it('"the Makhmour camp" in an Iraq story is found, at Makhmur in Erbil', () => {
    const text =
      'ERBIL: A drone struck a car near the Makhmour camp on Tuesday, officials in Erbil and Kirkuk said, and ' +
      'families left for Mosul.';
    expect(pick(text, 'Makhmour')).toMatchObject({ countryCode: 'IQ' });
  });

  it('"the outskirts of Makhmour camp" keeps its cue word\'s reading', () => {
    const text = 'A shell hit the outskirts of Makhmour camp, south of Erbil, and police in Kirkuk and Mosul said.';
    expect(pick(text, 'Makhmour')).toMatchObject({ countryCode: 'IQ' });
  });

  it('a politician\'s "camp" is no place', () => {
    const text = 'Aides in the Sadr camp said the talks in Baghdad and Najaf had stalled.';
    expect(all(text, 'Sadr')).toHaveLength(0);
  });
});
