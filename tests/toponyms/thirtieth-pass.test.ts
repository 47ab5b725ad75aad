// Thirtieth pass (own sentences): wrong senses that are not point conventions.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';

const gaz = loadGazetteer();
const pick = (text: string, name: string) => geoparse(text, gaz).find((m) => m.text === name)?.place ?? null;

describe('a side word before a name the gazetteer spells exactly ("North Dallas")', () => {
  it('is a part of that place, not a loose spelling of the whole (Dallesport)', () => {
    const text = 'Police in Texas said gunmen opened fire outside a bar in North Dallas late on Friday.';
    expect(pick(text, 'Dallas')).toMatchObject({ name: 'Dallas', countryCode: 'US', admin1: 'US.TX' });
    expect(pick(text, 'North Dallas')?.name ?? null).not.toBe('Dallesport');
  });
});

describe('"the" and everyday words that only towns carry, the best-known as another name ("the White House")', () => {
  const names = (text: string) => geoparse(text, gaz).map((m) => m.text);

  it('is a landmark, not Casablanca or a Tennessee town', () => {
    const text = 'A spokesman for the White House said the president would sign the bill on Friday.';
    expect(names(text)).not.toContain('White House');
  });

  it('the town written without the article stays ("in White House, Tennessee")', () => {
    const text = 'Firefighters in White House, Tennessee, put out a blaze at a warehouse on Sunday.';
    expect(pick(text, 'White House')).toMatchObject({ name: 'White House', countryCode: 'US' });
  });

  it('a town whose own name leads its candidates stays ("the Old City")', () => {
    const text = 'Police closed the gates of the Old City in Jerusalem after clashes on Friday.';
    expect(pick(text, 'Old City')).toMatchObject({ countryCode: 'PS' });
  });
});

describe('a name written once as a news agency is the agency when cited again by its bare name', () => {
  const names = (text: string) => geoparse(text, gaz).map((m) => m.text);

  it('"according to Xinhua" after "the Xinhua news agency reported" is no Chinese town', () => {
    const text =
      'A landslide buried homes in a mountain village in Sichuan, the Xinhua news agency reported. ' +
      'Rescuers reached the site by noon, according to Xinhua. Xinhua said 15 people were missing.';
    expect(names(text)).not.toContain('Xinhua');
    expect(names(text)).toContain('Sichuan');
  });

  it('a country\'s name stays a place ("the Qatar News Agency" … "Qatar said")', () => {
    const text = 'Talks resumed in Doha, the Qatar News Agency reported. Qatar said the talks would go on.';
    expect(names(text)).toContain('Qatar');
  });
});

describe('"the Pacific", "the Atlantic": the whole ocean (Natural Earth has only its halves), not a US town', () => {
  it('a bare ocean name after "the" is the ocean', () => {
    const text =
      'A cargo ship from San Diego, California, sank in the Pacific last week after crossing the Atlantic in May.';
    expect(pick(text, 'Pacific')).toMatchObject({ name: 'Pacific Ocean', featureCode: 'OCN' });
    expect(pick(text, 'Atlantic')).toMatchObject({ name: 'Atlantic Ocean', featureCode: 'OCN' });
  });

  it('"the Pacific Ocean" is one record', () => {
    expect(pick('Typhoons form over the western Pacific Ocean each summer.', 'Pacific Ocean')).toMatchObject({
      featureCode: 'OCN',
    });
  });

  it('the town written with its state stays ("Pacific, Missouri")', () => {
    const text = 'A tornado damaged homes in Pacific, Missouri, west of St. Louis, on Sunday.';
    expect(pick(text, 'Pacific')).toMatchObject({ countryCode: 'US', featureClass: 'P' });
  });

  it('a country written with the article keeps its sense ("the Gambia")', () => {
    expect(pick('Hundreds of migrants left the Gambia by boat this year.', 'Gambia')).toMatchObject({
      featureCode: 'PCLI',
    });
  });
});

describe('the water hint stops where a longer name goes on', () => {
  it('"the Pacific NorthWest" is not the ocean', () => {
    const text = 'Birds that winter in the Pacific NorthWest carry the virus, officials in Oregon said.';
    expect(pick(text, 'Pacific')?.featureCode ?? null).not.toBe('OCN');
  });
});
