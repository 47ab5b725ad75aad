/**
 * Rules from the seventeenth hand review (eight invented pages from Yemen, Iraq, north-east Syria, south Lebanon,
 * Libya, Sudan, Somalia and the West Bank, told with references back and background paragraphs). Invented sentences;
 * the real pipeline where the rule needs the gazetteer, the unit where it does not.
 */
import { describe, expect, test } from 'vitest';
import { dateCandidates, resolveDate } from '../../src/dates/resolve-date.js';
import type { EventProperties } from '../../src/types.js';
import { pipelineEvents } from './pipeline-helpers.js';

const days = (text: string, published: string, anchor?: string) =>
  dateCandidates(text, published, { anchor }).map((c) => `${c.start}..${c.end}`);
const line = (e: EventProperties) => `${e.sub_event_type} @ ${e.location} ${e.date_start}..${e.date_end}`;

describe('a time of day is no new anchor (detect-events.ts, resolve-date.ts movesAnchor)', () => {
  test('"shortly after dawn" in the next sentence keeps Monday as the day "two days earlier" counts from', () => {
    const events = pipelineEvents(
      'Gunmen stormed an aid office in Taiz on Monday and detained three staff, officials said. They searched the building shortly after dawn. Two days earlier, gunmen attacked an army post in Marib, killing two soldiers.',
      '2026-02-12',
    );
    const marib = events.find((e) => e.location.includes('rib'));
    expect(marib?.date_start).toBe('2026-02-07');
  });
});

describe('day phrases chained to the event told before (anchored-phrases.ts)', () => {
  test('"the following morning" is the day after the anchor', () => {
    expect(days('The following morning, a drone hit a depot.', '2026-02-12', '2026-02-08')).toEqual([
      '2026-02-09..2026-02-09',
    ]);
  });
  test('"hours later" and "the same day" are the anchor day, and nothing without an anchor', () => {
    expect(days('Hours later, jets struck a bridge.', '2026-02-12', '2026-02-08')).toEqual(['2026-02-08..2026-02-08']);
    expect(days('Troops shelled the hill the same day.', '2026-02-12', '2026-02-09')).toEqual([
      '2026-02-09..2026-02-09',
    ]);
    expect(days('Hours later, jets struck a bridge.', '2026-02-12')).toEqual([]);
  });
  test('a next-day phrase never runs past publication', () => {
    expect(days('The following night, a drone hit a depot.', '2026-02-12', '2026-02-12')).toEqual([]);
  });
  test('in an article: a strike "the following morning" after a Tuesday raid is dated Wednesday', () => {
    const events = pipelineEvents(
      'Soldiers raided a village near Nablus on Tuesday and arrested six men, the army said. The following morning, settlers set fire to two cars in Huwara, residents said.',
      '2026-03-06',
    );
    expect(events.map(line)).toContain('Looting/property destruction @ Ḩuwwārah 2026-03-04..2026-03-04');
  });
});

describe('seasons (seasons.ts)', () => {
  test('"last summer" is the latest June–August over by publication', () => {
    expect(days('Last summer, the group shelled the port.', '2026-02-12')).toEqual(['2025-06-01..2025-08-31']);
    expect(days('Last summer, the group shelled the port.', '2026-09-20')).toEqual(['2026-06-01..2026-08-31']);
  });
  test('"last winter" spans December to February', () => {
    expect(days('Last winter the militia fired rockets.', '2026-11-02')).toEqual(['2025-12-01..2026-02-28']);
  });
  test('"this spring" is cut at publication', () => {
    expect(resolveDate('This spring the army retook the town.', '2026-04-10')).toMatchObject({
      date_start: '2026-03-01',
      date_end: '2026-04-10',
      time_precision: 3,
    });
  });
});

describe('background with no place of its own borrows no focus (build-event.ts)', () => {
  test('"Clashes in March killed dozens" in an October report is no event at the article focus', () => {
    const events = pipelineEvents(
      'A drone struck a checkpoint near Qamishli on Sunday, killing two fighters, the group said.\nThe same day, gunmen attacked a post east of Raqqa, killing a guard.\nIn 2019, Turkish forces seized Ras al-Ain. Clashes in March killed dozens on both sides.\nThe group has held Raqqa since 2017.',
      '2026-10-20',
    );
    expect(events.some((e) => e.date_start.startsWith('2026-03'))).toBe(false);
    expect(events.length).toBeGreaterThan(0);
  });
  test('a recent undated event still takes the focus', () => {
    const events = pipelineEvents(
      'A drone struck a checkpoint near Qamishli on Sunday, killing two fighters. Later, gunmen killed a guard.',
      '2026-10-20',
    );
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.location.includes('Qāmishlī'))).toBe(true);
  });
});

describe('a season-long period over before the report is background (build-event.ts)', () => {
  test('"Last summer, the group seized several towns in Middle Shabelle" is no event', () => {
    const events = pipelineEvents(
      'Last summer, the militants seized several towns in Hiran, including Bulo Burte.',
      '2026-10-22',
    );
    expect(events).toEqual([]);
  });
});

describe('a recalled period carries to the next sentence (recalled-date.ts)', () => {
  test('"In July the group sank two ships. Israel has answered with strikes on Hodeidah" is no report-week event', () => {
    const events = pipelineEvents(
      'Jets struck a fuel depot in Sanaa on Monday, the rebels said. In July the rebels sank two cargo ships off the coast. Israel has answered with air strikes on Hodeidah port.',
      '2026-11-12',
    );
    expect(events.some((e) => e.date_start.startsWith('2026-11'))).toBe(true);
    expect(events.some((e) => e.location.includes('udaydah') && e.date_end >= '2026-11-01')).toBe(false);
  });
  test("the sentence before must open with the period: a relative clause's year does not carry", () => {
    const events = pipelineEvents(
      'In the Kursk region, where troops crossed the border in August 2024, the governor spoke on Monday. Moscow said its air defences had downed 30 drones over the Belgorod region.',
      '2026-11-12',
    );
    expect(events.some((e) => e.sub_event_type === 'Disrupted weapons use')).toBe(true);
  });
  test('"The war began in April 2023 when … fighting in Khartoum" is background, not the day told before', () => {
    const events = pipelineEvents(
      'Two days earlier, the army said it repelled an assault on El Fasher. The war began in April 2023 when a feud between the generals exploded into fighting in Khartoum.',
      '2026-09-08',
    );
    expect(events.some((e) => e.location === 'Khartoum')).toBe(false);
  });
});
