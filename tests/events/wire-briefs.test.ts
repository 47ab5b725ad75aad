// Rules from short wire briefs of the twentieth session (Red Sea shipping, the Sahel, south Lebanon): a missile
// "fired by X struck" a ship is a missile attack (taxonomy.json); "claimed the attack in a statement from Sanaa" names
// where the statement came from, not a place of the attack (exclusion.ts STATEMENT_FROM); "the British military's
// UKMTO centre said" reports, it is no party (roles.ts SPEAKS_AFTER); "fighters linked to al Qaeda" are that group's
// fighters, not a second, unidentified party (actors.ts MEMBER_GAP).
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const run = (text: string, published = '2025-10-16') => pipelineEvents(text, published);

describe('a missile fired by someone that struck something', () => {
  it('"A missile fired by Houthi rebels struck a cargo ship off the port of Mocha on Monday"', () => {
    const es = run('A missile fired by Houthi rebels struck a cargo ship off the port of Mocha on Monday.');
    expect(es.map((e) => [e.sub_event_type, e.location, e.date_start, e.actor1])).toEqual([
      ['Shelling/artillery/missile attack', 'Mocha', '2025-10-13', 'Houthis'],
    ]);
  });
});

describe('where a statement was issued', () => {
  it('"claimed the attack in a statement from Sanaa" adds no event at Sanaa', () => {
    const es = run(
      'A Houthi missile struck a cargo ship off the port of Mocha on Monday. The Houthis claimed the attack in a statement from Sanaa.',
    );
    expect(es.map((e) => e.location)).toEqual(['Mocha']);
  });

  it('a protest in the same city is still an event there', () => {
    expect(run('Protesters rallied in Sanaa on Friday.').map((e) => e.location)).toEqual(['Sanaa']);
  });
});

describe('a reporting centre is no party', () => {
  it('"…, the British military\'s UKMTO centre said": no British actor', () => {
    const [e] = run(
      "A missile struck a cargo ship off the port of Mocha on Monday, the British military's UKMTO centre said.",
    );
    expect([e.actor1, e.actor2]).toEqual(['', '']);
  });
});

describe('fighters linked to a named group', () => {
  it('"Jihadist fighters linked to al Qaeda attacked an army post": al Qaeda against the army', () => {
    const [e] = run(
      'Jihadist fighters linked to al Qaeda attacked an army post near Djibo in northern Burkina Faso on Sunday, killing at least 20 soldiers.',
    );
    expect([e.actor1, e.actor2, e.fatalities]).toEqual(['Al Qaeda', 'Military Forces of Burkina Faso', 20]);
  });
});

describe('where drones were launched from', () => {
  it('"drones launched from Russia\'s Kursk region" is no event in Kursk', () => {
    const es = run(
      "Russian drones struck energy facilities in the Poltava region overnight, officials said on Friday. Ukraine's air force said it had shot down 45 of 60 drones launched from Russia's Kursk region.",
    );
    expect(es.map((e) => e.location)).toEqual(['Poltava']);
  });
});

describe('a claim of several attacks, and fighters linked to a group', () => {
  it('"JNIM claimed the attacks" names the unidentified attackers', () => {
    const [e] = run(
      'Militants attacked an army post near Djibo on Sunday, killing 20 soldiers. JNIM claimed the attacks in a statement.',
    );
    expect(e.actor1).toBe('JNIM: Jamaat Nusrat al-Islam wal-Muslimin');
  });

  it('"Al Qaeda-linked fighters attacked an army post": al Qaeda attacks', () => {
    const [e] = run('Al Qaeda-linked fighters attacked an army post near Djibo on Sunday, killing 20 soldiers.');
    expect([e.actor1, e.actor2]).toEqual(['Al Qaeda', 'Military Forces of Burkina Faso']);
  });
});
