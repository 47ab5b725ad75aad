// Hard cases for the geoparser: one test per ambiguity, decided by the document's own context.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';
import { readArticles } from '../../src/ingest/read-files.js';

const gaz = loadGazetteer();
const pick = (text: string, name: string) => geoparse(text, gaz).find((m) => m.text === name)?.place ?? null;

describe('geoparser hard cases', () => {
  it('Tripoli is Lebanese in a Lebanese story and Libyan in a Libyan one', () => {
    expect(
      pick('Lebanese troops deployed in Tripoli after clashes in the north of Lebanon near Akkar.', 'Tripoli')
        ?.countryCode,
    ).toBe('LB');
    expect(
      pick('Libyan militias fought in Tripoli, the capital of Libya, and near Misrata.', 'Tripoli')?.countryCode,
    ).toBe('LY');
  });

  it('Washington is the US capital in a foreign-policy story', () => {
    expect(pick('Officials in Washington said the talks with Iran would continue.', 'Washington')?.featureCode).toBe(
      'PPLC',
    );
  });

  it('Lebanon is the country, unless the story is about Pennsylvania', () => {
    expect(pick('Israel struck targets in Lebanon on Tuesday.', 'Lebanon')?.featureCode).toBe('PCLI');
    const pa = pick('A fire in Lebanon, Pennsylvania, closed roads near Harrisburg and Hershey.', 'Lebanon');
    expect(pa?.countryCode).toBe('US');
    expect(pa?.admin1).toBe('US.PA');
  });

  it('Georgia is the country in a Caucasus story and the state in a US one', () => {
    expect(pick('Russia and Georgia exchanged accusations over Abkhazia and Tbilisi.', 'Georgia')?.countryCode).toBe(
      'GE',
    );
    expect(pick('Storms hit Atlanta, Georgia, and parts of Alabama and Tennessee.', 'Georgia')?.featureCode).toBe(
      'ADM1',
    );
  });

  it('Jordan is the country, and the river when the text says river', () => {
    expect(pick('Refugees crossed from Syria into Jordan near Mafraq.', 'Jordan')?.featureCode).toBe('PCLI');
    expect(pick('Farmers draw water from the Jordan river near the Sea of Galilee.', 'Jordan')?.featureClass).toBe('H');
  });

  it('"near Nabatieh" is the town, not the governorate of the same name (a town GeoNames files under no province)', () => {
    const text =
      'Troops entered the town of Khiam at dawn. Drones were heard over Tyre. The army said it struck sites near ' +
      'Nabatieh and in the Bekaa Valley overnight.';
    const p = pick(text, 'Nabatieh');
    expect([p?.featureClass, p?.countryCode]).toEqual(['P', 'LB']);
  });

  it('"strikes hit Nabatieh" is the town too: a seat of unknown size is at least as likely as its province', () => {
    const p = pick('Israeli strikes hit Nabatieh on Tuesday, the health ministry said.', 'Nabatieh');
    expect([p?.featureClass, p?.countryCode]).toEqual(['P', 'LB']);
  });

  it("the seat picked over its province still names the province for the story's villages", () => {
    const text = 'Shelling targeted Kfar Hamam and Hebbariyeh. Strikes also hit Nabatieh and Arnoun.';
    expect(pick(text, 'Nabatieh')?.featureClass).toBe('P');
    expect(pick(text, 'Kfar Hamam')?.reasons.join()).toMatch(/in Nabatîyé, named in the text/);
  });

  it("Khiam, spelled as no entry spells it, is the town near the story's other places, not a namesake 130 km away", () => {
    const text =
      'Talks at Naqoura\n\nBEIRUT, May 9, 2024 (Reuters) - Officials met in Naqoura on Thursday.\n\n' +
      'A drone struck a car in the southern town of Khiam, killing two people.';
    expect(pick(text, 'Khiam')?.lat).toBeCloseTo(33.33, 1);
  });

  it("a wire dateline's place is marked as where the report was filed; the same name in the story is not", () => {
    const text = 'Title\n\nBEIRUT, May 9, 2024 (Reuters) - Talks resumed. Crowds gathered in Beirut later.';
    const beirut = geoparse(text, gaz).filter((m) => m.text.toLowerCase() === 'beirut');
    expect(beirut.map((m) => m.dateline === true)).toEqual([true, false]);
    const plain = geoparse('DUMAYR, Syria: A raid took place.', gaz).find((m) => m.text === 'DUMAYR');
    expect(plain?.dateline).toBe(true);
  });

  it('Paris is the French capital, and Paris, Texas in Texas', () => {
    expect(pick('Protesters marched in Paris and Lyon.', 'Paris')?.countryCode).toBe('FR');
    expect(pick('A tornado struck Paris, Texas, near Dallas.', 'Paris')?.countryCode).toBe('US');
  });

  it('the seed articles: Naqura, Dumayr, the Litani river and the Badiya all resolve right', () => {
    const [talks, raid] = readArticles(['data/articles']);
    const a = geoparse(talks.text, gaz);
    const b = geoparse(raid.text, gaz);
    const find = (ms: typeof a, t: string) => ms.find((m) => m.text === t)?.place;
    expect(find(a, 'Naqura')?.geonameid).toBe(278832);
    expect(find(a, 'Litani')?.geonameid).toBe(272089);
    expect(find(a, 'Litani')?.kind).toBe('line');
    expect(find(b, 'Dumayr')?.geonameid).toBe(170589);
    expect(find(b, 'DUMAYR')?.geonameid).toBe(170589);
    expect(find(b, 'Badiya')?.featureCode).toBe('DSRT');
    expect(find(b, 'Damascus')?.geonameid).toBe(170654);
  });

  it('a list of countries is not an admin context: Iraq in "Georgia, Iraq, Iran" stays the country', () => {
    const text = 'The agency warned Turkey, Armenia, Georgia, Iraq, Iran, and Syria about the outbreak.';
    expect(pick(text, 'Iraq')?.featureCode).toBe('PCLI');
    expect(pick(text, 'Iraq')?.countryCode).toBe('IQ');
    const states = 'Flooding closed roads in Kansas, Iowa, Illinois, Indiana, New Jersey and Ohio.';
    expect(pick(states, 'Illinois')?.featureCode).toBe('ADM1');
  });

  it('Washington among US states is the state; among capitals it is the capital', () => {
    const states = 'Wildfires burned in Idaho, Montana, Utah, Washington and Wyoming.';
    expect(pick(states, 'Washington')?.featureCode).toBe('ADM1');
    expect(pick('Talks between Washington, Moscow and Beijing stalled.', 'Washington')?.featureCode).toBe('PPLC');
  });

  it('Oklahoma is the state: a city is "the city of its province" only when it bears the name itself', () => {
    expect(pick('A tornado hit Oklahoma on Monday, and schools closed.', 'Oklahoma')?.featureCode).toBe('ADM1');
    expect(pick('Government forces shelled Aleppo on Monday.', 'Aleppo')?.featureClass).toBe('P');
  });

  it('Quebec is the province in a story of its towns: its namesake city holds too small a share of its people', () => {
    const text =
      'Residents of Laval and Longueuil will vote next spring, after Quebec changed its election law. Montreal officials welcomed the move.';
    expect(pick(text, 'Quebec')?.featureCode).toBe('ADM1');
    expect(pick('Rebels and troops fought near Aleppo and in Idlib.', 'Aleppo')?.featureClass).toBe('P');
  });

  it('two names with senses side by side are those senses: Edmonton and Enfield together are in north London', () => {
    const text = 'Residents of Edmonton and Enfield complained about the new bus timetable.';
    expect(pick(text, 'Edmonton')?.countryCode).toBe('GB');
    expect(pick(text, 'Enfield')?.countryCode).toBe('GB');
    expect(pick('Oil workers in Edmonton and Calgary lost their jobs.', 'Edmonton')?.countryCode).toBe('CA');
  });

  it('Florence alone is the Italian city: a name does not vote for its own many namesakes', () => {
    expect(pick('Tourists returned to Florence after the floods.', 'Florence')?.countryCode).toBe('IT');
    expect(pick('Storms hit Florence, Alabama, and Huntsville.', 'Florence')?.countryCode).toBe('US');
  });

  it('provinces are found by their short names ("Midlands", "Zamfara") though GeoNames adds "Province", "State"', () => {
    expect(pick('Cholera spread in Midlands and Harare.', 'Midlands')?.countryCode).toBe('ZW');
    expect(pick('Lead poisoning killed children in Zamfara.', 'Zamfara')?.featureCode).toBe('ADM1');
  });

  it('people and organisations are not places', () => {
    const raid = readFileSync(
      'data/articles/02-us-raid-allegedly-killed-syrian-undercover-agent-instead-of.json',
      'utf8',
    );
    const text = JSON.parse(raid).text as string;
    const places = geoparse(text, gaz)
      .filter((m) => m.role === 'place')
      .map((m) => m.text);
    for (const notPlace of [
      'Khaled',
      'Al-Masoud',
      'Nasr',
      'Sabah',
      'Al-Kilani',
      'Tripp',
      'Barrack',
      'Soufan',
      'Central',
    ])
      expect(places).not.toContain(notPlace);
  });

  it('demonyms point to their country and are marked as such', () => {
    const m = geoparse('Syrian and Lebanese officials met.', gaz).filter((x) => x.role === 'demonym');
    expect(m.map((x) => x.place?.countryCode)).toEqual(['SY', 'LB']);
  });

  it('offsets slice the text exactly, also after astral characters', () => {
    const text = '😀 Clashes erupted in Homs and near Aleppo.';
    for (const m of geoparse(text, gaz)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('a county is the one in the state the story names elsewhere (Monroe County, Missouri; Adair County, Kentucky)', () => {
    const monroe = pick(
      'The farm lies in Monroe County. Growers across Missouri hope for rain; Monroe County had none in May.',
      'Monroe County',
    );
    expect(monroe?.admin1Name).toBe('Missouri');
    const adair = pick(
      'Deputies were called to a shooting in Adair County on Friday. Kentucky State Police are investigating.',
      'Adair County',
    );
    expect(adair?.admin1Name).toBe('Kentucky');
  });

  it('"the Red Sea" is the sea, "Red Sea State" the Sudanese province', () => {
    const sea = pick(
      'A drone boat struck a tanker in the Red Sea west of Mocha, the Yemeni coast guard said.',
      'Red Sea',
    );
    expect(sea?.featureClass).toBe('H');
    const province = pick('Floods cut the road to Tokar in Red Sea State, eastern Sudan, on Monday.', 'Red Sea');
    expect([province?.featureCode, province?.countryCode]).toEqual(['ADM1', 'SD']);
  });

  it('a park named in a London story is not a suburb in Australia; in a Perth story it is', () => {
    const london = pick('Marchers gathered in Victoria Park before walking to Westminster in London.', 'Victoria Park');
    expect(london?.countryCode ?? null).not.toBe('AU');
    const perth = pick('Councillors in Perth, Western Australia, met residents in Victoria Park.', 'Victoria Park');
    expect(perth?.countryCode).toBe('AU');
  });
});
