// Events twenty-first session: the known-wrong list of the twentieth and causes found on ten invented wire pages,
// each told here in other invented sentences (docs/taxonomy.md, "Twenty-first session: events review").
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const run = (text: string, published = '2025-10-22') => pipelineEvents(text, published);
const roles = (text: string) => run(text).map((e) => [e.sub_event_type, e.actor1, e.actor2]);

describe('a group claiming the attack leads over the group it is linked to (actors.ts, follow-ups.ts)', () => {
  it('"…, claimed by JNIM, an al Qaeda-linked group" in a later sentence names the attacker', () => {
    const got = roles(
      'Militants killed 12 soldiers in an attack on a military base in Diapaga on Sunday, the army said. The attack, claimed by JNIM, an al Qaeda-linked group, was the deadliest this month.',
    );
    expect(got).toEqual([
      ['Armed clash', 'JNIM: Jamaat Nusrat al-Islam wal-Muslimin', 'Military Forces of Burkina Faso'],
    ]);
  });

  it('"an attack … that was claimed by JNIM, an al Qaeda-linked group": JNIM against the soldiers', () => {
    const got = roles(
      'Gunmen killed 12 soldiers on Sunday in an attack on a base in Diapaga that was claimed by JNIM, an al Qaeda-linked group.',
    );
    expect(got).toEqual([
      ['Armed clash', 'JNIM: Jamaat Nusrat al-Islam wal-Muslimin', 'Military Forces of Burkina Faso'],
    ]);
  });
});

describe('coordinated victim counts add up (fatalities.ts)', () => {
  it('"Two soldiers and two porters were killed": four', () => {
    const got = run(
      'Two soldiers and two porters were killed when rebels ambushed an army patrol near Bunia on Sunday.',
    );
    expect(got.map((e) => e.fatalities)).toEqual([4]);
  });

  it('"killing two soldiers and three porters": five; "five people and 40 cattle": five', () => {
    expect(
      run('Rebels ambushed an army patrol near Bunia on Sunday, killing two soldiers and three porters.')[0]
        ?.fatalities,
    ).toBe(5);
    expect(
      run('Rebels attacked a village near Bunia on Sunday, killing five people and 40 cattle.')[0]?.fatalities,
    ).toBe(5);
  });
});

describe('where protests spread to, and follow-ups of the same protest day (cue-walk.ts, continued-date.ts)', () => {
  it('"…, and the protests spread to Mombasa and Kisumu": one protest in each, on the lead\'s Tuesday', () => {
    const got = run(
      'Thousands of protesters marched in Nairobi on Tuesday against police brutality, and the protests spread to Mombasa and Kisumu.',
      '2025-07-10',
    );
    expect(got.map((e) => [e.event_type, e.location, e.date_start, e.time_precision]).sort()).toEqual([
      ['Protests', 'Kisumu', '2025-07-08', 1],
      ['Protests', 'Mombasa', '2025-07-08', 1],
      ['Protests', 'Nairobi', '2025-07-08', 1],
    ]);
  });

  it('"In Nakuru, a man was shot dead by police during the protests": the lead\'s day', () => {
    const got = run(
      'Police fired tear gas at thousands of protesters in Nairobi on Tuesday. In Nakuru, a man was shot dead by police during the protests, a rights group said.',
      '2025-07-10',
    );
    expect(got.map((e) => [e.location, e.date_start, e.time_precision])).toEqual([
      ['Nairobi', '2025-07-08', 1],
      ['Nakuru', '2025-07-08', 1],
    ]);
  });
});
