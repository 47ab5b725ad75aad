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
  it('"Jihadist fighters linked to al Qaeda attacked an army post": al Qaeda (its Sahel branch) against the army', () => {
    const [e] = run(
      'Jihadist fighters linked to al Qaeda attacked an army post near Djibo in northern Burkina Faso on Sunday, killing at least 20 soldiers.',
    );
    // Al Qaeda's branch in Burkina Faso is JNIM (is-province.ts, twenty-fifth session).
    expect([e.actor1, e.actor2, e.fatalities]).toEqual([
      'JNIM: Jamaat Nusrat al-Islam wal-Muslimin',
      'Military Forces of Burkina Faso',
      20,
    ]);
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

  it('"Al Qaeda-linked fighters attacked an army post": al Qaeda (its Sahel branch) attacks', () => {
    const [e] = run('Al Qaeda-linked fighters attacked an army post near Djibo on Sunday, killing 20 soldiers.');
    expect([e.actor1, e.actor2]).toEqual([
      'JNIM: Jamaat Nusrat al-Islam wal-Muslimin',
      'Military Forces of Burkina Faso',
    ]);
  });
});

describe('a gang attack told in the headline and the lead', () => {
  const text = [
    "Gang attack kills 15 in Haiti's Artibonite",
    '',
    "Members of the Gran Grif gang killed at least 15 people, including a police officer, in an attack on the town of Pont-Sonde in Haiti's Artibonite department early on Thursday, local authorities said.",
  ].join('\n');

  it('one event: the gang attacked civilians (the police officer is among the dead, not the attacker)', () => {
    const es = run(text);
    expect(es.map((e) => [e.sub_event_type, e.actor1, e.actor2, e.fatalities])).toEqual([
      // The gang is named in the lead (data/actors.json since the twenty-third session): the headline's unidentified
      // gang with the same toll is the same attack (front-sides.ts sameTollRetold).
      ['Attack', 'Gran Grif', 'Civilians (Haiti)', 15],
    ]);
  });

  it('two tolls of the same attacker that differ stay two events', () => {
    const es = run(
      'Gunmen killed five people in an attack in Saint-Marc in Haiti on Monday. Gunmen killed three people in Gonaives in Haiti on Tuesday.',
    );
    expect(es.length).toBe(2);
  });
});

describe('days counted from a statement or from the event told before', () => {
  it('"said on Wednesday it had killed … in a strike … the previous day" is Tuesday, and one event with the toll', () => {
    const es = run(
      "The Israeli military said on Wednesday it had killed a Hezbollah commander in a strike in the southern Lebanese town of Nabatieh the previous day. Lebanon's health ministry said the strike on Tuesday killed two people.",
      '2025-10-17',
    );
    expect(es.map((e) => [e.location, e.date_start, e.date_end])).toEqual([['Nabatieh', '2025-10-14', '2025-10-14']]);
  });

  it('"The attack came three days after clashes in X" dates the clashes three days before the attack', () => {
    const es = run(
      'Gunmen ambushed a security patrol near Jableh on Thursday night, killing four officers. The attack came three days after clashes in Latakia left at least nine dead.',
      '2025-10-17',
    );
    expect(es.find((e) => e.location === 'Latakia')?.date_start).toBe('2025-10-13');
  });
});
