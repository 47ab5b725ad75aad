// A town the gazetteer lacks, told again as "the town", is coded in the province written after it; a toll with a
// weapon of its own is an event of its own; a group named to describe another ("an Islamic State affiliate") is not
// the attacker (eighth session).
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const TEXT = [
  'Rebels seize Congo town',
  '',
  'M23 rebels captured the town of Walikale in North Kivu province on Wednesday.',
  '',
  'At least 14 civilians were killed when shells fell on a market in the town on Tuesday, a local leader said.',
].join('\n');

describe('a town the gazetteer lacks', () => {
  const events = pipelineEvents(TEXT, '2025-03-20');
  it('codes the shelling "in the town" in its province, on its own day, with its own toll', () => {
    const shelling = events.find((e) => e.sub_event_type === 'Shelling/artillery/missile attack');
    expect(shelling).toMatchObject({
      location: 'North Kivu',
      geo_precision: 3,
      fatalities: 14,
      event_date: '2025-03-18',
    });
  });

  it('leaves the capture its own (no) toll', () => {
    const capture = events.find((e) => e.sub_event_type === 'Non-state actor overtakes territory');
    expect(capture?.fatalities).toBe(0);
  });
});

describe('a group that describes another', () => {
  it('"the Allied Democratic Forces (ADF), an Islamic State affiliate" attacked, not the Islamic State', () => {
    const got = pipelineEvents(
      'Fighters from the Allied Democratic Forces (ADF), an Islamic State affiliate, killed 23 people in an attack on a village in Ituri on Monday.',
      '2025-03-20',
    );
    expect(got[0]?.actor1).toMatch(/Allied Democratic Forces/);
  });
});
