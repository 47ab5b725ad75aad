// News agencies written where a place could stand (src/toponyms/media-names.ts): "the state news agency SANA" is not
// Sanaa, "WAFA reported" is no place; a country's possessive before "news agency" stays a place.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';

const gaz = loadGazetteer();
const names = (text: string) =>
  geoparse(text, gaz)
    .filter((m) => m.place)
    .map((m) => m.text);

describe('news agencies', () => {
  it('drops an agency named after "news agency"', () => {
    expect(names('Jets struck a site near Damascus, the state news agency SANA reported.')).not.toContain('SANA');
  });

  it('drops an acronym that reports (SABA is no Saba, MENA no Mena)', () => {
    expect(names('Houthi forces shelled Taiz on Monday, SABA reported.')).not.toContain('SABA');
    expect(names('A bomb exploded in Arish, MENA reported.')).not.toContain('MENA');
  });

  it('drops a name written before "news agency"', () => {
    expect(names('The blast hit a market in Kabul, the Tolo news agency said.')).not.toContain('Tolo');
  });

  it("keeps a country's possessive before news agency", () => {
    expect(names("Floods hit Sichuan, China's news agency reported.")).toContain('China');
  });
});
