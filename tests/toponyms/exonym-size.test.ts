// An exonym is a famous town's: a town reached only through another of its names keeps the name from the town that
// bears it only when much the larger (src/resolve/own-name.ts EXONYM_RATIO; fourteenth session).
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';

const gaz = loadGazetteer();
const pick = (text: string, name: string) => geoparse(text, gaz).find((m) => m.text === name)?.place;

describe('exonyms and the towns that bear a name', () => {
  it('"the town of Tafas" is Syria\'s Ţafas, not a Turkish town of about its size with Tafas among its old names', () => {
    expect(pick('Gunmen killed a former commander in the town of Tafas on Sunday.', 'Tafas')?.countryCode).toBe('SY');
  });
  it('"Palmyra" is still Tadmur, many times the size of Palmyra, New Jersey', () => {
    expect(pick('Militants blew up ancient ruins in Palmyra.', 'Palmyra')?.countryCode).toBe('SY');
  });
  it('"Bara" is still the Sudanese town spelled Bārah (a spelling, not another name)', () => {
    const p = pick('The RSF shelled the town of Bara in North Kordofan on Sunday.', 'Bara');
    expect(p?.countryCode).toBe('SD');
    expect(p?.featureClass).toBe('P');
  });
});
