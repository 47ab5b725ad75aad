// Recognition hard cases: capitalised runs that mix a sentence's first word, a person or a list with a place name.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';

const gaz = loadGazetteer();
const found = (text: string) => geoparse(text, gaz).map((m) => `${m.text}/${m.role}`);

describe('recognition hard cases', () => {
  it('"Israel Katz said": a country\'s name as a given name before a surname is a person; the country stays a country', () => {
    const text = 'Israel Katz said the troops would stay. Katz spoke as Israel struck targets in Lebanon.';
    expect(found(text)).toEqual(['Israel/place', 'Lebanon/place']);
    expect(geoparse(text, gaz)[0].start).toBe(text.indexOf('Israel struck'));
  });

  it('an age marks a full name: "eight-year-old Jordan Wells", "Paris Okafor, 41," are people, and so are their first names later', () => {
    const text =
      'Eight-year-old Jordan Wells won the regional final in Calgary. Jordan trains before school. Paris Okafor, 41, his coach, said Paris had seen it early.';
    expect(found(text)).toEqual(['Calgary/place']);
    expect(found('A 12-year-old German-Iraqi boy was questioned in Hamburg.')).toEqual([
      'German/demonym',
      'Iraqi/demonym',
      'Hamburg/place',
    ]);
  });

  it('a demonym after a capitalised first word is not a person\'s name ("A Turkish policeman")', () => {
    const text = 'A Turkish diplomat left the talks early. Officials in the Turkish capital stayed quiet.';
    expect(found(text).filter((m) => m === 'Turkish/demonym')).toHaveLength(2);
    expect(found('Former British officials said the report was wrong.')).toContain('British/demonym');
  });

  it('"The Innisfail skater", "A Danbury mason": the article belongs to the sentence, the town is a place', () => {
    expect(found('The Innisfail skater returned from Australia.')).toContain('Innisfail/place');
    expect(found('A Danbury carpenter was questioned on Monday.')).toContain('Danbury/place');
  });

  it('"Mary Hale of Oxford", "Sen. John Reyes of Florida": the person is split from the place after "of"', () => {
    expect(found('That is how Mary Hale of Oxford, North Carolina, described the storm.')).toContain('Oxford/place');
    expect(found('Sen. John Reyes of Florida, a longtime ally, voted no.')).toContain('Florida/place');
    expect(found('The Isle of Man voted.')).toContain('Isle of Man/place');
  });

  it('"Name, 18, of Regina": a home town after a person\'s age, even when it is also a given name', () => {
    expect(found('Daniel Okafor, 22, of Regina was released on bail.')).toContain('Regina/place');
  });

  it('a run that is as a whole a well-known place is not a person ("Sierra Leone", "Prince Edward Island")', () => {
    expect(found('She fell ill in Sierra Leone while working at a clinic.')).toContain('Sierra Leone/place');
    expect(found('A bird in the province of Prince Edward Island was infected.')).toContain(
      'Prince Edward Island/place',
    );
    expect(found('New cases rose in Scott County this week.')).toContain('Scott County/place');
    expect(found('President Bashar al-Assad spoke.')).toEqual([]);
  });

  it('"as" joins an Arabic name only when hyphenated: "the Hart Trophy as Canada\'s top skater"', () => {
    expect(found("She won the Hart Trophy as Canada's top skater.")).toContain('Canada/place');
    expect(found('Shelling hit as-Suwayda province.')).toContain('as-Suwayda/place');
  });

  it('an elision continues a name but never starts one ("Côte d\'Ivoire", not "d\'Or" of the Palme d\'Or)', () => {
    expect(found("Cases came from Guinea and Côte d'Ivoire.")).toContain("Côte d'Ivoire/place");
    expect(found("The film won the Palme d'Or last year.").some((m) => m.startsWith("d'Or"))).toBe(false);
  });

  it('the short name of a sea: "the Mediterranean"', () => {
    const m = geoparse('Migrants drowned in the Mediterranean on Sunday.', gaz).find((x) => x.text === 'Mediterranean');
    expect(m?.place?.featureCode).toBe('SEA');
  });

  it('"Hugo, Oklahoma", "Price, Utah": a given name or common word followed by the state that holds it is a place', () => {
    expect(found('Two brothers, both of Hugo, Oklahoma, attended.')).toContain('Hugo/place');
    expect(found('He was superintendent in Price, Utah, for years.')).toContain('Price/place');
    expect(found('Price rises hit Utah families.')).not.toContain('Price/place');
  });

  it('"Ruth of Detroit, Texas": a given name alone before "of" is a person, the place after it is kept', () => {
    expect(found('Her sister, Ruth of Detroit, Texas, spoke at the service.')).toContain('Detroit/place');
  });

  it('"the city of Bam": a short name after the kind of place it is', () => {
    expect(found('Aid reached the city of Bam within a day.')).toContain('Bam/place');
  });
});
