// Rules found on two invented captures in the seed's shape (a Gaza truce-violation report, a West Bank settler attack
// with a raid): src/events/summary-lead.ts, where.ts, areas.ts, fatalities.ts and data/taxonomy.json.
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const events = (text: string, published = '2025-12-18') =>
  pipelineEvents(text, published, 'Report').map((e) => [e.sub_event_type, e.location, e.fatalities, e.date_start]);

describe('a killing lead told by details of several types', () => {
  it('gives the details, on the lead day, and drops the lead when they account for its toll', () => {
    const got = events(
      'Israeli fire killed three Palestinians in the Gaza Strip on Wednesday, health officials said. Two men were ' +
        'shot dead east of Khan Younis, according to a hospital. A third man was killed by an Israeli drone strike in ' +
        'Gaza City, the civil defense agency said.',
    );
    expect(got).toEqual([
      ['Attack', 'East of Khān Yūnis', 2, '2025-12-17'],
      ['Air/drone strike', 'Gaza', 1, '2025-12-17'],
    ]);
  });

  it('does not take an attack of another type elsewhere as part of a regional toll', () => {
    const got = events(
      'At least 12 soldiers were killed when fighters attacked a military convoy in South Waziristan. In Balochistan, ' +
        'separatists killed nine passengers near Kalat, police said.',
    );
    expect(got.map((e) => e[2])).toEqual([12, 9]);
  });
});

describe('places and types', () => {
  it('reads "east of the Bureij refugee camp in central Gaza" as east of the camp', () => {
    const got = events('Israeli tanks shelled areas east of the Bureij refugee camp in central Gaza on Monday.');
    expect(got.map((e) => e[1])).toEqual(['East of Al Burayj']);
  });

  it('codes settlers attacking a village and wounding people as an attack, and only burning as destruction', () => {
    const wounding = events(
      'Israeli settlers attacked the village of Al-Mughayyir on Sunday, wounding four Palestinians.',
    );
    const burning = events('Israeli settlers attacked the village of Al-Mughayyir on Sunday, setting fire to cars.');
    expect([wounding[0][0], burning[0][0]]).toEqual(['Attack', 'Looting/property destruction']);
  });

  it('codes a raid that only arrests people as arrests', () => {
    const got = events(
      'Israeli forces launched a raid in the city of Tubas early on Monday, arresting at least 12 people.',
    );
    expect(got.map((e) => e[0])).toEqual(['Arrests']);
  });

  it('counts "A 17-year-old Palestinian was shot dead" as one death', () => {
    const got = events('A 17-year-old Palestinian was shot dead by Israeli troops in the town of Tubas on Saturday.');
    expect(got.map((e) => e[2])).toEqual([1]);
  });

  it('reads a delegation meeting to discuss a phase of the truce as an agreement event', () => {
    const got = events(
      'In Cairo, a Hamas delegation met Egyptian intelligence officials on Tuesday to discuss the second phase of the truce.',
    );
    expect(got.map((e) => [e[0], e[1]])).toEqual([['Agreement', 'Cairo']]);
  });
});
