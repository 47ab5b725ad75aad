// Wire-article error classes (issue #5): times of day as dates, a wire dateline's date, one event per listed place
// with the toll split, one incident told at two precisions, economic deals, co-initiators, speakers' places and
// origins, a protest's intervention in the next clause, a country's possessive forces. Invented sentences and places.
import { describe, expect, test } from 'vitest';
import { detectEvents } from '../../src/events/detect-events.js';
import { COUNTRIES, COUNTRY_PLACES, fakeGeo, mentionsFor, type PlaceSpec, testArticle } from './helpers.js';

const article = (text: string, published = '2016-05-10') => testArticle(text, { published });
const LB = { countryCode: 'LB', featureClass: 'P', featureCode: 'PPL' };
const SY = { countryCode: 'SY', featureClass: 'P', featureCode: 'PPL' };
const PLACES: PlaceSpec[] = [
  { text: 'Kfar Alma', geonameid: 31, lat: 33.3, lon: 35.5, admin1: '05', ...LB },
  { text: 'Deir Samra', geonameid: 32, lat: 33.6, lon: 35.7, admin1: '05', ...LB },
  {
    text: 'Wadi Tala',
    geonameid: -33,
    lat: 34.0,
    lon: 36.1,
    countryCode: 'LB',
    featureClass: 'T',
    featureCode: 'VAL',
    kind: 'area',
  },
  { text: 'Tel Nour', geonameid: 21, lat: 35.0, lon: 37.0, admin1: '01', ...SY },
  { text: 'Mariva', geonameid: 34, lat: 48.0, lon: 2.0, countryCode: 'FR', featureClass: 'P', featureCode: 'PPLC' },
  ...COUNTRY_PLACES,
];
const events = (text: string, published?: string) =>
  detectEvents(article(text, published), mentionsFor(text, PLACES), { geo: fakeGeo({ countries: COUNTRIES }) }).events
    .features;
const brief = (text: string, published?: string) =>
  events(text, published).map(
    (f) =>
      `${f.properties.sub_event_type} @ ${f.properties.location} ${f.properties.date_start}/${f.properties.time_precision} F${f.properties.fatalities}`,
  );

describe('times of day and wire datelines', () => {
  test('"overnight" with no day named is the report day, precision 1', () => {
    expect(brief('Israeli warplanes struck Kfar Alma overnight, killing two people.')).toEqual([
      'Air/drone strike @ Kfar Alma 2016-05-10/1 F2',
    ]);
    // A day named elsewhere in the sentence wins over "overnight".
    expect(brief('Israeli warplanes struck Kfar Alma overnight, officials said on Monday.')).toEqual([
      'Air/drone strike @ Kfar Alma 2016-05-09/1 F0',
    ]);
  });
  test('the date of a wire dateline is the report date, not the event date', () => {
    const text =
      'BEIRUT, May 10, 2016 (Reuters) - Israeli warplanes struck targets in the border village of Kfar Alma on Sunday, killing two people.';
    expect(brief(text)).toEqual(['Air/drone strike @ Kfar Alma 2016-05-08/1 F2']);
  });
});

describe('one event per listed place', () => {
  test('a town and a region in one clause give two events; the toll is split, the remainder to the first', () => {
    expect(
      brief('Israeli warplanes struck targets near Kfar Alma and in the Wadi Tala on Monday, killing three people.'),
    ).toEqual(['Air/drone strike @ Kfar Alma 2016-05-09/1 F2', 'Air/drone strike @ Wadi Tala 2016-05-09/1 F1']);
  });
});

describe('one incident told twice at two precisions', () => {
  test('"a knife attack at a market in X" and later "the knife attack in <its country>" are one event', () => {
    const text =
      'A knife attack at a market in Deir Samra wounded four people on Monday, police said.\n\nThe attacker was caught. The knife attack in Lebanon was the second this month, officials said.';
    expect(brief(text)).toEqual(['Attack @ Deir Samra 2016-05-09/1 F0']);
  });
});

describe('Agreement is for conflict actors', () => {
  test('a trade or investment deal is no event; a prisoner exchange is one', () => {
    expect(brief('Lebanon signed a $200 million trade deal in Mariva on Monday.')).toEqual([]);
    expect(brief('Lebanon and Syria signed an investment agreement in Mariva on Monday.')).toEqual([]);
    expect(brief('Syria and the rebels exchanged 40 prisoners in Tel Nour on Monday.')).toEqual([
      'Agreement @ Tel Nour 2016-05-09/1 F0',
    ]);
  });
});

describe('actors', () => {
  test('"US and British warplanes": the first-named force is actor1, the second its associate', () => {
    const [f] = events('US and British warplanes struck Houthi targets in Tel Nour on Monday.');
    expect(f.properties.actor1).toBe('Military Forces of the United States');
    expect(f.properties.notes).toContain('assoc_actor_1: Military Forces of the United Kingdom');
  });
  test('"X\'s military said its drones hit": the country\'s forces attacked', () => {
    const [f] = events("Syria's military said its drones hit a depot in Kfar Alma on Monday.");
    expect(f.properties.actor1).toBe('Military Forces of Syria');
  });
});

describe('only mentioned places', () => {
  test("a speaker's place is not the event place", () => {
    expect(brief('Syrian forces regained control of Tel Nour last week, the ministry said in Mariva.')).toEqual([
      'Government regains territory @ Tel Nour 2016-05-02/2 F0',
    ]);
    expect(brief('Syrian forces regained control of a village last week, the ministry said in Mariva.')).toEqual([]);
  });
  test('the origin of a source is not the event place', () => {
    expect(
      brief(
        'The report came out on Tuesday. Gunmen abducted 30 women in February, according to activists from Deir Samra.',
      ),
    ).toEqual([]);
  });
});

describe('protests', () => {
  test('an intervention told in the next clause types the protest', () => {
    expect(brief('Hundreds protested in Deir Samra on Monday, and police fired tear gas to disperse them.')).toEqual([
      'Protest with intervention @ Deir Samra 2016-05-09/1 F0',
    ]);
  });
});
