/**
 * Rules from the thirteenth hand review (six invented page captures in the seed's shape: strikes on south Lebanon,
 * Sweida clashes, drones on Kurdistan oil fields, Houthi and Israeli strikes, Gaza truce violations, border
 * smuggling). Invented sentences; the real pipeline where the rule needs the gazetteer, the unit where it does not.
 */
import { describe, expect, test } from 'vitest';
import { assignActors } from '../../src/events/actors.js';
import { countFatalities } from '../../src/events/fatalities.js';
import { relatedLinkSpans } from '../../src/events/related-links.js';
import { hasTrigger } from '../../src/events/taxonomy.js';
import { namesVictims } from '../../src/events/victim-reference.js';
import { capture, captureEvents, pipelineEvents } from './pipeline-helpers.js';

describe('related-links box (related-links.ts)', () => {
  test('headlines under a "Related" heading are other stories', () => {
    const text = 'Body ends here.\n\nRelated\nArmy says rebels shelled a market in Goma\nMore protests planned\n';
    expect(relatedLinkSpans(text).map((s) => s.text)).toEqual([
      'Army says rebels shelled a market in Goma',
      'More protests planned',
    ]);
  });
  test('a body line ending with a full stop closes the box', () => {
    expect(relatedLinkSpans('Read more\nTroops shelled Goma on Monday, officials said.\n')).toEqual([]);
  });
  test('a capture gives no event for a related headline', () => {
    const page = capture(
      'Drone strike hits car in Tyre',
      'Rescuers at the scene in Tyre. (AFP)',
      '10 March 2026',
      ['The driver was killed, the ministry said'],
      [
        'BEIRUT: An Israeli drone struck a car in Tyre on Tuesday, killing its driver, the health ministry said.',
        '',
        'Related',
        "Lebanon's army says it has seized Hezbollah arms near Jezzine",
      ],
    );
    expect(captureEvents(page).filter((e) => e.sub_event_type === 'Disrupted weapons use')).toEqual([]);
  });
});

describe('running tallies with a comma number (data/taxonomy.json, cumulative)', () => {
  test('"has carried out more than 2,300 strikes on X since April" is no event', () => {
    expect(hasTrigger('The coalition has carried out more than 2,300 strikes on Yemen since April')).toBe(false);
    expect(hasTrigger('The coalition carried out two strikes on Sanaa on Friday')).toBe(true);
  });
});

describe('the people a violent act claims to back (where-words.ts, SUPPORT_CAUSE)', () => {
  test('"in support of Palestinians in Gaza" does not place the missile launch in Gaza', () => {
    const ev = pipelineEvents(
      'SANAA: The Houthis said they fired a ballistic missile at the airport on Thursday in support of Palestinians in Gaza.',
      '2026-02-14',
    );
    expect(ev.length).toBeGreaterThan(0);
    expect(ev.filter((e) => e.country === 'Palestine')).toEqual([]);
  });
});

describe('the body toll beats a highlight total (build-event.ts)', () => {
  test('a strike told in the body keeps its own toll, not the headline sum over villages', () => {
    const page = capture(
      'Israeli strikes kill 7 in south Lebanon',
      'Smoke over south Lebanon. (AFP)',
      '17 March 2026',
      ['The ministry said seven people were killed in strikes on two villages'],
      [
        'BEIRUT: An Israeli strike on a house in Bint Jbeil killed five people on Monday, the health ministry said.',
        'Two more people were killed when a drone struck a motorcycle near Nabatieh on Monday, the ministry added.',
      ],
    );
    const bint = captureEvents(page).find((e) => /Jba/i.test(e.location));
    expect(bint?.fatalities).toBe(5);
  });
});

describe('naming the victims of an event told before (victim-reference.ts)', () => {
  test('"one of the men killed near X was a commander" refers back', () => {
    expect(namesVictims('one of the men killed near Nabatieh was a commander')).toBe(true);
    expect(namesVictims('among those killed was a journalist')).toBe(true);
    expect(namesVictims('gunmen killed two men near Nabatieh')).toBe(false);
  });
  test('it gives no second event', () => {
    const ev = pipelineEvents(
      'BEIRUT: An Israeli drone struck a car near Nabatieh on Monday, killing two men. The military said it had hit arms depots, and that one of the men killed near Nabatieh was a commander of the group.',
      '2026-03-17',
    );
    expect(ev).toHaveLength(1);
  });
});

describe('an undated group takes a statement day over a report week (group.ts, combineDates)', () => {
  test('a highlight without a day and "the army said on Tuesday that …" date the seizure on Tuesday', () => {
    const page = capture(
      'Army seizes arms on Sinai border',
      'Egyptian soldiers at a checkpoint. (AFP)',
      '12 March 2026',
      ["Egypt's army said it seized weapons and drugs in North Sinai"],
      ['CAIRO: The army said on Tuesday that border guards had seized weapons and drugs in North Sinai.'],
    );
    const ev = captureEvents(page).filter((e) => e.sub_event_type === 'Disrupted weapons use');
    expect(ev.map((e) => `${e.date_start}/${e.time_precision}`)).toEqual(['2026-03-10/1']);
  });
});

describe('where smugglers crossed from (context.ts, ORIGIN_BEFORE)', () => {
  test('"as they tried to cross from Syria" is not where the clash happened', () => {
    const ev = pipelineEvents(
      'AMMAN: Jordanian border guards killed four smugglers on Thursday as they tried to cross from Syria with drugs, the army said.',
      '2026-01-16',
    );
    expect(ev.map((e) => e.country)).toEqual(['Jordan']);
  });
});

describe('references to a standing truce (data/taxonomy.json, agreement not)', () => {
  test('"under the US-brokered ceasefire" and "since the truce began" tell no agreement', () => {
    expect(hasTrigger('as deliveries rose under the US-brokered ceasefire')).toBe(false);
    expect(hasTrigger('the most trucks since the truce began on March 2')).toBe(false);
    expect(hasTrigger('Qatar and Egypt brokered a ceasefire on Sunday')).toBe(true);
    expect(hasTrigger('The truce began on Sunday at dawn')).toBe(true);
  });
});

describe('one named victim of other trades (fatalities.ts, SINGULAR)', () => {
  test('"killing a migrant" counts one', () => {
    expect(countFatalities('Border guards shelled the village on Saturday, killing a migrant.')).toBe(1);
    expect(countFatalities('The shelling killed a fisherman and wounded two.')).toBe(1);
  });
});

describe('a "by" agent past a comma belongs to another noun (actors.ts)', () => {
  test('"Israeli jets struck X, a day after a missile fired by the Houthis" keeps Israel as actor1', () => {
    const text = 'Israeli jets struck the port, a day after a missile fired by the Houthis landed near the airport';
    const ti = text.indexOf('jets struck');
    const hits = [{ name: 'Houthis', index: text.indexOf('Houthis'), length: 7 }];
    const modifier = { name: 'Military Forces of Israel', index: 0, length: 7 };
    expect(assignActors(text, ti, hits, false, modifier).actor1).toBe('Military Forces of Israel');
    // Without a comma the "by" agent is the trigger's own.
    const passive = 'the port was struck by the Houthis';
    const h2 = [{ name: 'Houthis', index: passive.indexOf('Houthis'), length: 7 }];
    expect(assignActors(passive, passive.indexOf('struck'), h2, false, null).actor1).toBe('Houthis');
  });
});

describe('history recalled for comparison (recalled.ts)', () => {
  test('"revived memories of the killings in March, when …" gives no event; the report\'s own event stays', () => {
    const ev = pipelineEvents(
      'DAMASCUS: Gunmen attacked a checkpoint in Jableh on Sunday, killing two policemen. The attack revived memories of the violence on the coast in March, when more than 900 people were killed in Latakia province after an insurgent attack on security forces.',
      '2026-07-14',
    );
    expect(ev.filter((e) => e.date_start.startsWith('2026-03'))).toEqual([]);
    expect(ev.filter((e) => e.date_start === '2026-07-12')).toHaveLength(1);
  });
});

describe('a section heading is no evidence (build-event.ts)', () => {
  test('the body sentence under "Arrests in Kirkuk" is the evidence', () => {
    const page = capture(
      'Drone hits oil field in Kurdistan',
      'A storage tank burns. (AFP)',
      '21 July 2026',
      ['Police in Kirkuk detained five suspects'],
      [
        'ERBIL: A drone struck an oil field near Zakho on Monday, officials said.',
        '',
        'Arrests in Kirkuk',
        '',
        'Iraqi security forces arrested five men in Kirkuk on Sunday, the counterterrorism service said.',
      ],
    );
    const arrest = captureEvents(page).find((e) => e.sub_event_type === 'Arrests');
    expect(arrest?.evidence.text).toMatch(/^Iraqi security forces arrested/);
  });
});
