// A capture's caption or highlight that repeats a body report joins the report of its own scene, not a summary lead
// that only encloses it; and a caption's town never places the body's summary (src/events/group.ts). The capture is
// our own invented article in the seed's page shape (tests/fixtures/events/captures/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureEvents, pipelineEvents } from './pipeline-helpers.js';

const page = readFileSync(join(import.meta.dirname, '../fixtures/events/captures/south-lebanon-strikes.txt'), 'utf8');

describe('captions and highlights of a capture', () => {
  const events = captureEvents(page);
  const at = (name: RegExp) => events.filter((e) => name.test(e.location ?? ''));

  it('dates the body report by the highlight that repeats it', () => {
    const car = at(/Jba/);
    expect(car).toHaveLength(1);
    expect(car[0]).toMatchObject({ date_start: '2025-10-14', date_end: '2025-10-14', fatalities: 2 });
  });

  it('does not give the summary lead the caption town', () => {
    expect(at(/Cheba|Sheba/).every((e) => e.fatalities === 0)).toBe(true);
  });

  it("gives the summary lead's deaths to the placed details that tell them, and drops the lead", () => {
    // Two die near Bint Jbeil, the third in Odaisseh (GeoNames Aadaïssé, found since the twelfth geoparser pass; before
    // it, the lead kept the one death placed nowhere else).
    const lead = events.filter((e) => e.geo_precision === 3 && e.sub_event_type === 'Air/drone strike');
    expect(lead).toEqual([]);
    expect(at(/Aada/).map((e) => e.fatalities)).toEqual([1]);
    expect(events.reduce((n, e) => n + e.fatalities, 0)).toBe(3);
  });

  it('reads the Lebanese villages of the story in Lebanon', () => {
    expect(events.every((e) => e.iso === 'LB')).toBe(true);
    expect(at(/Chamaa/)).toHaveLength(1);
  });
});

describe('live-blog headings', () => {
  it('a heading placed only "in south Lebanon" joins its own post, not a town near the region\'s point', () => {
    const text = [
      'Live: Israeli strikes in Lebanon',
      '',
      '14:05 GMT - Israeli drone strike kills two in south Lebanon',
      '',
      'An Israeli drone strike on a car near the town of Bint Jbeil killed two people on Thursday, the Health Ministry said.',
      '',
      '10:30 GMT - Israeli strikes on Nabatieh overnight',
      '',
      'Israeli warplanes struck several targets in the hills around Nabatieh overnight, the agency reported. There were no immediate reports of casualties.',
    ].join('\n');
    const events = pipelineEvents(text, '2025-10-16');
    const nabatieh = events.filter((e) => /Naba/.test(e.location ?? ''));
    expect(nabatieh.length).toBeGreaterThan(0);
    expect(nabatieh.every((e) => e.fatalities === 0)).toBe(true);
    expect(events.find((e) => /Jba/.test(e.location ?? ''))?.fatalities).toBe(2);
  });
});
