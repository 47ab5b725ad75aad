// Eighth pass (own sentences, conflict news outside the Middle East): a possessive of the same name before a smaller
// unit, a town written inside a province the gazetteer has no such town in, capitals written for their governments,
// apps after "on", common words that name provinces in unit lists, an organisation head before a unit word,
// organisations ending "Government" / "Cartel", a valley cue with no river, and sourced aliases.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';
import { DEFAULT_WEIGHTS } from '../../src/resolve/resolve.js';
import { cueScore } from '../../src/resolve/cues.js';

const gaz = loadGazetteer();
const all = (text: string, name: string) => geoparse(text, gaz).filter((m) => m.text === name);
const pick = (text: string, name: string) => all(text, name)[0]?.place ?? null;

describe('a list of names before a plural unit word', () => {
  it('"Kharkiv, Poltava and Odesa regions" are all first-level areas (Kharkiv Oblast alias)', () => {
    const text = 'Power cuts were reported in Kharkiv, Poltava and Odesa regions after the strikes.';
    for (const name of ['Kharkiv', 'Poltava', 'Odesa']) expect(pick(text, name)).toMatchObject({ featureCode: 'ADM1' });
  });

  it('a common word in the list is found: "Plateau and Zamfara states"', () => {
    expect(pick('Gunmen kill dozens across Nigeria’s Plateau and Zamfara states.', 'Plateau')).toMatchObject({
      featureCode: 'ADM1',
      countryCode: 'NG',
    });
  });
});

describe('a unit word names a province, not a country of the name', () => {
  it('"Kwara and Niger states": Niger State, Nigeria', () => {
    expect(pick('Gunmen killed 12 villagers in Kwara and Niger states.', 'Niger')).toMatchObject({
      featureCode: 'ADM1',
      countryCode: 'NG',
    });
  });
});

describe('"X\'s Y district" with X a province', () => {
  it('"Zaporizhzhia\'s Polohy district": the raion in Zaporizhzhia oblast, and the oblast', () => {
    const text = 'Shelling hit Zaporizhzhia’s Polohy district overnight.';
    expect(pick(text, 'Polohy')).toMatchObject({ countryCode: 'UA', admin1Name: 'Zaporizhzhia' });
    // The part lies beyond the city's reach: the first name is the province holding it.
    expect(pick(text, 'Zaporizhzhia')).toMatchObject({ featureCode: 'ADM1' });
  });
});

describe('a name qualified by the possessive of the same name', () => {
  it('"Sagaing\'s Sagaing township" is the town, the first Sagaing the region', () => {
    const m = all('Jets bombed a school in Sagaing’s Sagaing township on Tuesday.', 'Sagaing');
    expect(m[0].place).toMatchObject({ featureCode: 'ADM1' });
    expect(m[1].place).toMatchObject({ featureClass: 'P', countryCode: 'MM' });
  });
});

describe('a town written inside a named province', () => {
  it('"Novopavlivka in the Dnipropetrovsk region": no namesake from another province', () => {
    const p = pick('Troops captured the village of Novopavlivka in the Dnipropetrovsk region.', 'Novopavlivka');
    expect(p === null || p.admin1Name === 'Dnipropetrovsk').toBe(true);
  });
});

describe('a capital written for its government', () => {
  it('"between the rebels and Kinshasa", "Kinshasa denies": not a place of the story', () => {
    const text = 'Talks in Doha between the rebels and Kinshasa have stalled. Kinshasa denies backing the militia.';
    for (const m of all(text, 'Kinshasa')) expect(m.role).toBe('in_organisation');
    expect(all(text, 'Doha')[0].role).toBe('place');
    // A preposition before the subject, or a route between two towns, keeps the capital a place.
    expect(all('Residents of Kinshasa said prices had doubled.', 'Kinshasa')[0].role).toBe('place');
    expect(all('The road between Kinshasa and Matadi was cut.', 'Kinshasa')[0].role).toBe('place');
  });

  it('"accuses Kigali of": the object of a charge', () => {
    expect(all('The government accuses Kigali of arming the rebels.', 'Kigali')[0].role).toBe('in_organisation');
  });
});

describe('apps and media after "on"', () => {
  it('"said on Telegram" is no place', () => {
    expect(all('Two people were killed, the regional governor said on Telegram.', 'Telegram')).toHaveLength(0);
  });
});

describe('an organisation head word before a unit word, and organisations the word lists lack', () => {
  it('"Haiti\'s Centre department" is the department, and Haiti a place', () => {
    const text = 'Gangs overran the town of Mirebalais in Haiti’s Centre department.';
    expect(pick(text, 'Centre')).toMatchObject({ featureCode: 'ADM1', countryCode: 'HT' });
    expect(all(text, 'Haiti')[0].role).toBe('place');
  });

  it('"the Sinaloa Cartel", "the National Unity Government" hold no place of the story', () => {
    expect(all('Factions of the Sinaloa Cartel clashed overnight.', 'Sinaloa')[0].role).toBe('in_organisation');
    expect(all('The plan was rejected by the National Unity Government.', 'Unity')[0]?.role).not.toBe('place');
  });
});

describe('a valley cue with no river of the name', () => {
  it('"the Artibonite valley" is the department, not nothing', () => {
    expect(pick('In the Artibonite valley, gangs attacked farms.', 'Artibonite')).toMatchObject({ countryCode: 'HT' });
    // With no river of the name among the candidates, the river cue only nudges the department.
    const area = gaz.lookup('Artibonite', { limit: 25 }).filter((c) => c.featureClass === 'A');
    expect(area.length).toBeGreaterThan(0);
    expect(cueScore(new Set(['H']), area[0], area, DEFAULT_WEIGHTS, null, false)).toBeGreaterThan(-0.5);
  });
});

describe('sourced aliases', () => {
  it('"Kyaukphyu" is Kyaukpyu in Rakhine', () => {
    expect(pick('The Arakan Army pressed towards Kyaukphyu.', 'Kyaukphyu')).toMatchObject({ countryCode: 'MM' });
  });
});
