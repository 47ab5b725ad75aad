/**
 * Rules from the twenty-third hand review (sub-headings inside a capture's body, and invented pages from Pakistan,
 * Afghanistan, Iran and Ukraine). Invented sentences and places; the real pipeline, since the rules need the gazetteer.
 */
import { describe, expect, test } from 'vitest';
import { splitCapture } from '../../src/ingest/capture-text.js';
import { capture, captureEvents, pipelineEvents } from './pipeline-helpers.js';

const one = (s: string, day = '2026-03-12') => pipelineEvents(s, day);

describe('a sub-heading inside the body retells the paragraphs under it (front-matter.ts, group.ts)', () => {
  const page = capture(
    'Drone hits oil depot in Iraq',
    'Firefighters at the depot. (Reuters)',
    '12 March 2026',
    ['A drone set a fuel tank on fire'],
    [
      'ERBIL: A drone struck a fuel tank at a depot near Makhmur on Wednesday night, officials said.',
      '',
      'Turkish jets pound PKK hideouts in Duhok, Nasiriyah residents rally over water',
      '',
      'Turkish warplanes struck suspected PKK hideouts near the village of Sarsing in Duhok province on Tuesday, local officials said.',
      "In Nasiriyah, hundreds of residents marched to the governor's office on Wednesday to protest against water shortages.",
    ],
  );

  test('the line standing alone between blank lines is marked as a heading', () => {
    const [a] = splitCapture(page);
    const kinds = (a.front ?? []).map((f) => [f.kind, a.text.slice(f.start, f.end)]);
    expect(kinds).toContainEqual([
      'heading',
      'Turkish jets pound PKK hideouts in Duhok, Nasiriyah residents rally over water',
    ]);
  });

  test("its strike joins the body's strike in the province: no report-week strike at Duhok city", () => {
    const evs = captureEvents(page);
    const strikes = evs.filter((e) => e.sub_event_type === 'Air/drone strike' && e.actor1.includes('Turkey'));
    expect(strikes).toHaveLength(1);
    expect(strikes[0].time_precision).toBe(1);
  });

  test('a short line inside a paragraph, or one ending in a full stop, is no heading', () => {
    const [a] = splitCapture(
      capture('T', 'C. (AFP)', '12 March 2026', ['H'], ['Body one.', '', 'No one was hurt.', '', 'Body two.']),
    );
    expect((a.front ?? []).some((f) => f.kind === 'heading')).toBe(false);
  });
});

describe('a front telling "the attack" joins the body\'s violence of another type (group.ts frontFits)', () => {
  test('the highlight "said their fighters carried out the attack in X" joins the suicide bombing there', () => {
    const evs = captureEvents(
      capture(
        'Bomber hits police post',
        'Police at the gate. (AFP)',
        '12 March 2026',
        ['The Pakistani Taliban said their fighters carried out the attack in Lakki Marwat'],
        [
          'PESHAWAR: A suicide bomber blew himself up at the gate of a police post in Lakki Marwat on Wednesday, killing three policemen, officials said.',
        ],
      ),
    );
    expect(evs.filter((e) => e.location.includes('Lakki'))).toHaveLength(1);
  });
});

describe('a toll told place by place (place-tolls.ts)', () => {
  test('"killing five people in X and two in Y": each place its own number', () => {
    const evs = one(
      'Russian missiles hit Ukraine overnight, killing five people in Zaporizhzhia and two in Sumy, officials said on Thursday.',
    );
    const toll = (n: string) => evs.find((e) => e.location.includes(n))?.fatalities;
    expect([toll('Zaporizh'), toll('Sumy')]).toEqual([5, 2]);
  });
});

describe('"taken to the city\'s hospital" is no capture (taxonomy.json, overtake not)', () => {
  test('the wounded taken to a hospital give no territory event', () => {
    const evs = one(
      "A bomb exploded in a market in Dera Ismail Khan on Monday. Nine people were wounded and taken to the city's main hospital.",
    );
    expect(evs.some((e) => /territory/.test(e.sub_event_type))).toBe(false);
  });
});

describe('a trend "has stepped up attacks … this year" is background (taxonomy.json, cumulative)', () => {
  test('no event for a group that stepped up attacks in a province this year', () => {
    const evs = one('The group has stepped up attacks on soldiers in Zabul province this year, officials said.');
    expect(evs).toHaveLength(0);
  });
});

describe('troops attacked in the passive, told by the clause after (passive-target.ts, taxonomy.json)', () => {
  test('"troops were attacked near X, when a gunman opened fire at a bus stop": the troops are actor2', () => {
    const [e] = one(
      'HEBRON: Israeli troops were attacked near the Halhul junction on Friday morning, when a gunman opened fire at a bus stop.',
    );
    expect([e.sub_event_type, e.actor2]).toEqual(['Armed clash', 'Military Forces of Israel']);
  });

  test('"soldiers were attacked near X checkpoint, when a gunman …": the gunman is actor1', () => {
    const [e] = one(
      'HEBRON: Israeli soldiers were attacked near the Halhul checkpoint on Friday morning, when a gunman opened fire.',
    );
    expect(e.actor2).toBe('Military Forces of Israel');
    expect(e.actor1).not.toBe('Military Forces of Israel');
  });
});

describe('a speaking force whose patrol was fired on is the target (speaker-target.ts)', () => {
  test('"UNIFIL said its patrol came under fire near X": UNIFIL is actor2', () => {
    const [e] = one('TYRE: UNIFIL said its patrol came under fire near Khiam on Tuesday. No one was hurt.');
    expect([e.actor1, e.actor2]).toEqual(['', 'UNIFIL: United Nations Interim Force in Lebanon']);
  });

  test('"UNIFIL peacekeepers said Israeli troops fired at a patrol near X": Israel / UNIFIL', () => {
    const [e] = one('UNIFIL peacekeepers said Israeli troops fired at a patrol near Rmeish on Tuesday.');
    expect([e.actor1, e.actor2]).toEqual([
      'Military Forces of Israel',
      'UNIFIL: United Nations Interim Force in Lebanon',
    ]);
  });
});

describe('"supplies from X" names an origin, not a place of the event (exclusion.ts)', () => {
  test('a protest over gas supplies from Iran is not placed in Iran', () => {
    const evs = one(
      'In Amarah, hundreds of people blocked roads on Wednesday over power cuts. The protesters demanded that Baghdad secure more gas supplies from Iran, which feeds the power plants.',
    );
    expect(evs.some((e) => e.country === 'Iran')).toBe(false);
  });
});

describe('a capture claimed but not verified is no territory change (taxonomy.json, overtake not_clause)', () => {
  test('"the group said its fighters had taken positions …, a claim that could not be verified"', () => {
    const evs = one(
      'The RSF said on Tuesday that its fighters had taken positions on the northern edge of Dilling, a claim that could not be independently verified.',
    );
    expect(evs.some((e) => /territory/.test(e.sub_event_type))).toBe(false);
  });
});
