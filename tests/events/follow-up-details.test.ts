// Rules from an invented north-east Syria page (fourteenth session): the object of "killed five members of the X" is
// the target (roles.ts OBJECT_TAIL); "The gunmen, riding motorcycles, opened fire" is the group told before
// (reference-actor.ts); arrests "in nearby villages" are near the place told before (implicit-places.ts ANAPHOR); a
// force dispersing a protest in the next sentence makes it a Protest with intervention (protest-followup.ts).
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const run = (text: string) =>
  pipelineEvents(text, '2026-03-09', 'Syria report').map((e) => [
    e.sub_event_type,
    e.location,
    e.actor1,
    e.actor2,
    e.geo_precision,
  ]);

describe('details told after the event', () => {
  it('"militants killed five members of the Kurdish-led X in an attack": the militants attacked X', () => {
    const got = run(
      'Daesh militants killed four members of the Kurdish-led Syrian Democratic Forces in an attack on a ' +
        'checkpoint in Busayrah on Sunday.',
    );
    expect(got).toEqual([['Armed clash', 'Al Buşayrah', 'Islamic State', 'Syrian Democratic Forces', 1]]);
  });

  it('"The gunmen, riding motorcycles, opened fire" takes the group named in the event before', () => {
    const got = run(
      'Al-Shabab fighters killed three soldiers in an attack in southern Somalia on Sunday, the army said. The ' +
        'gunmen, riding pickups, opened fire on a checkpoint near the town of Afgoye before dawn.',
    );
    expect(got.map((e) => e[2])).toEqual(['Al Shabaab']);
  });

  it('arrests "in nearby villages" after an attack are near its town', () => {
    const got = run(
      'Gunmen killed two policemen at a checkpoint near the town of Salamiyah on Sunday. Security forces launched a ' +
        'search operation in nearby villages and detained four suspects.',
    );
    expect(got).toContainEqual(['Arrests', 'As Salamīyah', 'Police Forces of Syria', '', 2]);
  });

  it("a force dispersing the crowd in the next sentence is the protest's intervention", () => {
    const got = run(
      'Hundreds of people protested in Qamishli on Saturday against power cuts, witnesses said. Security forces ' +
        'fired into the air to disperse the crowd.',
    );
    expect(got).toEqual([['Protest with intervention', 'Al Qāmishlī', 'Protesters (Syria)', expect.any(String), 1]]);
    expect(got[0][3]).not.toBe('');
  });

  it("a next sentence with its own place and day is another scene, not the protest's intervention", () => {
    const got = run(
      'Hundreds of people protested in Qamishli against power cuts, witnesses said. Farmers drove tractors into ' +
        "Hasakah on Saturday, and police fired tear gas near the governor's office.",
    );
    expect(got.find((e) => e[1] === 'Al Qāmishlī')?.[0]).toBe('Peaceful protest');
  });
});
