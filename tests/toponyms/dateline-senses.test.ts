// A wire dateline ("BEIRUT:") is where the report was filed: its namesakes' neighbours get no credit as places the
// story may name (src/resolve/resolve.ts, filedOnly; fourteenth session).
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';

const gaz = loadGazetteer();
const pick = (text: string, name: string) => geoparse(text, gaz).find((m) => m.text === name)?.place;

describe('a dateline is no sense for coherence', () => {
  it('"BEIRUT:" does not pull a south Lebanon village to its namesake by Beirut', () => {
    const p = pick(
      'BEIRUT: An Israeli drone strike on a car near the southern town of Bint Jbeil killed two people on Thursday. ' +
        'Separately, the army said it had found a tunnel near the village of Ramyeh close to the border.',
      'Ramyeh',
    );
    expect(p?.countryCode).toBe('LB');
    // Râmîyé in the Bint Jbeil district (about 33.11 N), not Roumié or Râmié by Beirut (about 33.9 N).
    expect(p!.lat).toBeLessThan(33.3);
  });
});
