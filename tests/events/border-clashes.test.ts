// Clashes between two states' forces "at the border" (twenty-first session): the clause names the two countries only
// by demonyms, so the event had no place at all; it is now on the border between them (border-between.ts), on the
// side of the story's dateline or focus. "Traded fire" is a clash like "exchanged fire" (taxonomy.json), and any
// demonym the recognizer knows names a state's forces ("Thai and Cambodian troops": actors.ts DEMONYM_OF).
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const run = (text: string, published = '2025-10-20') => pipelineEvents(text, published);

describe('a clash at the border between the two countries the clause names', () => {
  it('"Pakistani and Afghan forces exchanged fire at the border": Afghanistan\'s side (the Kabul dateline)', () => {
    const es = run(
      'KABUL, Oct 19 (Reuters) - Pakistani and Afghan forces exchanged fire at the border on Sunday, officials said, killing two soldiers.',
    );
    expect(es.map((e) => [e.sub_event_type, e.location, e.geo_precision, e.date_start, e.fatalities])).toEqual([
      ['Armed clash', 'Afghanistan border area with Pakistan', 2, '2025-10-19', 2],
    ]);
    expect(es[0].area?.type).toMatch(/Polygon/);
  });

  it('a crossing the gazetteer lacks ("the Torkham border crossing") is on that border too', () => {
    const es = run(
      'Pakistani and Afghan forces exchanged fire at the Torkham border crossing on Sunday, killing two soldiers.',
    );
    expect(es.map((e) => [e.location, e.actor1, e.actor2])).toEqual([
      ['Pakistan border area with Afghanistan', 'Military Forces of Pakistan', 'Military Forces of Afghanistan'],
    ]);
  });

  it('"Thai and Cambodian troops clashed along the disputed border": both armies, on the border', () => {
    const es = run('Thai and Cambodian troops clashed along the disputed border on Thursday.');
    expect(es.map((e) => [e.location, e.actor1, e.actor2])).toEqual([
      ['Thailand border area with Cambodia', 'Military Forces of Thailand', 'Military Forces of Cambodia'],
    ]);
  });

  it('a named place in the clause still wins over the border', () => {
    const es = run('Indian and Pakistani troops exchanged fire along the border near Poonch on Friday.');
    expect(es.map((e) => e.location)).toEqual(['Pūnch']);
  });

  it('one country only: no border area is guessed', () => {
    const es = run('Iranian border guards clashed with smugglers at the border on Monday.');
    expect(es.map((e) => e.location)).toEqual([]);
  });
});

describe('"traded fire"', () => {
  it('"Indian and Pakistani troops traded fire … in Kashmir": an armed clash between the two armies', () => {
    const es = run('Indian and Pakistani troops traded fire across the Line of Control in Kashmir on Friday.');
    expect(es.map((e) => [e.sub_event_type, e.actor1, e.actor2])).toEqual([
      ['Armed clash', 'Military Forces of India', 'Military Forces of Pakistan'],
    ]);
  });

  it('"police and gunmen were exchanging gunfire": a clash', () => {
    const es = run('Police and gunmen were exchanging gunfire in Culiacan on Monday night.');
    expect(es.map((e) => [e.sub_event_type, e.location])).toEqual([['Armed clash', 'Culiacán']]);
  });

  it('"the two sides traded barbs" is no clash', () => {
    expect(run('The two sides traded barbs in Geneva on Monday.')).toEqual([]);
  });
});
