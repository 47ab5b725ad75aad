// "X province, near Y" and "the Y Valley, near the town of Z" (src/events/where.ts): a relation word after the comma
// makes the second name a reference point, not the first name's container; after a region, the town it names is the
// finer place of the event. Invented sentences.
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const placed = (text: string) => pipelineEvents(text, '2025-11-26').map((e) => [e.location, e.geo_precision]);

describe('a place, then a relation word and another place', () => {
  it('"in Anbar province, near Rutba" is near Rutba, not no place at all', () => {
    expect(placed('On Tuesday, gunmen attacked a convoy in Anbar province, near the town of Rutba.')).toEqual([
      ['Ar Ruţbah', 2],
    ]);
  });

  it('"in the Bekaa Valley, near the town of Baalbek" is near Baalbek', () => {
    expect(
      placed('On Tuesday, Israeli jets struck weapons depots in the Bekaa Valley, near the town of Baalbek.'),
    ).toEqual([['Baalbek', 2]]);
  });

  it('a town, near another town, stays the first town', () => {
    expect(placed('On Tuesday, a strike hit the Nuseirat refugee camp, near Deir al-Balah.')).toEqual([
      ['An Nuşayrāt', 1],
    ]);
  });
});
