// A capture's photo caption and highlight bullets (Article.front) repeat or illustrate the story: when the body tells
// the same event, the body's place, sentence and sub-type lead; a caption that tells something the body does not
// still gives its event. Invented sentences and places.
import { describe, expect, test } from 'vitest';
import { detectEvents } from '../../src/events/detect-events.js';
import type { Article, FrontMatter } from '../../src/types.js';
import { COUNTRIES, COUNTRY_PLACES, fakeGeo, mentionsFor, type PlaceSpec, testArticle } from './helpers.js';

const PS = { countryCode: 'PS', featureClass: 'P', featureCode: 'PPL', admin1: '01' };
const PLACES: PlaceSpec[] = [
  { text: 'Beit Zara', geonameid: 41, lat: 31.42, lon: 34.35, ...PS },
  { text: 'Khirbet Nur', geonameid: 42, lat: 31.0, lon: 34.3, ...PS },
  { text: 'Tal Hamra', geonameid: 43, lat: 31.2, lon: 34.25, ...PS },
  {
    text: 'Wadi Sahel',
    geonameid: 44,
    lat: 31.35,
    lon: 34.33,
    countryCode: 'PS',
    featureClass: 'A',
    featureCode: 'ADM1',
    admin1: '01',
  },
  ...COUNTRY_PLACES,
];

/** The caption, a blank line, then the body lines; the caption marked as front matter (as a capture is read). */
function capture(caption: string, body: string[], highlights: string[] = []): Article {
  const front: FrontMatter[] = [{ start: 0, end: caption.length, kind: 'caption' }];
  let text = `${caption}\n\n`;
  for (const h of highlights) {
    front.push({ start: text.length, end: text.length + h.length, kind: 'highlight' });
    text += `${h}\n`;
  }
  text += body.join('\n');
  return { ...testArticle(text, { published: '2025-07-14' }), front };
}

const brief = (article: Article) =>
  detectEvents(article, mentionsFor(article.text, PLACES), {
    geo: fakeGeo({ countries: COUNTRIES }),
  }).events.features.map(
    (f) =>
      `${f.properties.sub_event_type} @ ${f.properties.location} F${f.properties.fatalities} :: ${f.properties.evidence.text.slice(0, 24)}`,
  );

describe('front matter', () => {
  test("a caption's strike in a town of the body's region gives neither the place nor the evidence", () => {
    const a = capture('People inspect a house hit in an Israeli strike in Beit Zara. (AFP)', [
      'Israeli air strikes killed nine people across Wadi Sahel on Sunday, medics said.',
    ]);
    expect(brief(a)).toEqual(['Air/drone strike @ Wadi Sahel F9 :: Israeli air strikes kill']);
  });

  test('the same caption read as body text leads the event (the rule hangs on the front-matter mark)', () => {
    const a = capture('People inspect a house hit in an Israeli strike in Beit Zara. (AFP)', [
      'Israeli air strikes killed nine people across Wadi Sahel on Sunday, medics said.',
    ]);
    expect(brief({ ...a, front: undefined })).toEqual(['Air/drone strike @ Beit Zara F9 :: People inspect a house h']);
  });

  test('a caption at another town than the body names is another event', () => {
    const a = capture('People inspect a house hit in an Israeli strike in Beit Zara. (AFP)', [
      'Israeli air strikes killed nine people in Khirbet Nur on Sunday, medics said.',
    ]);
    expect(brief(a).map((l) => l.split(' :: ')[0])).toEqual([
      'Air/drone strike @ Beit Zara F0',
      'Air/drone strike @ Khirbet Nur F9',
    ]);
  });

  test("a caption's sub-type gives way to the body's for the same violent event", () => {
    const a = capture('Rescuers work at the site of a missile strike in Tal Hamra. (Reuters)', [
      'A ballistic missile struck the centre of Tal Hamra on Sunday, killing four people.',
    ]);
    expect(brief(a)).toEqual(['Shelling/artillery/missile attack @ Tal Hamra F4 :: A ballistic missile stru']);
  });

  test('a caption that tells what the body does not keeps its own event', () => {
    const a = capture('Soldiers patrol Tal Hamra after Israeli forces withdrew from the town in February. (AFP)', [
      'Israeli air strikes killed nine people in Khirbet Nur on Sunday, medics said.',
    ]);
    expect(brief(a).map((l) => l.split(' :: ')[0])).toEqual([
      'Non-violent transfer of territory @ Tal Hamra F0',
      'Air/drone strike @ Khirbet Nur F9',
    ]);
  });

  test('a highlight bullet repeating the lead joins it, and the lead gives the evidence', () => {
    const a = capture(
      'A view of Beit Zara. (AFP)',
      ['Israeli air strikes killed nine people in Khirbet Nur on Sunday, medics said.'],
      ['  • Strikes on Khirbet Nur kill nine, medics say'],
    );
    expect(brief(a)).toEqual(['Air/drone strike @ Khirbet Nur F9 :: Israeli air strikes kill']);
  });

  test('an archive photo\'s caption ("(AP/File)") gives no event', () => {
    const a = capture('Soldiers patrol Tal Hamra after Israeli forces withdrew from the town. (AP/File)', [
      'Israeli air strikes killed nine people in Khirbet Nur on Sunday, medics said.',
    ]);
    expect(brief(a).map((l) => l.split(' :: ')[0])).toEqual(['Air/drone strike @ Khirbet Nur F9']);
  });

  test("a highlight's town places a body event that names no place of its own (its sentence, naming the place, is the evidence)", () => {
    const a = capture(
      'A view of the coast. (AFP)',
      ['On Monday, Israeli warplanes struck the harbour again, the military said.'],
      ['  • Israel says it struck targets at Beit Zara'],
    );
    expect(brief(a)).toEqual(['Air/drone strike @ Beit Zara F0 :: Israel says it struck ta']);
  });
});
