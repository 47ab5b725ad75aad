// "Damascus's Umayyad Square", "Beirut's Rafic Hariri airport": a site a place holds, written after the place's
// possessive, is named from the possessive on; the place before it stays a place (src/toponyms/people.ts,
// classifyRun). Before, the whole run was one organisation and the rally in the square had no place.
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from '../events/pipeline-helpers.js';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';

const gaz = loadGazetteer();
const roles = (text: string) => geoparse(text, gaz).map((m) => `${m.text}:${m.role}`);

describe('a site after a possessive place', () => {
  it('keeps the city before a square a place', () => {
    expect(roles("Crowds gathered in Cairo's Tahrir Square on Friday.")).toEqual(['Cairo:place']);
  });

  it('keeps the city before an airport a place', () => {
    expect(roles("Flights resumed at Beirut's Rafic Hariri International Airport.")).toContain('Beirut:place');
  });

  it('still reads a street named after a country as part of the street', () => {
    expect(roles("A car bomb exploded on Baghdad's Palestine Street.")).toEqual([
      'Baghdad:place',
      'Palestine:in_organisation',
    ]);
  });

  it('places a rally in the square in its city', () => {
    const got = pipelineEvents("Hundreds of people rallied in Damascus's Umayyad Square on Saturday.", '2026-03-09');
    expect(got.map((e) => [e.sub_event_type, e.location])).toEqual([['Peaceful protest', 'Damascus']]);
  });
});
