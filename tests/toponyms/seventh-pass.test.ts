// Seventh pass (own sentences, page captures of Middle East and Africa conflict news): loose names before a unit word
// and their repeats, armed groups' names, "the X district of <city>", "the village of X", loose provinces and rivers
// under a cue, generic landform heads, "X in northern <country>", community names before "fighters", sourced data.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';

const gaz = loadGazetteer();
const all = (text: string, name: string) => geoparse(text, gaz).filter((m) => m.text === name);
const pick = (text: string, name: string) => all(text, name)[0]?.place ?? null;

describe('a loosely spelled name before a unit word', () => {
  it('"the Middle Shabelle region" is the Somali province (GeoNames spells it Middle Shabele)', () => {
    const text = 'Aid convoys reached villages in the Middle Shabelle region on Friday, officials in Somalia said.';
    expect(pick(text, 'Middle Shabelle')).toMatchObject({ featureCode: 'ADM1', countryCode: 'SO' });
    // A name that no spelling gives as an area stays unread.
    expect(all('Gunfire rang out in the Zarqoun Fehmi district overnight.', 'Zarqoun Fehmi')).toHaveLength(0);
  });
});

describe('a multi-word name read loosely once is read again where written bare', () => {
  it('"… in Hiran and Middle Shabelle": the second Middle Shabelle is the same province, not a person', () => {
    const text =
      'Militants took a town in the Middle Shabelle region. Floods later displaced farmers in Hiran and Middle ' +
      'Shabelle, the agency said.';
    const ms = all(text, 'Middle Shabelle');
    expect(ms).toHaveLength(2);
    expect(ms[1].place).toMatchObject({ featureCode: 'ADM1', countryCode: 'SO' });
  });
});

describe("an armed group's name is no loose spelling of a place", () => {
  it('"linked to Al-Qaeda" is not read as a village', () => {
    expect(all('Several commanders once linked to Al-Qaeda joined the new army.', 'Al-Qaeda')).toHaveLength(0);
  });
});

describe('"the X district of <city>" names a district inside the city', () => {
  it('"the Abu Salim district of Tripoli": Tripoli is the capital, not its province', () => {
    const text = 'Rival brigades fought in the Abu Salim district of Tripoli, the Libyan capital, on Monday.';
    expect(pick(text, 'Tripoli')).toMatchObject({ featureCode: 'PPLC', countryCode: 'LY' });
    // After a demonym the unit is the name after "of".
    expect(pick('Floods hit the Indian state of Assam this week.', 'Assam')?.featureClass).toBe('A');
  });
});

describe('"the village(s) of X" is no quarter of a city', () => {
  it('"the villages of Al-Mazraa and Walgha" is not the Beirut quarter El Mazraa', () => {
    const text = 'Clashes spread to the villages of Al-Mazraa and Walgha west of Sweida in southern Syria.';
    const p = pick(text, 'Al-Mazraa');
    expect(p?.featureCode ?? null).not.toBe('PPLX');
  });
});

describe('a loosely spelled province or river competes under its cue', () => {
  it('"the northern province of Saada" is the governorate, though the city is spelled Saada exactly', () => {
    const text = 'Air strikes hit the northern province of Saada and the capital Sanaa, Yemeni officials said.';
    expect(pick(text, 'Saada')).toMatchObject({ featureCode: 'ADM1', countryCode: 'YE' });
  });

  it('"the Juba valley" in a Somali story is the Jubba river, not the South Sudanese capital', () => {
    const text = 'Kenyan jets struck camps near Kismayo and in the Juba valley of southern Somalia.';
    expect(pick(text, 'Juba')).toMatchObject({ featureClass: 'H', countryCode: 'SO' });
  });

  it('"the Shabelle river": a loose name before "river" is read as the river', () => {
    const text = 'Farmers in Somalia lost crops when the Shabelle river burst its banks near Beledweyne.';
    expect(pick(text, 'Shabelle')).toMatchObject({ featureClass: 'H', countryCode: 'SO' });
  });
});

describe('a generic landform word after a name is that name’s head', () => {
  it('"the Nineveh Plains town of Qaraqosh": no Plains, Texas', () => {
    const text = 'Families returned to the Nineveh Plains town of Qaraqosh in northern Iraq.';
    expect(all(text, 'Plains')).toHaveLength(0);
  });
});

describe('a name written "in (northern) <country>"', () => {
  it('"outside Tripoli in northern Lebanon", in a story that also names Libya: the Lebanese Tripoli', () => {
    const text = 'Oil output rose in Libya last month. A drone struck a flat outside Tripoli in northern Lebanon.';
    expect(pick(text, 'Tripoli')).toMatchObject({ countryCode: 'LB' });
  });
});

describe('a community name before "fighters", "tribes"', () => {
  it('"between Druze fighters and Bedouin tribes": Druze is no place', () => {
    const text = 'Two days of clashes between Druze fighters and Bedouin tribes killed dozens in southern Syria.';
    expect(all(text, 'Druze')).toHaveLength(0);
  });
});

describe('sourced aliases and regions (data/supplement.tsv)', () => {
  it('"Hiran" is the Somali region Hiiraan, "Hadramawt" the Yemeni governorate, "Seiyun" its district', () => {
    expect(pick('Troops withdrew from Moqokori in Hiran region, elders said.', 'Hiran')).toMatchObject({
      name: 'Hiiraan',
    });
    const text = 'In Hadramawt, tribesmen blocked roads to oil fields near Seiyun, Yemeni officials said.';
    expect(pick(text, 'Hadramawt')).toMatchObject({ featureCode: 'ADM1', countryCode: 'YE' });
    expect(pick(text, 'Seiyun')).toMatchObject({ countryCode: 'YE', admin1: 'YE.04' });
  });

  it("Somalia's federal member states are regions of their provinces", () => {
    const text =
      'The president promised operations in Galmudug and Hirshabelle, while Puntland, Jubaland and South West ' +
      'State boycotted the talks in Somalia.';
    for (const name of ['Galmudug', 'Hirshabelle', 'Puntland', 'Jubaland', 'South West State'])
      expect(pick(text, name)).toMatchObject({ featureCode: 'RGN', countryCode: 'SO' });
  });
});
