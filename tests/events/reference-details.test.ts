// Details a report adds about one strike or clash: a camp located near a city, a toll of a named victim and others,
// and a reference back that names the neighbourhood (src/events/where.ts, fatalities.ts, group.ts).
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const events = (text: string) =>
  pipelineEvents(text, '2025-11-24', 'Strike in Beirut').map((e) => [e.location, e.fatalities]);

describe('details of one event', () => {
  it('reads "the X refugee camp near Y" as the camp only', () => {
    const got = events(
      'In the Ain Al-Hilweh Palestinian refugee camp near Sidon, clashes between rival factions on Saturday night ' +
        'left one man dead, a security source said.',
    );
    expect(got).toEqual([['Ein el-Hilweh', 1]]);
  });

  it('counts "a commander and four other people" as five', () => {
    const got = events(
      'An Israeli strike on a building in Tyre on Sunday killed a senior commander and four other people.',
    );
    expect(got).toEqual([['Tyre', 5]]);
  });

  it('counts "a soldier and two civilians" as three, and "wounded two" not at all', () => {
    expect(events('Gunmen killed a soldier and two civilians in Tyre on Sunday.')).toEqual([['Tyre', 3]]);
    expect(events('Gunmen killed a soldier and wounded two civilians in Tyre on Sunday.')).toEqual([['Tyre', 1]]);
  });

  it('joins a reference back naming the neighbourhood to the strike, at the finer place', () => {
    const got = events(
      "An Israeli strike on a building in Beirut's southern suburbs on Sunday killed a commander and four other " +
        'people, the health ministry said. The Israeli military said it had "eliminated" a senior commander in the ' +
        'strike on the Haret Hreik neighborhood.',
    );
    expect(got).toEqual([['Haret Hreïk', 5]]);
  });
});

describe('an attack on a checkpoint of the security forces', () => {
  const typed = (text: string) =>
    pipelineEvents(text, '2026-03-09', 'Attack near Jableh').map((e) => [e.sub_event_type, e.actor2]);

  it('is an armed clash with the forces, not an attack on civilians', () => {
    const got = typed(
      'Unidentified gunmen opened fire on a checkpoint of the General Security forces near the town of Jableh late ' +
        'on Saturday, killing two members, the interior ministry said.',
    );
    expect(got).toEqual([['Armed clash', 'Police Forces of Syria']]);
  });

  it('keeps gunmen firing on a bus an attack on civilians', () => {
    const got = typed('Gunmen opened fire on a bus near Jableh on Saturday, killing two members of one family.');
    expect(got).toEqual([['Attack', 'Civilians (Syria)']]);
  });
});
