// Third generalisation pass (session 23): 40 short paragraphs written for this pass
// (tests/fixtures/toponyms/generalisation-paragraphs-3.json), 20 in the style of outbreak news (cholera, Ebola, dengue,
// bird flu, mpox across Africa, South and South-East Asia, Latin America) and 20 of local and regional news (US
// towns with state abbreviations, UK, Irish, Australian and Canadian places, ambiguous names such as Springfield,
// Portland, Perth, Victoria, Newcastle, Durham, London Ontario), each place with its expected country and kind; a place
// the gazetteer lacks is expected to get no pin; those still wrong carry `left` (why) and are not asserted. Below, the
// rules of this pass, each on sentences of its own.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';
import { checkParagraphs } from './paragraph-fixture.js';

const gaz = loadGazetteer();

checkParagraphs(
  gaz,
  'generalisation-paragraphs-3.json',
  'own outbreak and local-news paragraphs (Malawi, Congo, Bangladesh, Brazil … Illinois, Maine, Perth, Cork, Kent …)',
);

const pick = (text: string, name: string) => geoparse(text, gaz).find((m) => m.text === name)?.place ?? null;

describe('a story wholly about one country (resolve/abroad.ts clearFocus, name-world.ts)', () => {
  const rio =
    'RIO DE JANEIRO (Reuters) - Police raided the Penha favela complex on Tuesday. Shots were also heard in Mare.';

  it('"Mare" beside Rio de Janeiro and Penha is no Malé (one of its other names) nor Maré, New Caledonia', () => {
    expect(pick(rio, 'Mare')).toBeNull();
  });

  it('a place of that country keeps its pin', () => {
    const text = 'RIO DE JANEIRO (Reuters) - Police raided slums in Niteroi and Duque de Caxias on Tuesday.';
    expect(pick(text, 'Niteroi')).toMatchObject({ countryCode: 'BR' });
  });

  it('a small town reached by another of its names keeps the focus its name lends it ("Jarablus")', () => {
    const text = 'A car bomb hit Turkish-backed factions in the village of Jarablus countryside.';
    expect(pick(text, 'Jarablus')).toMatchObject({ countryCode: 'SY' });
  });
});

describe('a place called a border town (resolve/border-town.ts)', () => {
  it('"the border town of La Victoria" in Apure is neither inland La Victoria (Aragua, Boyacá): no pin', () => {
    const text = 'Venezuelan troops clashed with Colombian rebels in Apure state, near the border town of La Victoria.';
    expect(pick(text, 'La Victoria')).toBeNull();
  });

  it('a border town that lies by a border keeps its pin ("the border town of Chaman")', () => {
    expect(pick('Protesters blocked the road to the border town of Chaman.', 'Chaman')).toMatchObject({
      countryCode: 'PK',
    });
  });

  it('without the phrase the inland namesake stays', () => {
    expect(pick('Protesters gathered in La Victoria on Sunday.', 'La Victoria')).not.toBeNull();
  });
});

describe('an oblast in the adjectival form (gazetteer/adjectival-oblast.ts, toponyms/unit-named.ts)', () => {
  const text = 'Russian drones hit Sumska oblast and Odeska Oblast overnight, and shelling hit Poltavska oblast.';
  const found = geoparse(text, gaz);
  const area = (name: string) => found.find((m) => m.text === name)?.place;

  it('"Sumska oblast" is the Sumy oblast, not Samashki, Chechnya', () => {
    expect(area('Sumska oblast')).toMatchObject({ countryCode: 'UA', featureCode: 'ADM1', name: 'Sumy' });
  });

  it('"Odeska Oblast" (unit capitalised) and "Poltavska oblast" are their oblasts', () => {
    expect(area('Odeska Oblast')).toMatchObject({ countryCode: 'UA', featureCode: 'ADM1' });
    expect(area('Poltavska oblast')).toMatchObject({ countryCode: 'UA', featureCode: 'ADM1', name: 'Poltava' });
  });

  it('the Russian form too ("Belgorodskaya oblast")', () => {
    expect(gaz.lookup('Belgorodskaya oblast')[0]).toMatchObject({ countryCode: 'RU', featureCode: 'ADM1' });
  });

  it('no area whose name does not start with the stem: a loose province elsewhere is no reading', () => {
    expect(gaz.lookup('Simska oblast')).toEqual([]);
  });
});

describe('a name written before "favela" or "slum" (resolve/neighbourhood.ts)', () => {
  it('"the Alemao and Penha favela complexes" of a Rio story: no Penha, Santa Catarina (600 km off)', () => {
    const text = 'RIO DE JANEIRO (Reuters) - Police raided the Alemao and Penha favela complexes on Tuesday.';
    expect(pick(text, 'Penha')).toBeNull();
  });

  it('a favela whose pick lies by the story\'s city keeps it ("the Rocinha favela in Rio de Janeiro")', () => {
    const text = 'Police raided the Rocinha favela in Rio de Janeiro.';
    expect(pick(text, 'Rocinha')).toMatchObject({ countryCode: 'BR', admin1Name: 'Rio de Janeiro' });
  });

  it('without the word the town stays', () => {
    expect(pick('Police raided Penha on Tuesday.', 'Penha')).toMatchObject({ countryCode: 'BR' });
  });
});

describe('local-news forms (toponyms/people.ts, resolve/county-names.ts)', () => {
  const text =
    'Durham County Council in north-east England approved 400 homes near Chester-le-Street. Residents of Durham objected.';
  const found = geoparse(text, gaz);

  it('"Chester-le-Street" is a town, not a street: its head word is hyphenated to the name', () => {
    expect(found.find((m) => m.text === 'Chester-le-Street')).toMatchObject({
      role: 'place',
      place: { countryCode: 'GB' },
    });
  });

  it('"Durham County Council" does not send "Durham" to Durham County, North Carolina', () => {
    expect(found.find((m) => m.text === 'Durham')?.place).toMatchObject({ countryCode: 'GB' });
  });

  it('a county written as a place still names its bare name ("Stearns County" … "Stearns")', () => {
    const p = pick('Floods hit Stearns County on Monday. Schools in Stearns and Benton closed.', 'Stearns');
    expect(p).toMatchObject({ countryCode: 'US', featureCode: 'ADM2' });
  });

  it('a street is still no place ("a crash on Highbury Avenue")', () => {
    const m = geoparse('Police charged a driver after a crash on Highbury Avenue.', gaz).find(
      (x) => x.text === 'Highbury',
    );
    expect(m?.role ?? 'none').not.toBe('place');
  });
});

describe('a capitalised side before the area it lies in (toponyms/context.ts)', () => {
  it('"in Cornwall in South West England": Cornwall is the English county (South West is no province of Cameroon)', () => {
    const text = 'Three people died at a caravan park in Cornwall in South West England.';
    expect(pick(text, 'Cornwall')).toMatchObject({ countryCode: 'GB' });
  });

  it('"in southern England" still places the name before it', () => {
    expect(pick('Three people died at a caravan park in Cornwall in southern England.', 'Cornwall')).toMatchObject({
      countryCode: 'GB',
    });
  });
});

describe('a three-letter item of a list joined by a comma (toponyms/list-partner.ts)', () => {
  it('"Ondo, Edo and Bauchi states": Edo is recognised (its neighbour Ondo lies before the comma)', () => {
    const found = geoparse('Ondo, Edo and Bauchi states reported most of the Lassa fever cases.', gaz);
    expect(found.map((m) => [m.text, m.place?.countryCode, m.place?.featureCode])).toEqual([
      ['Ondo', 'NG', 'ADM1'],
      ['Edo', 'NG', 'ADM1'],
      ['Bauchi', 'NG', 'ADM1'],
    ]);
  });

  it('a short given name in such a list with no namesake near the other item stays a name', () => {
    expect(geoparse('He met Kano, Tom and his wife.', gaz).map((m) => m.text)).not.toContain('Tom');
  });
});

describe('a county written with the abbreviated "Co" (gazetteer/county-abbreviation.ts, toponyms/unit-named.ts)', () => {
  it('"near Tuam, Co Galway" reads County Galway, and "Co Durham" County Durham', () => {
    const found = geoparse('A man died near Tuam, Co Galway, and another in Co Durham.', gaz);
    expect(found.find((m) => m.text === 'Co Galway')?.place).toMatchObject({ countryCode: 'IE', featureClass: 'A' });
    expect(found.find((m) => m.text === 'Co Durham')?.place).toMatchObject({ countryCode: 'GB', featureClass: 'A' });
  });

  it('a county the gazetteer lacks gets no entry ("Co Mayo")', () => {
    expect(gaz.lookup('Co Mayo')).toEqual([]);
  });
});

describe('words of outbreak reports (toponyms/lexicon.ts)', () => {
  it('"Cases rose …", "Outbreak teams …", "Health officials …" open sentences without a place', () => {
    const found = geoparse(
      'Cases of cholera rose to 300 in Lilongwe. Outbreak teams were sent to Mangochi. Health officials said more were expected.',
      gaz,
    );
    expect(found.map((m) => m.text)).toEqual(['Lilongwe', 'Mangochi']);
  });
});
