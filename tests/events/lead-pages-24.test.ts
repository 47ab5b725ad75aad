// Rules from six long pages of the twenty-fourth session (south Lebanon, Russian strikes on Ukraine, Kordofan,
// Somalia, Myanmar, north-west Nigeria), each told in sentences of our own:
// - "has stepped up air attacks ahead of the vote": a trend, no event and no evidence for the next one (taxonomy.json
//   guard `cumulative`);
// - "fighters of the SPLM-N, which is allied with the RSF, attacked …": the group in the relative clause is no party
//   (aside-parties.ts); the SPLM-N is in the actors file.
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

describe('a trend is no event', () => {
  it('"has stepped up air attacks ahead of …" does not join the capture told after it', () => {
    const events = pipelineEvents(
      'Myanmar military air strike on monastery kills 18, resistance group says\n\n' +
        "The strike hit the monastery in Lin Ta Lu village in Sagaing's Tigyaing township at about 1 a.m. on Thursday, " +
        "according to a member of the local People's Defence Force. More than 150 people from nearby villages had been " +
        'sheltering there to escape fighting.\n\n' +
        'The military government did not respond to requests for comment. It has stepped up air attacks ahead of ' +
        'elections it plans to hold next month.\n\n' +
        'In western Rakhine state, the Arakan Army said it had captured a military outpost near Kyaukphyu.',
      '2025-11-28',
    );
    expect(
      events
        .filter((e) => e.location === 'Kyaukpyu')
        .map((e) => [e.sub_event_type, e.actor1, e.evidence.text.slice(0, 20)]),
    ).toEqual([['Non-state actor overtakes territory', 'Arakan Army', 'In western Rakhine s']]);
  });
});

describe('a group named in a relative clause describes the subject', () => {
  const cases: Array<[string, string]> = [
    [
      'In South Kordofan, fighters of the SPLM-N, which is allied with the RSF, attacked army positions around Dilling on Wednesday.',
      "SPLM-N: Sudan People's Liberation Movement-North",
    ],
    [
      "Fighters of the Sudan People's Liberation Movement-North, which is allied with the RSF, shelled Kadugli on Thursday.",
      "SPLM-N: Sudan People's Liberation Movement-North",
    ],
    [
      'The militants, who belong to JNIM, attacked an army post in Douentza on Monday.',
      'JNIM: Jamaat Nusrat al-Islam wal-Muslimin',
    ],
  ];
  for (const [text, actor1] of cases)
    it(text, () => {
      expect(pipelineEvents(text, '2025-11-21').map((e) => e.actor1)).toEqual([actor1]);
    });
});
