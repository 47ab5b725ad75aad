// Rules found on an invented capture of Lebanon–Syria border clashes near Hermel: a list whose first village the
// gazetteer lacks (src/events/cue-walk.ts walkPastUnknown), a car hitting a landmine (data/taxonomy.json), and
// gazetteer duplicates that are no evidence of each other (src/resolve/coherence.ts).
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';
import { pipelineEvents } from './pipeline-helpers.js';

const events = (text: string) =>
  pipelineEvents(text, '2026-03-17', 'Border clashes').map((e) => [e.sub_event_type, e.location, e.geo_precision]);

describe('a border clash capture', () => {
  it('attaches the known village of a list whose first village is unknown', () => {
    const got = events(
      'Clashes near the town of Hermel killed seven people. Syrian forces shelled the border villages of Hawsh ' +
        'Al-Sayyed Ali and Al-Qasr on Sunday, the news agency reported.',
    );
    expect(got).toContainEqual(['Shelling/artillery/missile attack', 'El Qasr', 1]);
  });

  it('codes a car hitting a landmine as an explosion, with no actor taken from a demonym', () => {
    const got = pipelineEvents(
      'Separately, a Syrian man was killed when his car hit a landmine in the countryside of Homs, state media reported.',
      '2026-03-17',
    );
    expect(got.map((e) => [e.sub_event_type, e.actor1])).toEqual([['Remote explosive/landmine/IED', '']]);
  });

  it('does not let two entries of one name vouch for each other: Qasr next to Hermel', () => {
    const text =
      'Clashes near the town of Hermel killed seven people, and Syrian forces shelled the village of Al-Qasr. ' +
      'Lebanese troops closed illegal crossings near the village of Qasr, the army said, days after the new ' +
      'authorities in Damascus vowed to close the routes.';
    const qasr = geoparse(text, loadGazetteer()).filter((m) => /Qasr/.test(m.text));
    expect(qasr.map((m) => m.place?.geonameid)).toEqual([279058, 279058]);
  });
});
