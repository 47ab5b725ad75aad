// What analysts or scholars make of events tells no event of its own: "In Washington, analysts said the raids were
// meant to …" was an armed clash in Washington (data/taxonomy.json guards.commentary).
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const events = (text: string) => pipelineEvents(text, '2025-11-12');

describe('commentary', () => {
  it('gives no event where analysts comment on the raids', () => {
    const got = events(
      'Israeli air strikes killed four people in the southern Lebanese town of Bint Jbeil on Wednesday, the health ' +
        'ministry said. In Washington, analysts said the raids were meant to push Hezbollah away from the border.',
    );
    expect(got.map((e) => e.location)).toEqual(['Bent Jbaïl']);
  });

  it('gives none where a scholar reads the attacks, by name of the source', () => {
    const got = events(
      'According to several academics in Paris, the attacks on convoys near Gao show the junta has lost the roads.',
    );
    expect(got).toEqual([]);
  });

  it('still reports what officials say happened', () => {
    const got = events('In Kyiv, officials said a Russian drone struck a power station in Odesa on Tuesday.');
    expect(got.map((e) => e.sub_event_type)).toEqual(['Air/drone strike']);
  });
});
