// Rules from an invented Gaza page (fifteenth session): "in the south" / "in the north of the territory" of a story
// set in a country made of separate pieces is that side of the piece holding the story's focus (home-part.ts, used by
// areas.ts); the army "looking into reports of civilian casualties" is no event (data/taxonomy.json kill `not`).
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const LEAD = 'GAZA CITY: Israeli strikes killed 20 people across Gaza on Thursday. ';
const events = (text: string) =>
  pipelineEvents(text, '2026-01-22').map((e) => ({ type: e.sub_event_type, location: e.location, lon: e.longitude }));

describe('a side of a territory in pieces', () => {
  it('"in the south" of a Gaza story is the south of the Gaza Strip, not of the West Bank and Gaza together', () => {
    const e = events(`${LEAD}Troops fired on crowds waiting for aid in the south on Thursday, wounding 12.`).find(
      (x) => x.type === 'Attack',
    );
    expect(e?.location).toBe('Southern Gaza Strip');
    expect(e?.lon).toBeLessThan(34.6); // the West Bank lies east of 34.88
  });
  it('"in the north of the territory" is read like "in the north"', () => {
    const e = events(`${LEAD}Troops fired on crowds waiting for aid in the north of the territory on Thursday.`).find(
      (x) => x.type === 'Attack',
    );
    expect(e?.location).toBe('Northern Gaza Strip');
  });
  it('a country in one piece keeps its name ("in the south of the country" in a Lebanon story)', () => {
    const got = events('BEIRUT: Israeli drones struck a car in the south of the country on Thursday, killing two.');
    expect(got.map((e) => e.location)).toEqual(['Southern Lebanon']);
  });
});

describe('an inquiry into reports of casualties', () => {
  it('"looking into reports of civilian casualties" is no attack', () => {
    const got = events(
      `${LEAD}The military said its forces struck militants who approached troops in the north on Thursday, and that ` +
        'it was looking into reports of civilian casualties.',
    );
    expect(got.map((e) => e.type)).not.toContain('Attack');
  });
});
