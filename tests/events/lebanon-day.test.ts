// Rules from an invented south Lebanon page (fourteenth session): ", as a US envoy held talks in X" is a clause of its
// own (sentences.ts CLAUSE_BREAK); an envoy's talks with one side are no Agreement (data/taxonomy.json agreement
// not_clause); "killing its rider" is one dead (fatalities.ts SINGULAR); a caption's onlookers ("soldiers inspect a
// car hit by a strike") are no party (parties.ts OBSERVING).
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const run = (text: string) =>
  pipelineEvents(text, '2025-11-16', 'Lebanon report').map((e) => [
    e.sub_event_type,
    e.location,
    e.actor2,
    e.fatalities,
  ]);

describe('a day of strikes in south Lebanon', () => {
  it('", as a US envoy held talks … in Beirut" does not place the strikes in Beirut', () => {
    const got = run(
      'Israeli strikes on south Lebanon killed two people on Sunday, the health ministry said, as a US envoy held ' +
        'talks with Lebanese leaders in Beirut.',
    );
    expect(got.map((e) => e[1])).not.toContain('Beirut');
    expect(got.map((e) => e[0])).toEqual(['Air/drone strike']);
  });

  it("an envoy's talks with one side's leaders are no Agreement; talks on a truce still are", () => {
    expect(run('The French envoy held talks with Lebanese officials in Beirut on Sunday.')).toEqual([]);
    const truce = run('The US envoy held talks with Lebanese officials in Beirut on Sunday on the ceasefire.');
    expect(truce.map((e) => e[0])).toEqual(['Agreement']);
  });

  it('"killing its rider" is one dead', () => {
    const got = run('An Israeli drone struck a motorcycle near Marjayoun on Sunday, killing its rider.');
    expect(got.map((e) => e[3])).toEqual([1]);
  });

  it('soldiers who inspect a car hit by a strike are not its target', () => {
    const got = run('Lebanese soldiers inspect a car hit by an Israeli drone strike near Tyre on Sunday.');
    expect(got.map((e) => e[2])).not.toContain('Military Forces of Lebanon');
  });

  it('"Syria\'s interior ministry said its forces arrested …": the country\'s police made the arrest', () => {
    const got = pipelineEvents(
      "Syria's interior ministry said its forces arrested a Daesh cell in the town of Kisweh on Saturday.",
      '2025-11-16',
      'Syria report',
    ).map((e) => e.actor1);
    expect(got).toEqual(['Police Forces of Syria']);
  });

  it('"A Palestinian man was killed by Israeli fire": the victim\'s demonym is not the attacker', () => {
    const got = pipelineEvents(
      'A Palestinian man was killed by Israeli fire near Khan Younis on Sunday. Two Palestinians were killed by ' +
        'Israeli fire near Rafah on Monday.',
      '2025-11-18',
      'Gaza report',
    ).map((e) => e.actor1);
    expect(got).toEqual(['Military Forces of Israel', 'Military Forces of Israel']);
  });
});
