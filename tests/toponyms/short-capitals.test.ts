// A three-letter provincial capital after a cue word is a place ("near Jos", "in Kut"); an obscure three-letter name
// after a cue word is not (twelfth session).
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';

const gaz = loadGazetteer();
const names = (text: string) => geoparse(text, gaz).map((m) => `${m.text} ${m.place?.countryCode ?? '-'}`);

describe('three-letter provincial capitals after a cue word (single.ts SHORT_MIN_PRIOR)', () => {
  it('"near Jos" is the capital of Plateau state', () => {
    expect(names('Gunmen stabbed three farmers to death near Jos on Sunday.')).toEqual(['Jos NG']);
  });
  it('"in Kut" is the Iraqi city', () => {
    expect(names('Protesters blocked a bridge in Kut on Monday.')).toEqual(['Kut IQ']);
  });
  it('"over Kut" is the Iraqi city (fourteenth session)', () => {
    expect(names('Drones were seen flying over Kut.')).toEqual(['Kut IQ']);
  });
  it('a small three-letter town after a cue word stays unread', () => {
    expect(names('The band played in Apo on Friday night.')).toEqual([]);
  });
});
