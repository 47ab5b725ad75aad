// Rules from four invented pages of the eighteenth session (south Lebanon strikes, Sweida clashes, an Iraq raid, a
// West Bank and Gaza day): a concession after the event ("despite the ceasefire that took effect on October 10")
// names something else, so its date is not the event's (relative-asides.ts CONCESSION).
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const run = (text: string, published = '2025-11-18') => pipelineEvents(text, published);

describe('a concession names something else', () => {
  it('"…killed four, despite the ceasefire that took effect on October 10": the strike is not dated October 10', () => {
    const [e] = run(
      'An Israeli airstrike on a tent in Khan Younis killed four people, the civil defence agency said, despite the ceasefire that took effect on October 10.',
    );
    expect(e.sub_event_type).toBe('Air/drone strike');
    expect(e.date_end).toBe('2025-11-18');
    expect(e.date_start > '2025-10-10').toBe(true);
  });

  it('"in violation of the truce agreed on Nov. 27": the strike keeps its own day', () => {
    const [e] = run(
      'Israeli jets struck a house in Kfar Kila on Monday in violation of the truce agreed on Nov. 27, 2024.',
    );
    expect([e.date_start, e.date_end]).toEqual(['2025-11-17', '2025-11-17']);
  });
});

describe('what a protest is about is no part of how it went (grievances.ts)', () => {
  it('"demanding an investigation into violence in July that killed hundreds": a peaceful protest, no toll', () => {
    const [e] = run(
      'Hundreds of people protested in Sweida city on Saturday, demanding an international investigation into violence in July that killed hundreds.',
      '2025-10-22',
    );
    expect([e.sub_event_type, e.fatalities, e.date_start]).toEqual(['Peaceful protest', 0, '2025-10-18']);
  });

  it('"rallied … against the killing of 12 demonstrators": the rally is peaceful', () => {
    const got = run(
      'Thousands rallied in Khartoum on Sunday against the killing of 12 demonstrators by security forces last week.',
      '2025-11-17',
    );
    expect(got.map((e) => [e.sub_event_type, e.fatalities])).toContainEqual(['Peaceful protest', 0]);
    expect(got.some((e) => e.sub_event_type === 'Excessive force against protesters')).toBe(false);
  });

  it('a toll after the grievance and a comma stays the protest\'s: "demanding …, killing three"', () => {
    const [e] = run(
      'Police opened fire on protesters demanding the release of detainees in Khartoum on Sunday, killing three.',
      '2025-11-17',
    );
    expect([e.sub_event_type, e.fatalities]).toEqual(['Excessive force against protesters', 3]);
  });
});
