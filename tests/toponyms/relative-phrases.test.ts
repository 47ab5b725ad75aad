/**
 * Relative phrases (issue #4: "a town east of Damascus" must lie east of Damascus): the sense that lies where the
 * text says is kept or chosen, and a name with no such sense gets no pin. Each case fails without the rule.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';
import { resolveMentions } from '../../src/resolve/resolve.js';
import { recognize } from '../../src/toponyms/recognize.js';

const gaz = loadGazetteer();
const mention = (text: string, name: string) => geoparse(text, gaz).find((m) => m.text === name);
/** The pick before relative phrases are applied, to show the rule is what decides. */
const ranked = (text: string, name: string) =>
  resolveMentions(recognize(text, gaz), gaz).find((m) => m.text === name)?.place ?? null;

describe('relative phrases', () => {
  it('a town "near" another: the namesake hundreds of kilometres away is no pin', () => {
    const text =
      'Militants killed 12 people in an attack on the village of Mbau near Beni in North Kivu province, the army said.';
    expect(ranked(text, 'Mbau')).not.toBeNull();
    const m = mention(text, 'Mbau');
    expect(m?.place).toBeNull();
    expect(m?.alternatives.length).toBeGreaterThan(0);
  });

  it('"the city\'s X district" lies in the city named before', () => {
    const text = "A man was killed in Nikopol when artillery shelled the city's Dniprovskyi district, officials said.";
    expect(ranked(text, 'Dniprovskyi')).not.toBeNull();
    expect(mention(text, 'Dniprovskyi')?.place).toBeNull();
  });

  it('"Gaza City\'s Shejaiya and Zeitoun neighbourhoods": a part in a list lies in the city too, not in Lebanon', () => {
    const text = "Israeli strikes killed 31 people in Gaza City's Shejaiya and Zeitoun neighbourhoods on Monday.";
    expect(ranked(text, 'Zeitoun')?.countryCode).toBe('LB');
    expect(mention(text, 'Zeitoun')?.place).toBeNull();
  });

  it('"X, a town near Y": the town of that name near Y, not the province', () => {
    const text = 'Rebels shelled Beni, a town near Butembo, on Sunday.';
    expect(ranked(text, 'Beni')?.featureClass).toBe('A');
    const beni = mention(text, 'Beni')?.place;
    expect([beni?.countryCode, beni?.featureClass]).toEqual(['CD', 'P']);
    expect(beni?.reasons).toContain('lies near Butembo, as written');
  });

  it('a sense that lies where the text says is kept, with the reason', () => {
    const dumayr = mention('The raid occurred in Dumayr, a town east of Damascus on the edge of the desert.', 'Dumayr');
    expect(dumayr?.place?.countryCode).toBe('SY');
    expect(dumayr?.place?.reasons).toContain('lies east of Damascus, as written');
  });

  it('a stated distance and direction choose among namesakes (Paris, Texas, 100 miles northeast of Dallas)', () => {
    const text = 'A tornado hit Paris, about 100 miles northeast of Dallas, on Monday.';
    expect(ranked(text, 'Paris')?.countryCode).toBe('FR');
    const paris = mention(text, 'Paris')?.place;
    expect([paris?.countryCode, paris?.admin1Name]).toEqual(['US', 'Texas']);
  });
});
